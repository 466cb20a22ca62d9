import { describe, expect, it } from 'vitest'
import { jsonString, num, profileJson, securityContextJson, str } from './value'

// staging/src/k8s.io/apimachinery/pkg/util/validation/field/errors.go (ErrorBody, 1.34+: %v, %q,
// json.Marshal) and Go's encoding/json (encode.go appendString: HTML-safe, U+2028/9, U+FFFD).
describe('value rendering', () => {
  it.each([
    ['Unmasked', '"Unmasked"'],
    ['a<b>&c', '"a\\u003cb\\u003e\\u0026c"'],
    ['\u2028\u2029', '"\\u2028\\u2029"'],
    ['\u00a0é', '"\u00a0é"'], // JSON keeps what %q escapes
    ['\n\t\x01', '"\\n\\t\\u0001"'],
    ['\ud800x', '"\uFFFDx"'],
    ['\u{1F600}', '"\u{1F600}"'],
  ])('jsonString(%j)', (s, want) => {
    expect(jsonString(s)).toBe(want)
  })

  it('str is %q, num is %v', () => {
    expect(str('\u00a0')).toBe('"\\u00a0"')
    expect(num(-1)).toBe('-1')
    expect(num(2147483648)).toBe('2147483648')
  })

  // cluster-path.md §7.1: internal structs with Go field names in declaration order.
  it.each([
    [
      { privileged: true, allowPrivilegeEscalation: false },
      '{"Capabilities":null,"Privileged":true,"SELinuxOptions":null,"WindowsOptions":null,"RunAsUser":null,"RunAsGroup":null,"RunAsNonRoot":null,"ReadOnlyRootFilesystem":null,"AllowPrivilegeEscalation":false,"ProcMount":null,"SeccompProfile":null,"AppArmorProfile":null}',
    ],
    [
      {
        capabilities: { add: ['CAP_SYS_ADMIN'] },
        seLinuxOptions: { type: 'spc_t' },
        windowsOptions: { hostProcess: false },
        runAsUser: 1000,
        procMount: 'Default',
        seccompProfile: { type: 'RuntimeDefault' },
        appArmorProfile: { type: 'Localhost', localhostProfile: 'p' },
      },
      '{"Capabilities":{"Add":["CAP_SYS_ADMIN"],"Drop":null},"Privileged":null,"SELinuxOptions":{"User":"","Role":"","Type":"spc_t","Level":""},"WindowsOptions":{"GMSACredentialSpecName":null,"GMSACredentialSpec":null,"RunAsUserName":null,"HostProcess":false},"RunAsUser":1000,"RunAsGroup":null,"RunAsNonRoot":null,"ReadOnlyRootFilesystem":null,"AllowPrivilegeEscalation":null,"ProcMount":"Default","SeccompProfile":{"Type":"RuntimeDefault","LocalhostProfile":null},"AppArmorProfile":{"Type":"Localhost","LocalhostProfile":"p"}}',
    ],
    [{ capabilities: { add: [], drop: ['ALL'] } }, '{"Capabilities":{"Add":[],"Drop":["ALL"]},'],
  ])('securityContextJson %#', (sc, want) => {
    expect(securityContextJson(sc)).toContain(want)
  })

  it('profileJson', () => {
    expect(profileJson({ type: 'Unconfined', localhostProfile: 'x' })).toBe(
      '{"Type":"Unconfined","LocalhostProfile":"x"}',
    )
  })
})
