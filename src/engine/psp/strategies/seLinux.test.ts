import { describe, expect, it } from 'vitest'
import { checkOnly, pod, podWithSC, policy, run } from '../testing/cases'
import type { Obj } from '../types'
import { equalLevels } from './seLinux'

const must = {
  seLinux: { rule: 'MustRunAs', seLinuxOptions: { level: 's0:c1,c2', type: 'container_t' } },
}
const POD = 'spec.securityContext.seLinuxOptions'
const C = 'spec.containers[0].securityContext.seLinuxOptions'

const cases: { name: string; pod: Obj; errors: string[]; mutations: unknown[] }[] = [
  {
    name: 'unset: the options go to the pod level, containers untouched',
    pod: pod(),
    errors: [],
    mutations: [{ path: POD, value: { level: 's0:c1,c2', type: 'container_t' } }],
  },
  {
    name: 'categories compare as sets',
    pod: pod({ securityContext: { seLinuxOptions: { level: 's0:c2,c1', type: 'container_t' } } }),
    errors: [],
    mutations: [],
  },
  {
    name: 'a bad pod value is reported at the pod and again at the inheriting container',
    pod: pod({ securityContext: { seLinuxOptions: { level: 's0', type: 'spc_t', user: 'u' } } }),
    errors: [
      `${POD}.level: Invalid value: "s0": must be s0:c1,c2`,
      `${POD}.type: Invalid value: "spc_t": must be container_t`,
      `${POD}.user: Invalid value: "u": must be `,
      `${C}.level: Invalid value: "s0": must be s0:c1,c2`,
      `${C}.type: Invalid value: "spc_t": must be container_t`,
      `${C}.user: Invalid value: "u": must be `,
    ],
    mutations: [],
  },
  {
    name: 'a container object replaces the pod object as a whole (no per-field merge)',
    pod: podWithSC({ seLinuxOptions: { role: 'r' } }),
    errors: [
      `${C}.level: Invalid value: "": must be s0:c1,c2`,
      `${C}.role: Invalid value: "r": must be `,
      `${C}.type: Invalid value: "": must be container_t`,
    ],
    mutations: [{ path: POD, value: { level: 's0:c1,c2', type: 'container_t' } }],
  },
]

describe('seLinux', () => {
  it.each(cases)('$name', (c) => {
    const r = run(policy(must), c.pod)
    expect(r.errors).toEqual(c.errors)
    expect(r.mutations).toEqual(c.mutations)
  })

  it('RunAsAny sets and checks nothing', () => {
    const r = run(policy(), podWithSC({ seLinuxOptions: { type: 'spc_t' } }))
    expect(r.errors).toEqual([])
    expect(r.mutations).toEqual([])
  })

  it('unset options (checks alone) are required at the pod and at each container', () => {
    expect(checkOnly(policy(must), pod())).toEqual([
      `${POD}: Required value`,
      `${C}: Required value`,
    ])
  })

  it.each([
    ['s0:c6,c0', 's0:c0,c6', true],
    ['s0', 's0:c1,c2', false],
    ['s0:c6', 's1:c6', false],
    ['s0', 's0', true],
    ['s0:c1', 's0:c1,c1', false],
  ] as const)('levels %s and %s equal: %s', (a, b, want) => {
    expect(equalLevels(a, b)).toBe(want)
  })
})
