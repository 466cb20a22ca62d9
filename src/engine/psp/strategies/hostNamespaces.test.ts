import { describe, expect, it } from 'vitest'
import { pod, policy, run } from '../testing/cases'
import type { Obj } from '../types'

const cases: { name: string; spec: Obj; pod: Obj; errors: string[] }[] = [
  {
    name: 'all three forbidden by default, in the order network, PID, IPC',
    spec: {},
    pod: pod({ hostIPC: true, hostPID: true, hostNetwork: true }),
    errors: [
      'spec.securityContext.hostNetwork: Invalid value: true: Host network is not allowed to be used',
      'spec.securityContext.hostPID: Invalid value: true: Host PID is not allowed to be used',
      'spec.securityContext.hostIPC: Invalid value: true: Host IPC is not allowed to be used',
    ],
  },
  {
    name: 'allowed by the policy',
    spec: { hostPID: true, hostIPC: true },
    pod: pod({ hostIPC: true, hostPID: true }),
    errors: [],
  },
  { name: 'false is fine', spec: {}, pod: pod({ hostNetwork: false }), errors: [] },
]

describe('hostNamespaces', () => {
  it.each(cases)('$name', (c) => {
    const r = run(policy(c.spec), c.pod)
    expect(r.errors).toEqual(c.errors)
  })

  it('points at the YAML field, not the internal path', () => {
    const r = run(policy(), pod({ hostPID: true }))
    expect(r.details[0]?.podPath).toEqual(['spec', 'hostPID'])
    expect(r.details[0]?.policyPath).toEqual(['spec', 'hostPID'])
  })
})
