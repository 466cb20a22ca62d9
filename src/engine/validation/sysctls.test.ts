import { describe, expect, it } from 'vitest'
import { At } from './at'
import { sysctlErrors } from './sysctls'
import { messages } from './testing/ctx'

// pkg/apis/core/validation/validation.go validateSysctls, IsValidSysctlName, ValidateHostSysctl;
// staging/src/k8s.io/component-helpers/node/util/sysctl (namespaces, NormalizeName)
describe('sysctls', () => {
  const at = (i: number) => `spec.securityContext.sysctls[${i}].name`
  const REGEX =
    'must have at most 253 characters and match regex ^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[\\./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$'
  const run = (names: string[], spec: Record<string, unknown> = {}) =>
    messages(
      sysctlErrors(
        { ...spec, securityContext: { sysctls: names.map((name) => ({ name, value: '1' })) } },
        At.root('spec').child('securityContext'),
      ),
    )
  it.each([
    [['kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net/ipv4/tcp_syncookies'], {}, []],
    [[''], {}, [`${at(0)}: Required value`]],
    [['Kernel.X'], {}, [`${at(0)}: Invalid value: "Kernel.X": ${REGEX}`]],
    [['a'.repeat(254)], {}, [`${at(0)}: Invalid value: "${'a'.repeat(254)}": ${REGEX}`]],
    [['kernel.msgmax', 'kernel.msgmax'], {}, [`${at(1)}: Duplicate value: "kernel.msgmax"`]],
    [
      ['net.ipv4.ip_local_port_range'],
      { hostNetwork: true },
      [
        `${at(0)}: Invalid value: "net.ipv4.ip_local_port_range": may not be specified when 'hostNetwork' is true`,
      ],
    ],
    [
      ['net/ipv4/ping_group_range'],
      { hostNetwork: true },
      [
        `${at(0)}: Invalid value: "net/ipv4/ping_group_range": may not be specified when 'hostNetwork' is true`,
      ],
    ],
    [
      ['kernel.sem', 'kernel.shmmax', 'fs.mqueue.msg_max'],
      { hostIPC: true },
      [0, 1, 2].map(
        (i) =>
          `${at(i)}: Invalid value: "${['kernel.sem', 'kernel.shmmax', 'fs.mqueue.msg_max'][i]}": may not be specified when 'hostIPC' is true`,
      ),
    ],
    [['net.core.somaxconn'], { hostIPC: true }, []],
  ])('%j with %j', (names, spec, want) => {
    expect(run(names, spec)).toEqual(want)
  })
})
