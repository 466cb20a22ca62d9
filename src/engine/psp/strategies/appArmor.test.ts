import { describe, expect, it } from 'vitest'
import { pod, policy, run } from '../testing/cases'
import type { Obj } from '../types'

const ALLOWED = 'apparmor.security.beta.kubernetes.io/allowedProfileNames'
const DEFAULT = 'apparmor.security.beta.kubernetes.io/defaultProfileName'
const CTR = 'container.apparmor.security.beta.kubernetes.io/c'
const at = `pod.metadata.annotations[${CTR}]`

const cases: {
  name: string
  annotations?: Record<string, string>
  pod: Obj
  errors: string[]
  mutations: unknown[]
}[] = [
  {
    name: 'no annotation: anything goes',
    pod: pod({}, { annotations: { [CTR]: 'unconfined' } }),
    errors: [],
    mutations: [],
  },
  {
    name: 'an allowed list requires a profile',
    annotations: { [ALLOWED]: 'runtime/default' },
    pod: pod(),
    errors: [`${at}: Forbidden: AppArmor profile must be set`],
    mutations: [],
  },
  {
    name: 'the message quotes the allowed list',
    annotations: { [ALLOWED]: 'runtime/default,localhost/k8s-nginx' },
    pod: pod({}, { annotations: { [CTR]: 'unconfined' } }),
    errors: [
      `${at}: Forbidden: unconfined is not an allowed profile. Allowed values: "runtime/default,localhost/k8s-nginx"`,
    ],
    mutations: [],
  },
  {
    name: 'the default is added per container',
    annotations: { [ALLOWED]: 'runtime/default', [DEFAULT]: 'runtime/default' },
    pod: pod({ initContainers: [{ name: 'i', image: 'x' }] }),
    errors: [],
    mutations: [
      {
        path: 'metadata.annotations[container.apparmor.security.beta.kubernetes.io/i]',
        value: 'runtime/default',
      },
      { path: `metadata.annotations[${CTR}]`, value: 'runtime/default' },
    ],
  },
  {
    name: 'a set profile is kept',
    annotations: { [ALLOWED]: 'runtime/default,localhost/x', [DEFAULT]: 'runtime/default' },
    pod: pod({}, { annotations: { [CTR]: 'localhost/x' } }),
    errors: [],
    mutations: [],
  },
]

describe('appArmor', () => {
  it.each(cases)('$name', (c) => {
    const r = run(policy({}, c.annotations), c.pod)
    expect(r.errors).toEqual(c.errors)
    expect(r.mutations).toEqual(c.mutations)
  })
})
