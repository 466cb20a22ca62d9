import { describe, expect, it } from 'vitest'
import { At } from './at'
import { privilegedPolicyError } from './privileged'

// pkg/apis/core/validation/validation.go ValidateSecurityContext (capabilities.Get().AllowPrivileged)
describe('privileged and --allow-privileged', () => {
  const at = At.root('spec').child('containers').index(0).child('securityContext')
  it.each([
    [{ privileged: true }, true, null],
    [{ privileged: false }, false, null],
    [
      { privileged: true },
      false,
      'spec.containers[0].securityContext.privileged: Forbidden: disallowed by cluster policy',
    ],
  ])('%j allow=%s', (sc, allow, want) => {
    expect(privilegedPolicyError(sc, at, allow)?.message ?? null).toBe(want)
  })
})
