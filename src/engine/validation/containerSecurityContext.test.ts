import { describe, expect, it } from 'vitest'
import { At } from './at'
import { containerSecurityContextErrors } from './containerSecurityContext'
import { messages } from './testing/ctx'

// pkg/apis/core/validation/validation.go ValidateSecurityContext: the order of its checks.
describe('container securityContext order', () => {
  it('privileged policy, runAsUser, runAsGroup, procMount, seccomp, escalation, AppArmor', () => {
    const sc = {
      privileged: true,
      allowPrivilegeEscalation: false,
      runAsUser: -1,
      runAsGroup: -2,
      procMount: 'Masked',
      seccompProfile: { type: 'Foo' },
      appArmorProfile: { type: 'Bar' },
    }
    const at = At.root('spec').child('containers').index(0).child('securityContext')
    const fields = messages(containerSecurityContextErrors(sc, at, true, false)).map(
      (m) => m.split(':')[0],
    )
    const C = 'spec.containers[0].securityContext'
    expect(fields).toEqual([
      `${C}.privileged`,
      `${C}.runAsUser`,
      `${C}.runAsGroup`,
      `${C}.procMount`,
      `${C}.seccompProfile.type`,
      C,
      `${C}.appArmorProfile.type`,
    ])
  })
})
