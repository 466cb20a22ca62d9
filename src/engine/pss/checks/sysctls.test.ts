import { describe } from 'vitest'
import { pod, runCheckTable } from '../testing/checkTable'
import { sysctls } from './sysctls'

const withSysctls = (...names: unknown[]) =>
  pod({ securityContext: { sysctls: names.map((name) => ({ name, value: '1' })) } })

describe('sysctls', () => {
  runCheckTable(sysctls, [
    {
      name: 'the v1.0 safe set',
      since: 'v1.0',
      pod: withSysctls(
        'kernel.shm_rmid_forced',
        'net.ipv4.ip_local_port_range',
        'net.ipv4.tcp_syncookies',
        'net.ipv4.ping_group_range',
        'net.ipv4.ip_unprivileged_port_start',
      ),
      expected: 'allowed',
    },
    {
      name: 'forbidden names keep spec order and repeat',
      since: 'v1.29',
      pod: withSysctls('kernel.msgmax', 'net.ipv4.tcp_fin_timeout', 'a', 'kernel.msgmax'),
      expected: {
        reason: 'forbidden sysctls',
        detail: 'kernel.msgmax, a, kernel.msgmax',
        paths: [
          ['spec', 'securityContext', 'sysctls', 0, 'name'],
          ['spec', 'securityContext', 'sysctls', 2, 'name'],
          ['spec', 'securityContext', 'sysctls', 3, 'name'],
        ],
      },
    },
    {
      name: 'v1.32 does not yet allow tcp_notsent_lowat',
      since: 'v1.32',
      pod: withSysctls('net.ipv4.tcp_rmem', 'net.ipv4.tcp_notsent_lowat'),
      expected: {
        reason: 'forbidden sysctls',
        detail: 'net.ipv4.tcp_notsent_lowat',
        paths: [['spec', 'securityContext', 'sysctls', 1, 'name']],
      },
    },
    {
      name: 'a sysctl without a name is forbidden as ""',
      since: 'v1.37',
      pod: pod({ securityContext: { sysctls: [{ value: '1' }, 'x'] } }),
      expected: {
        reason: 'forbidden sysctls',
        detail: '',
        paths: [['spec', 'securityContext', 'sysctls', 0, 'name']],
      },
    },
  ])
})
