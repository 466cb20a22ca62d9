import { describe, expect, it } from 'vitest'
import { pod, policy, run } from '../testing/cases'
import type { Obj } from '../types'

const withSysctls = (...names: string[]) =>
  pod({ securityContext: { sysctls: names.map((name) => ({ name, value: '1' })) } })
const S = 'pod.spec.securityContext.sysctls'

const cases: { name: string; spec: Obj; pod: Obj; errors: string[] }[] = [
  {
    name: 'safe sysctls pass',
    spec: {},
    pod: withSysctls('kernel.shm_rmid_forced', 'net.ipv4.ip_unprivileged_port_start'),
    errors: [],
  },
  {
    name: 'an unsafe sysctl is refused unless allowed',
    spec: {},
    pod: withSysctls('net.core.somaxconn'),
    errors: [`${S}[0]: Forbidden: unsafe sysctl "net.core.somaxconn" is not allowed`],
  },
  {
    name: 'allowed by prefix',
    spec: { allowedUnsafeSysctls: ['net.core.*'] },
    pod: withSysctls('net.core.somaxconn'),
    errors: [],
  },
  {
    name: "allowed by '*'",
    spec: { allowedUnsafeSysctls: ['*'] },
    pod: withSysctls('kernel.msgmax'),
    errors: [],
  },
  {
    name: 'forbidden beats the safe list',
    spec: { forbiddenSysctls: ['kernel.shm_rmid_forced'] },
    pod: withSysctls('net.ipv4.tcp_syncookies', 'kernel.shm_rmid_forced'),
    errors: [`${S}[1]: Forbidden: sysctl "kernel.shm_rmid_forced" is not allowed`],
  },
  {
    name: "forbidden '*' forbids everything",
    spec: { forbiddenSysctls: ['*'] },
    pod: withSysctls('net.ipv4.ping_group_range'),
    errors: [`${S}[0]: Forbidden: sysctl "net.ipv4.ping_group_range" is not allowed`],
  },
]

describe('sysctls', () => {
  it.each(cases)('$name', (c) => {
    expect(run(policy(c.spec), c.pod).errors).toEqual(c.errors)
  })
})
