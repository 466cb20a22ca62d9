import { describe, expect, it } from 'vitest'
import { pod, policy, run } from '../testing/cases'
import type { Obj } from '../types'

const ALLOWED = 'seccomp.security.alpha.kubernetes.io/allowedProfileNames'
const DEFAULT = 'seccomp.security.alpha.kubernetes.io/defaultProfileName'
const POD = 'seccomp.security.alpha.kubernetes.io/pod'
const CTR = 'container.seccomp.security.alpha.kubernetes.io/c'
const podAt = `pod.metadata.annotations[${POD}]`
const ctrAt = `pod.metadata.annotations[${CTR}]`

const cases: {
  name: string
  annotations?: Record<string, string>
  pod: Obj
  errors: string[]
  mutations: unknown[]
}[] = [
  { name: 'no annotation, no profile: passes', pod: pod(), errors: [], mutations: [] },
  {
    name: 'no annotation: a pod profile may not be set',
    pod: pod({}, { annotations: { [POD]: 'runtime/default' } }),
    errors: [
      `${podAt}: Forbidden: seccomp may not be set`,
      `${ctrAt}: Forbidden: seccomp may not be set`,
    ],
    mutations: [],
  },
  {
    name: 'no annotation: a seccompProfile field counts as set (1.19+)',
    pod: pod({
      containers: [
        { name: 'c', image: 'x', securityContext: { seccompProfile: { type: 'RuntimeDefault' } } },
      ],
    }),
    errors: [`${ctrAt}: Forbidden: seccomp may not be set`],
    mutations: [],
  },
  {
    name: 'an allowed list without an empty entry rejects pods without a profile (two spaces)',
    annotations: { [ALLOWED]: 'runtime/default' },
    pod: pod(),
    errors: [
      `${podAt}: Forbidden:  is not an allowed seccomp profile. Valid values are runtime/default`,
      `${ctrAt}: Forbidden:  is not an allowed seccomp profile. Valid values are runtime/default`,
    ],
    mutations: [],
  },
  {
    name: 'the default is written as the pod annotation',
    annotations: { [ALLOWED]: 'runtime/default', [DEFAULT]: 'runtime/default' },
    pod: pod(),
    errors: [],
    mutations: [{ path: `metadata.annotations[${POD}]`, value: 'runtime/default' }],
  },
  {
    name: 'docker/default and runtime/default are different strings',
    annotations: { [ALLOWED]: 'runtime/default,localhost/x' },
    pod: pod({}, { annotations: { [POD]: 'docker/default' } }),
    errors: [
      `${podAt}: Forbidden: docker/default is not an allowed seccomp profile. Valid values are runtime/default,localhost/x`,
      `${ctrAt}: Forbidden: docker/default is not an allowed seccomp profile. Valid values are runtime/default,localhost/x`,
    ],
    mutations: [],
  },
  {
    name: 'a present but empty container annotation overrides the pod profile',
    annotations: { [ALLOWED]: 'runtime/default' },
    pod: pod({}, { annotations: { [POD]: 'runtime/default', [CTR]: '' } }),
    errors: [
      `${ctrAt}: Forbidden:  is not an allowed seccomp profile. Valid values are runtime/default`,
    ],
    mutations: [],
  },
  {
    name: "'*' allows any profile and none",
    annotations: { [ALLOWED]: '*' },
    pod: pod({}, { annotations: { [CTR]: 'unconfined' } }),
    errors: [],
    mutations: [],
  },
  {
    name: 'the pod field becomes the pod annotation (1.19+)',
    annotations: { [ALLOWED]: 'localhost/prof.json' },
    pod: pod({
      securityContext: { seccompProfile: { type: 'Localhost', localhostProfile: 'prof.json' } },
    }),
    errors: [],
    mutations: [{ path: `metadata.annotations[${POD}]`, value: 'localhost/prof.json' }],
  },
]

describe('seccomp', () => {
  it.each(cases)('$name', (c) => {
    const r = run(policy({}, c.annotations), c.pod)
    expect(r.errors).toEqual(c.errors)
    expect(r.mutations).toEqual(c.mutations)
  })
})
