import { describe, expect, it } from 'vitest'
import { checkOnly, pod, podWithSC, policy, run } from '../testing/cases'
import type { Obj } from '../types'

const P = 'spec.containers[0].securityContext.readOnlyRootFilesystem'
const ro = { readOnlyRootFilesystem: true }

const cases: { name: string; spec: Obj; pod: Obj; errors: string[]; mutations: unknown[] }[] = [
  {
    name: 'policy false: no constraint',
    spec: {},
    pod: podWithSC({ readOnlyRootFilesystem: false }),
    errors: [],
    mutations: [],
  },
  {
    name: 'policy true: unset becomes true',
    spec: ro,
    pod: pod(),
    errors: [],
    mutations: [{ path: P, value: true }],
  },
  {
    name: 'policy true: false is refused',
    spec: ro,
    pod: podWithSC({ readOnlyRootFilesystem: false }),
    errors: [`${P}: Invalid value: false: ReadOnlyRootFilesystem must be set to true`],
    mutations: [],
  },
]

describe('readOnlyRootFilesystem', () => {
  it.each(cases)('$name', (c) => {
    const r = run(policy(c.spec), c.pod)
    expect(r.errors).toEqual(c.errors)
    expect(r.mutations).toEqual(c.mutations)
  })

  it('checks alone: unset prints "null"', () => {
    expect(checkOnly(policy(ro), pod())).toEqual([
      `${P}: Invalid value: "null": ReadOnlyRootFilesystem may not be nil and must be set to true`,
    ])
  })
})
