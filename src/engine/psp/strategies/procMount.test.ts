import { describe, expect, it } from 'vitest'
import { podWithSC, policy, run } from '../testing/cases'
import type { Obj } from '../types'

const cases: { name: string; spec: Obj; pod: Obj; errors: string[] }[] = [
  { name: 'unset counts as Default', spec: {}, pod: podWithSC({}), errors: [] },
  {
    name: 'Unmasked refused when not listed',
    spec: {},
    pod: podWithSC({ procMount: 'Unmasked' }),
    errors: [
      'spec.containers[0].securityContext.procMount: Invalid value: "Unmasked": ProcMountType is not allowed',
    ],
  },
  {
    name: 'Unmasked allowed when listed',
    spec: { allowedProcMountTypes: ['Default', 'Unmasked'] },
    pod: podWithSC({ procMount: 'Unmasked' }),
    errors: [],
  },
  {
    name: 'Default refused when only Unmasked is listed',
    spec: { allowedProcMountTypes: ['Unmasked'] },
    pod: podWithSC({}),
    errors: [
      'spec.containers[0].securityContext.procMount: Invalid value: "Default": ProcMountType is not allowed',
    ],
  },
]

describe('procMount', () => {
  it.each(cases)('$name', (c) => {
    expect(run(policy(c.spec), c.pod).errors).toEqual(c.errors)
  })
})
