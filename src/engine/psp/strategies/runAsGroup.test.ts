import { describe, expect, it } from 'vitest'
import { checkOnly, pod, podWithSC, policy, run } from '../testing/cases'
import type { Obj } from '../types'

const P = 'spec.containers[0].securityContext'
const must = { runAsGroup: { rule: 'MustRunAs', ranges: [{ min: 1000, max: 2000 }] } }
const may = { runAsGroup: { rule: 'MayRunAs', ranges: [{ min: 1000, max: 2000 }] } }

const cases: { name: string; spec: Obj; pod: Obj; errors: string[]; mutations: unknown[] }[] = [
  {
    name: 'absent: no restriction',
    spec: {},
    pod: podWithSC({ runAsGroup: 0 }),
    errors: [],
    mutations: [],
  },
  {
    name: 'RunAsAny: no restriction',
    spec: { runAsGroup: { rule: 'RunAsAny' } },
    pod: podWithSC({ runAsGroup: 0 }),
    errors: [],
    mutations: [],
  },
  {
    name: 'MustRunAs: unset gets the min in the container',
    spec: must,
    pod: pod(),
    errors: [],
    mutations: [{ path: `${P}.runAsGroup`, value: 1000 }],
  },
  {
    name: 'MustRunAs: error at the securityContext path itself, value as a list',
    spec: must,
    pod: podWithSC({ runAsGroup: 0 }),
    errors: [`${P}: Invalid value: []int64{0}: group 0 must be in the ranges: [{1000 2000}]`],
    mutations: [],
  },
  {
    name: 'MustRunAs: a pod-level value is inherited and reported at the container',
    spec: must,
    pod: pod({ securityContext: { runAsGroup: 5 } }),
    errors: [`${P}: Invalid value: []int64{5}: group 5 must be in the ranges: [{1000 2000}]`],
    mutations: [],
  },
  { name: 'MayRunAs: unset stays unset', spec: may, pod: pod(), errors: [], mutations: [] },
  {
    name: 'MayRunAs: outside fails',
    spec: may,
    pod: podWithSC({ runAsGroup: 3000 }),
    errors: [`${P}: Invalid value: []int64{3000}: group 3000 must be in the ranges: [{1000 2000}]`],
    mutations: [],
  },
]

describe('runAsGroup', () => {
  it.each(cases)('$name', (c) => {
    const r = run(policy(c.spec), c.pod)
    expect(r.errors).toEqual(c.errors)
    expect(r.mutations).toEqual(c.mutations)
  })

  it('MustRunAs with nothing set (checks alone)', () => {
    expect(checkOnly(policy(must), pod())).toEqual([
      `${P}: Invalid value: []int64(nil): unable to validate empty groups against required ranges`,
    ])
  })
})
