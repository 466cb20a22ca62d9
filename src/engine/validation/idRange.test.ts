import { describe, expect, it } from 'vitest'
import { At } from './at'
import { idRangeError } from './idRange'

// staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go IsValidUserID / IsValidGroupID
// as used by pkg/apis/core/validation/validation.go (range 0..2147483647, cluster-path.md §7.3).
describe('user and group ID range', () => {
  const at = At.root('spec').child('securityContext').child('runAsUser')
  it.each([
    [0, null],
    [2147483647, null],
    [undefined, null],
    [
      -1,
      'spec.securityContext.runAsUser: Invalid value: -1: must be between 0 and 2147483647, inclusive',
    ],
    [
      2147483648,
      'spec.securityContext.runAsUser: Invalid value: 2147483648: must be between 0 and 2147483647, inclusive',
    ],
  ])('%j', (v, want) => {
    expect(idRangeError(v, at)?.message ?? null).toBe(want)
  })
})
