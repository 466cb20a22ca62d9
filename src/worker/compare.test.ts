import { describe, expect, it } from 'vitest'
import { evaluate } from '../engine'
import { createCompareSession } from './compare'
import { createInProcessClient } from './inProcessClient'

const POD = `apiVersion: v1
kind: Pod
metadata: {name: web, namespace: default}
spec:
  containers:
  - name: main
    image: nginx
`
const withCapability = POD.replace(
  '    image: nginx\n',
  '    image: nginx\n    securityContext:\n      capabilities:\n        add: [NET_ADMIN]\n',
)
const withHostNetwork = POD.replace('spec:\n', 'spec:\n  hostNetwork: true\n')
const input = (pod: string) => ({ pod, policy: '' })

describe('createCompareSession', () => {
  it('sends nothing while not comparing', () => {
    const session = createCompareSession()
    const after = evaluate(input(POD))
    expect(session.compare(input(POD), undefined, after).view).toBeUndefined()
  })

  it('lists a capability gained as more privilege, with its words and where it stands', () => {
    const session = createCompareSession()
    const after = evaluate(input(withCapability))
    const view = session.compare(input(withCapability), POD, after).view
    expect(view?.beforeErrors).toBe(0)
    const first = view?.changes[0]
    expect(first).toMatchObject({
      workload: 'Pod default/web',
      direction: 'more',
      words: '+NET_ADMIN',
    })
    expect(first?.field).toContain('capabilities')
    expect(first?.at?.after).toEqual({ editor: 'pod', line: 1 })
  })

  it('says the reverse change gives privilege up', () => {
    const session = createCompareSession()
    const view = session.compare(input(POD), withHostNetwork, evaluate(input(POD))).view
    expect(view?.changes.map((c) => [c.field, c.direction])).toContainEqual(['hostNetwork', 'less'])
    expect(view?.changes.some((c) => c.direction === 'more')).toBe(false)
  })

  it('sends the view again only when it changed, and null once when comparing stops', () => {
    const session = createCompareSession()
    const same = session.compare(input(POD), POD, evaluate(input(POD))).view
    expect(same).toEqual({ changes: [], beforeErrors: 0 })
    expect(session.compare(input(POD), POD, evaluate(input(POD))).view).toBeUndefined()
    const after = evaluate(input(withHostNetwork))
    const changed = session.compare(input(withHostNetwork), POD, after).view
    expect(changed?.changes[0]).toMatchObject({ field: 'hostNetwork', direction: 'more' })
    expect(session.compare(input(POD), undefined, evaluate(input(POD))).view).toBeNull()
    expect(session.compare(input(POD), undefined, evaluate(input(POD))).view).toBeUndefined()
  })

  it('sends the whole view again after a reply was lost', () => {
    const session = createCompareSession()
    expect(session.compare(input(POD), POD, evaluate(input(POD))).view).toBeDefined()
    session.forget()
    expect(session.compare(input(POD), POD, evaluate(input(POD))).view).toEqual({
      changes: [],
      beforeErrors: 0,
    })
  })

  it('counts input errors on the before side', () => {
    const session = createCompareSession()
    const view = session.compare(input(POD), 'a: [', evaluate(input(POD))).view
    expect(view?.beforeErrors).toBeGreaterThan(0)
  })

  it('gives the compare Markdown when comparing, the report otherwise', () => {
    const session = createCompareSession()
    const after = evaluate(input(withHostNetwork))
    const compared = session.compare(input(withHostNetwork), POD, after).markdown()
    expect(compared).toContain('## podplay diff')
    expect(compared).toContain('hostNetwork')
    expect(compared).toContain('## podplay report')
    const plain = session.compare(input(POD), undefined, evaluate(input(POD))).markdown()
    expect(plain).not.toContain('podplay diff')
    expect(plain).toContain('## podplay report')
  })
})

describe('createInProcessClient in compare mode', () => {
  it('returns what the change does, the same object while it is unchanged', async () => {
    const client = createInProcessClient()
    const first = await client.evaluate(input(withCapability), { before: POD })
    expect(first.status).toBe('ok')
    if (first.status !== 'ok') return
    expect(first.compare?.changes[0]).toMatchObject({ direction: 'more', words: '+NET_ADMIN' })
    const again = await client.evaluate(input(withCapability), { before: POD })
    expect(again.status === 'ok' && again.compare).toBe(first.compare)
    const off = await client.evaluate(input(withCapability))
    expect(off.status === 'ok' && off.compare).toBeNull()
  })
})
