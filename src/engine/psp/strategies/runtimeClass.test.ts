import { describe, expect, it } from 'vitest'
import { pod, policy, run } from '../testing/cases'
import type { Obj } from '../types'

const cases: { name: string; spec: Obj; pod: Obj; errors: string[]; mutations: unknown[] }[] = [
  {
    name: 'absent: unrestricted',
    spec: {},
    pod: pod({ runtimeClassName: 'gvisor' }),
    errors: [],
    mutations: [],
  },
  {
    name: 'a name not listed: empty detail',
    spec: { runtimeClass: { allowedRuntimeClassNames: ['kata'] } },
    pod: pod({ runtimeClassName: 'gvisor' }),
    errors: ['spec.runtimeClassName: Invalid value: "gvisor"'],
    mutations: [],
  },
  {
    name: 'an empty list refuses every set name',
    spec: { runtimeClass: { allowedRuntimeClassNames: [] } },
    pod: pod({ runtimeClassName: 'gvisor' }),
    errors: ['spec.runtimeClassName: Invalid value: "gvisor"'],
    mutations: [],
  },
  {
    name: "'*' allows any",
    spec: { runtimeClass: { allowedRuntimeClassNames: ['*'] } },
    pod: pod({ runtimeClassName: 'x' }),
    errors: [],
    mutations: [],
  },
  {
    name: 'unset gets the default',
    spec: {
      runtimeClass: { allowedRuntimeClassNames: ['gvisor'], defaultRuntimeClassName: 'gvisor' },
    },
    pod: pod(),
    errors: [],
    mutations: [{ path: 'spec.runtimeClassName', value: 'gvisor' }],
  },
  {
    name: 'unset without a default passes',
    spec: { runtimeClass: { allowedRuntimeClassNames: [] } },
    pod: pod(),
    errors: [],
    mutations: [],
  },
]

describe('runtimeClass', () => {
  it.each(cases)('$name', (c) => {
    const r = run(policy(c.spec), c.pod)
    expect(r.errors).toEqual(c.errors)
    expect(r.mutations).toEqual(c.mutations)
  })
})
