import { describe, expect, it } from 'vitest'
import { createInProcessClient } from './inProcessClient'

describe('createInProcessClient', () => {
  it('evaluates the seed pod and returns its effective security', async () => {
    const client = createInProcessClient()
    const outcome = await client.evaluate({
      pod: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostPID: true\n  containers:\n  - name: c\n    image: x\n',
      policy: '',
    })
    expect(outcome.status).toBe('ok')
    if (outcome.status !== 'ok') return
    const [row] = outcome.view.rows
    expect(outcome.view.cards[row!.key]?.effective.hostPID).toBe(true)
  })

  it('returns broken YAML as a problem, not a failure', async () => {
    const outcome = await createInProcessClient().evaluate(
      { pod: 'a: [', policy: '' },
      { markdown: true },
    )
    expect(outcome.status).toBe('ok')
    if (outcome.status !== 'ok') return
    expect(outcome.view.problemCount).toBeGreaterThan(0)
    expect(typeof outcome.markdown).toBe('string')
  })
})

describe('createInProcessClient explain', () => {
  it('explains one network connection on demand', async () => {
    const { EXAMPLES } = await import('../ui/examples')
    const ex = EXAMPLES.find((e) => e.id === 'network')!
    const outcome = await createInProcessClient().explain(
      { pod: ex.pod, policy: ex.policy },
      { from: 'z/b', to: 'x/a', port: 80, protocol: 'TCP' },
    )
    expect(outcome.status).toBe('ok')
    if (outcome.status !== 'ok') return
    expect(outcome.explanation?.allowed).toBe(false)
    expect(outcome.explanation?.ingress.isolatedBy).toEqual(['x/allow-from-y'])
    expect(outcome.explanation?.egress.isolated).toBe(false)
  })

  it('gives null for pods that do not exist', async () => {
    const outcome = await createInProcessClient().explain(
      { pod: '', policy: '' },
      { from: 'a/b', to: 'c/d', port: 80, protocol: 'TCP' },
    )
    expect(outcome).toEqual({ status: 'ok', explanation: null })
  })
})
