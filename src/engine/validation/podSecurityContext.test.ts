import { describe, expect, it } from 'vitest'
import { podSecurityContextErrors } from './podSecurityContext'
import { ctx, messages } from './testing/ctx'

// pkg/apis/core/validation/validation.go validatePodSpecSecurityContext: checks and their order.
describe('pod securityContext', () => {
  it('fsGroup, runAsUser, runAsGroup, supplementalGroups, shareProcessNamespace, sysctls, seccomp, AppArmor', () => {
    const spec = {
      hostPID: true,
      shareProcessNamespace: true,
      securityContext: {
        runAsUser: -1,
        fsGroup: -3,
        runAsGroup: 2147483648,
        supplementalGroups: [1, -4],
        sysctls: [{ name: '' }],
        seccompProfile: {},
        appArmorProfile: {},
      },
    }
    const S = 'spec.securityContext'
    const R = 'must be between 0 and 2147483647, inclusive'
    expect(messages(podSecurityContextErrors(ctx(spec)))).toEqual([
      `${S}.fsGroup: Invalid value: -3: ${R}`,
      `${S}.runAsUser: Invalid value: -1: ${R}`,
      `${S}.runAsGroup: Invalid value: 2147483648: ${R}`,
      `${S}.supplementalGroups[1]: Invalid value: -4: ${R}`,
      `${S}.shareProcessNamespace: Invalid value: true: ShareProcessNamespace and HostPID cannot both be enabled`,
      `${S}.sysctls[0].name: Required value`,
      `${S}.seccompProfile.type: Required value: type is required when seccompProfile is set`,
      `${S}.appArmorProfile.type: Required value: type is required when appArmorProfile is set`,
    ])
  })

  it('no securityContext is no error', () => {
    expect(podSecurityContextErrors(ctx({}))).toEqual([])
  })
})
