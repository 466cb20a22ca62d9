import { describe, expect, it } from 'vitest'
import { createInProcessClient } from '../../worker/inProcessClient'
import { keepEqual } from './keep'

describe('keepEqual', () => {
  it.each([
    ['equal numbers', 1, 1, true],
    ['different numbers', 1, 2, false],
    ['NaN and NaN', Number.NaN, Number.NaN, true],
    ['null and an object', null, {}, false],
    ['equal objects', { a: 1, b: [1, 2] }, { a: 1, b: [1, 2] }, true],
    ['a value changed deep down', { a: { b: { c: 1 } } }, { a: { b: { c: 2 } } }, false],
    ['a key added', { a: 1 }, { a: 1, b: 2 }, false],
    ['a key removed', { a: 1, b: 2 }, { a: 1 }, false],
    ['a key renamed', { a: 1 }, { b: 1 }, false],
    ['an undefined value added', { a: 1 }, { a: 1, b: undefined }, false],
    ['an array grown', [1, 2], [1, 2, 3], false],
    ['an array shrunk', [1, 2, 3], [1, 2], false],
    ['an array and an object with the same entries', [1], { 0: 1 }, false],
    ['empty arrays', [], [], true],
  ])('%s: gives back the old value only when all of it is equal', (_, prev, next, same) => {
    const kept = keepEqual(prev, next)
    expect(kept === prev || Object.is(kept, prev)).toBe(same)
    expect(kept).toEqual(next)
  })

  it('keeps the parts that did not change, and only those', () => {
    const prev = { same: { list: [{ x: 1 }, { x: 2 }] }, changed: { list: [{ y: 1 }, { y: 2 }] } }
    const next = structuredClone(prev)
    next.changed.list[1]!.y = 3
    const kept = keepEqual(prev, next)
    expect(kept).toEqual(next)
    expect(kept).not.toBe(prev)
    expect(kept.same).toBe(prev.same)
    expect(kept.changed).not.toBe(prev.changed)
    expect(kept.changed.list[0]).toBe(prev.changed.list[0])
    expect(kept.changed.list[1]).not.toBe(prev.changed.list[1])
  })

  it('defines keys from the input: `__proto__` stays a plain key', () => {
    const next = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>
    const kept = keepEqual({ a: 2 }, next)
    expect(Object.hasOwn(kept, '__proto__')).toBe(true)
    expect(Object.getPrototypeOf(kept)).toBe(Object.prototype)
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined()
  })

  it('keeps a null-prototype map as one', () => {
    const next = Object.assign(Object.create(null) as Record<string, number>, { a: 1 })
    expect(Object.getPrototypeOf(keepEqual({ a: 2 }, next))).toBeNull()
  })

  it("shares everything but the edited container's value between two reports of a keystroke", async () => {
    const client = createInProcessClient()
    const pod = (user: number) => `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  hostPID: true
  containers:
  - name: app
    image: nginx
    securityContext: {runAsUser: ${user}}
  - name: side
    image: busybox
`
    const first = await client.evaluate({ pod: pod(405), policy: '' })
    const prev = first.status === 'ok' ? structuredClone(Object.values(first.view.cards)[0]) : null
    const second = await client.evaluate({ pod: pod(4057), policy: '' })
    const next =
      second.status === 'ok' ? structuredClone(Object.values(second.view.cards)[0]) : null
    if (!prev || !next) throw new Error('no card')
    const kept = keepEqual(prev, next)
    expect(kept).toEqual(next)
    expect(kept.podSecurity).toBe(prev.podSecurity)
    expect(kept.effective).not.toBe(prev.effective)
    const [app, side] = kept.effective!.containers
    expect(app).not.toBe(prev.effective!.containers[0])
    expect(app?.runAsUser).toBe(4057)
    expect(side).toBe(prev.effective!.containers[1])
  })
})
