import { describe, expect, it } from 'vitest'
import { At } from './at'
import { shareProcessNamespaceError } from './shareProcessNamespace'

// pkg/apis/core/validation/validation.go validatePodSpecSecurityContext
describe('shareProcessNamespace with hostPID', () => {
  it.each([
    [{ shareProcessNamespace: true }, null],
    [{ hostPID: true }, null],
    [{ shareProcessNamespace: false, hostPID: true }, null],
    [
      { shareProcessNamespace: true, hostPID: true },
      'spec.securityContext.shareProcessNamespace: Invalid value: true: ShareProcessNamespace and HostPID cannot both be enabled',
    ],
  ])('%j', (spec, want) => {
    const e = shareProcessNamespaceError(spec, At.root('spec'))
    expect(e?.message ?? null).toBe(want)
    if (e) expect(e.path).toEqual(['spec', 'shareProcessNamespace'])
  })
})
