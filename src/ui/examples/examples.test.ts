import { describe, expect, it } from 'vitest'
import { createInProcessClient } from '../../worker/inProcessClient'
import { EXAMPLES, STARTER_EXAMPLE } from './index'

describe('examples', () => {
  it('starts with the host PID/IPC lesson and has unique ids', () => {
    expect(STARTER_EXAMPLE.id).toBe('host-pid-ipc')
    expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length)
  })

  it.each(EXAMPLES.map((e) => [e.id, e] as const))('%s reads without errors', async (_id, ex) => {
    const outcome = await createInProcessClient().evaluate({ pod: ex.pod, policy: ex.policy })
    expect(outcome.status).toBe('ok')
    if (outcome.status !== 'ok') return
    expect(outcome.view.problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(outcome.view.rows.length).toBeGreaterThan(0)
  })

  it('the network example pods meet the restricted level, so only the network is in focus', async () => {
    const ex = EXAMPLES.find((e) => e.id === 'network')!
    const outcome = await createInProcessClient().evaluate({ pod: ex.pod, policy: ex.policy })
    if (outcome.status !== 'ok') throw new Error(outcome.status)
    expect(outcome.view.rows).toHaveLength(9)
    expect(outcome.view.rows.every((w) => w.pss?.allowed)).toBe(true)
    expect(outcome.view.network?.connections.filter((c) => !c.allowed)).toHaveLength(5)
  })
})
