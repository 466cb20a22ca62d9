import { describe, expect, it } from 'vitest'
import { checkOnly, pod, policy, run } from '../testing/cases'
import type { Obj } from '../types'

const F = 'spec.securityContext.fsGroup'
const ranges = [
  { min: 2, max: 10 },
  { min: 20, max: 30 },
]
const must = { fsGroup: { rule: 'MustRunAs', ranges } }
const may = { fsGroup: { rule: 'MayRunAs', ranges } }

const cases: { name: string; spec: Obj; pod: Obj; errors: string[]; mutations: unknown[] }[] = [
  {
    name: 'RunAsAny: anything, nothing set',
    spec: {},
    pod: pod({ securityContext: { fsGroup: 0 } }),
    errors: [],
    mutations: [],
  },
  {
    name: 'MustRunAs: unset gets the first min, at pod level',
    spec: must,
    pod: pod(),
    errors: [],
    mutations: [{ path: F, value: 2 }],
  },
  {
    name: 'MustRunAs: out of range, the value as a one-element list',
    spec: must,
    pod: pod({ securityContext: { fsGroup: 15 } }),
    errors: [`${F}: Invalid value: []int64{15}: group 15 must be in the ranges: [{2 10} {20 30}]`],
    mutations: [],
  },
  {
    name: 'MustRunAs: in the second range',
    spec: must,
    pod: pod({ securityContext: { fsGroup: 30 } }),
    errors: [],
    mutations: [],
  },
  {
    name: 'MayRunAs: unset stays unset and passes',
    spec: may,
    pod: pod(),
    errors: [],
    mutations: [],
  },
  {
    name: 'MayRunAs: out of range fails',
    spec: may,
    pod: pod({ securityContext: { fsGroup: 1 } }),
    errors: [`${F}: Invalid value: []int64{1}: group 1 must be in the ranges: [{2 10} {20 30}]`],
    mutations: [],
  },
]

describe('fsGroup', () => {
  it.each(cases)('$name', (c) => {
    const r = run(policy(c.spec), c.pod)
    expect(r.errors).toEqual(c.errors)
    expect(r.mutations).toEqual(c.mutations)
  })

  it('MustRunAs on an unset value (checks alone) prints a nil list', () => {
    expect(checkOnly(policy(must), pod())).toEqual([
      `${F}: Invalid value: []int64(nil): unable to validate empty groups against required ranges`,
    ])
  })
})
