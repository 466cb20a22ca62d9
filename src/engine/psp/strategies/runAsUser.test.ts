import { describe, expect, it } from 'vitest'
import { checkOnly, pod, podWithSC, policy, run } from '../testing/cases'
import type { Obj } from '../types'

const P = 'spec.containers[0].securityContext'
const mustRunAs = {
  runAsUser: {
    rule: 'MustRunAs',
    ranges: [
      { min: 10, max: 20 },
      { min: 1, max: 1 },
    ],
  },
}
const nonRoot = { runAsUser: { rule: 'MustRunAsNonRoot' } }

interface Case {
  name: string
  spec: Obj
  pod: Obj
  errors: string[]
  mutations: { path: string; value: unknown }[]
}

const cases: Case[] = [
  {
    name: 'RunAsAny: root is fine, nothing set',
    spec: {},
    pod: podWithSC({ runAsUser: 0 }),
    errors: [],
    mutations: [],
  },
  {
    name: 'MustRunAs: unset gets the first range min (not the lowest)',
    spec: mustRunAs,
    pod: pod(),
    errors: [],
    mutations: [{ path: `${P}.runAsUser`, value: 10 }],
  },
  {
    name: 'MustRunAs: a uid outside every range, ranges printed in Go syntax',
    spec: mustRunAs,
    pod: podWithSC({ runAsUser: 5 }),
    errors: [`${P}.runAsUser: Invalid value: 5: must be in the ranges: [{10 20} {1 1}]`],
    mutations: [],
  },
  {
    name: 'MustRunAs: inclusive bounds pass',
    spec: mustRunAs,
    pod: podWithSC({ runAsUser: 20 }),
    errors: [],
    mutations: [],
  },
  {
    name: 'MustRunAs: a bad pod-level uid is reported at the container',
    spec: mustRunAs,
    pod: pod({ securityContext: { runAsUser: 5 } }),
    errors: [`${P}.runAsUser: Invalid value: 5: must be in the ranges: [{10 20} {1 1}]`],
    mutations: [],
  },
  {
    name: 'MustRunAs: a good pod-level uid is inherited, nothing written',
    spec: mustRunAs,
    pod: pod({ securityContext: { runAsUser: 1 } }),
    errors: [],
    mutations: [],
  },
  {
    name: 'MustRunAsNonRoot: nothing set gets runAsNonRoot true',
    spec: nonRoot,
    pod: pod(),
    errors: [],
    mutations: [{ path: `${P}.runAsNonRoot`, value: true }],
  },
  {
    name: 'MustRunAsNonRoot: runAsNonRoot false fails even with a non-zero uid',
    spec: nonRoot,
    pod: podWithSC({ runAsNonRoot: false, runAsUser: 1000 }),
    errors: [`${P}.runAsNonRoot: Invalid value: false: must be true`],
    mutations: [],
  },
  {
    name: 'MustRunAsNonRoot: uid 0 fails even with runAsNonRoot true (one error)',
    spec: nonRoot,
    pod: podWithSC({ runAsNonRoot: true, runAsUser: 0 }),
    errors: [`${P}.runAsUser: Invalid value: 0: running with the root UID is forbidden`],
    mutations: [],
  },
  {
    name: 'MustRunAsNonRoot: pod uid 0 with container uid 1000 passes',
    spec: nonRoot,
    pod: pod({
      securityContext: { runAsUser: 0 },
      containers: [{ name: 'c', image: 'x', securityContext: { runAsUser: 1000 } }],
    }),
    errors: [],
    mutations: [],
  },
  {
    name: 'MustRunAsNonRoot: pod runAsNonRoot false fails at each inheriting container',
    spec: nonRoot,
    pod: pod({
      securityContext: { runAsNonRoot: false },
      initContainers: [{ name: 'i', image: 'x' }],
    }),
    errors: [
      'spec.initContainers[0].securityContext.runAsNonRoot: Invalid value: false: must be true',
      `${P}.runAsNonRoot: Invalid value: false: must be true`,
    ],
    mutations: [],
  },
  {
    name: 'MustRunAsNonRoot: a uid alone counts as set, nothing written',
    spec: nonRoot,
    pod: podWithSC({ runAsUser: 1000 }),
    errors: [],
    mutations: [],
  },
  {
    name: 'MustRunAs: a uid of the wrong type counts as unset',
    spec: mustRunAs,
    pod: podWithSC({ runAsUser: 'root' }),
    errors: [],
    mutations: [{ path: `${P}.runAsUser`, value: 10 }],
  },
]

describe('runAsUser', () => {
  it.each(cases)('$name', (c) => {
    const r = run(policy(c.spec), c.pod)
    expect(r.errors).toEqual(c.errors)
    expect(r.mutations).toEqual(c.mutations)
  })

  it('reports the unreachable-on-create messages of the checks alone', () => {
    expect(checkOnly(policy(mustRunAs), pod())).toEqual([`${P}.runAsUser: Required value`])
    expect(checkOnly(policy(nonRoot), pod())).toEqual([
      `${P}.runAsNonRoot: Required value: must be true`,
    ])
  })

  it('points at the pod-level key an inherited error comes from', () => {
    const r = run(policy(nonRoot), pod({ securityContext: { runAsNonRoot: false } }))
    expect(r.details[0]?.podPath).toEqual(['spec', 'securityContext', 'runAsNonRoot'])
    expect(r.details[0]?.policyPath).toEqual(['spec', 'runAsUser'])
  })
})
