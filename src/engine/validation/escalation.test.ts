import { describe, expect, it } from 'vitest'
import { At } from './at'
import { escalationErrors } from './escalation'
import { messages } from './testing/ctx'

// pkg/apis/core/validation/validation.go ValidateSecurityContext (allowPrivilegeEscalation checks)
describe('allowPrivilegeEscalation: false with privileged or CAP_SYS_ADMIN', () => {
  const at = At.root('spec').child('containers').index(0).child('securityContext')
  const PRIV = 'cannot set `allowPrivilegeEscalation` to false and `privileged` to true'
  const CAP = 'cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN'
  const tail = (sc: string) => `spec.containers[0].securityContext: Invalid value: ${sc}`
  it.each([
    [{ privileged: true }, []],
    [{ privileged: true, allowPrivilegeEscalation: true }, []],
    [
      { allowPrivilegeEscalation: false, capabilities: { add: ['SYS_ADMIN', 'cap_sys_admin'] } },
      [],
    ],
    [
      { privileged: true, allowPrivilegeEscalation: false },
      [
        `${tail('{"Capabilities":null,"Privileged":true,"SELinuxOptions":null,"WindowsOptions":null,"RunAsUser":null,"RunAsGroup":null,"RunAsNonRoot":null,"ReadOnlyRootFilesystem":null,"AllowPrivilegeEscalation":false,"ProcMount":null,"SeccompProfile":null,"AppArmorProfile":null}')}: ${PRIV}`,
      ],
    ],
    [
      {
        allowPrivilegeEscalation: false,
        capabilities: { add: ['CAP_SYS_ADMIN', 'CAP_SYS_ADMIN'] },
      },
      Array(2).fill(
        `${tail('{"Capabilities":{"Add":["CAP_SYS_ADMIN","CAP_SYS_ADMIN"],"Drop":null},"Privileged":null,"SELinuxOptions":null,"WindowsOptions":null,"RunAsUser":null,"RunAsGroup":null,"RunAsNonRoot":null,"ReadOnlyRootFilesystem":null,"AllowPrivilegeEscalation":false,"ProcMount":null,"SeccompProfile":null,"AppArmorProfile":null}')}: ${CAP}`,
      ),
    ],
  ])('%j', (sc, want) => {
    expect(messages(escalationErrors(sc, at))).toEqual(want)
  })
})
