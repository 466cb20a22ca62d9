import { describe, expect, it } from 'vitest'
import { checkOnly, pod, podWithSC, policy, run } from '../testing/cases'
import type { Obj } from '../types'

const P = 'spec.containers[0].securityContext.allowPrivilegeEscalation'
const DENIED = `${P}: Invalid value: true: Allowing privilege escalation for containers is not allowed`

/** The table of spec §5: policy APE, policy DAPE, container value -> result. */
const table: [
  boolean | undefined,
  boolean | undefined,
  boolean | undefined,
  'unchanged' | boolean | 'denied',
][] = [
  [true, undefined, undefined, 'unchanged'],
  [true, undefined, false, 'unchanged'],
  [true, undefined, true, 'unchanged'],
  [undefined, undefined, undefined, 'unchanged'],
  [true, false, undefined, false],
  [true, false, true, 'unchanged'],
  [true, true, undefined, true],
  [true, true, false, 'unchanged'],
  [false, undefined, undefined, false],
  [false, undefined, false, 'unchanged'],
  [false, undefined, true, 'denied'],
  [false, false, undefined, false],
  [false, false, false, 'unchanged'],
  [false, false, true, 'denied'],
]

describe('allowPrivilegeEscalation', () => {
  it.each(table)('policy APE %s, DAPE %s, container %s -> %s', (ape, dape, value, want) => {
    const spec: Obj = {}
    if (ape !== undefined) spec.allowPrivilegeEscalation = ape
    if (dape !== undefined) spec.defaultAllowPrivilegeEscalation = dape
    const r = run(
      policy(spec),
      value === undefined ? pod() : podWithSC({ allowPrivilegeEscalation: value }),
    )
    expect(r.errors).toEqual(want === 'denied' ? [DENIED] : [])
    expect(r.mutations).toEqual(typeof want === 'boolean' ? [{ path: P, value: want }] : [])
  })

  it('checks alone: unset under a false policy prints "null"', () => {
    expect(checkOnly(policy({ allowPrivilegeEscalation: false }), pod())).toEqual([
      `${P}: Invalid value: "null": Allowing privilege escalation for containers is not allowed`,
    ])
  })
})
