import { describe, expect, it } from 'vitest'
import { pod, policy, run } from '../testing/cases'
import type { Obj } from '../types'

const F = 'spec.securityContext.supplementalGroups'
const ranges = [{ min: 100, max: 200 }]
const must = { supplementalGroups: { rule: 'MustRunAs', ranges } }
const may = { supplementalGroups: { rule: 'MayRunAs', ranges } }

const cases: { name: string; spec: Obj; pod: Obj; errors: string[]; mutations: unknown[] }[] = [
  {
    name: 'RunAsAny: anything',
    spec: {},
    pod: pod({ securityContext: { supplementalGroups: [0] } }),
    errors: [],
    mutations: [],
  },
  {
    name: 'MustRunAs: unset gets [min]',
    spec: must,
    pod: pod(),
    errors: [],
    mutations: [{ path: F, value: [100] }],
  },
  {
    name: 'MustRunAs: one error per group outside, each printing the whole list',
    spec: must,
    pod: pod({ securityContext: { supplementalGroups: [999, 150, 5] } }),
    errors: [
      `${F}: Invalid value: []int64{999, 150, 5}: group 999 must be in the ranges: [{100 200}]`,
      `${F}: Invalid value: []int64{999, 150, 5}: group 5 must be in the ranges: [{100 200}]`,
    ],
    mutations: [],
  },
  {
    name: 'MustRunAs: an explicit empty list is not defaulted (upstream tests for nil)',
    spec: must,
    pod: pod({ securityContext: { supplementalGroups: [] } }),
    errors: [
      `${F}: Invalid value: []int64{}: unable to validate empty groups against required ranges`,
    ],
    mutations: [],
  },
  { name: 'MayRunAs: nothing set, passes', spec: may, pod: pod(), errors: [], mutations: [] },
  {
    name: 'MayRunAs: outside fails',
    spec: may,
    pod: pod({ securityContext: { supplementalGroups: [99] } }),
    errors: [`${F}: Invalid value: []int64{99}: group 99 must be in the ranges: [{100 200}]`],
    mutations: [],
  },
]

describe('supplementalGroups', () => {
  it.each(cases)('$name', (c) => {
    const r = run(policy(c.spec), c.pod)
    expect(r.errors).toEqual(c.errors)
    expect(r.mutations).toEqual(c.mutations)
  })

  it('comes after fsGroup in the error order', () => {
    const spec = { ...must, fsGroup: { rule: 'MustRunAs', ranges } }
    const r = run(policy(spec), pod({ securityContext: { fsGroup: 1, supplementalGroups: [1] } }))
    expect(r.errors.map((e) => e.split(':')[0])).toEqual(['spec.securityContext.fsGroup', F])
  })
})
