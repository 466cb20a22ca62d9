import { describe, expect, it } from 'vitest'
import { pod, podWithSC, policy, run } from '../testing/cases'
import type { Obj } from '../types'

const cases: { name: string; spec: Obj; pod: Obj; errors: string[] }[] = [
  {
    name: 'privileged container refused by default',
    spec: {},
    pod: podWithSC({ privileged: true }),
    errors: [
      'spec.containers[0].securityContext.privileged: Invalid value: true: Privileged containers are not allowed',
    ],
  },
  {
    name: 'ephemeral containers are visited after the others',
    spec: {},
    pod: pod({
      ephemeralContainers: [{ name: 'd', image: 'x', securityContext: { privileged: true } }],
    }),
    errors: [
      'spec.ephemeralContainers[0].securityContext.privileged: Invalid value: true: Privileged containers are not allowed',
    ],
  },
  { name: 'false or unset passes', spec: {}, pod: podWithSC({ privileged: false }), errors: [] },
  {
    name: 'allowed by the policy',
    spec: { privileged: true },
    pod: podWithSC({ privileged: true }),
    errors: [],
  },
]

describe('privileged', () => {
  it.each(cases)('$name', (c) => {
    const r = run(policy(c.spec), c.pod)
    expect(r.errors).toEqual(c.errors)
    expect(r.mutations).toEqual([])
  })
})
