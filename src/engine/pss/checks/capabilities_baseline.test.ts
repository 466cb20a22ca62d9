import { describe } from 'vitest'
import { pod, runCheckTable } from '../testing/checkTable'
import { capabilities_baseline } from './capabilities_baseline'

const caps = (add: unknown, drop?: unknown) => ({ capabilities: { add, drop } })

describe('capabilities_baseline', () => {
  runCheckTable(capabilities_baseline, [
    {
      name: 'every default capability may be added',
      since: 'v1.0',
      pod: pod({
        containers: [
          {
            name: 'a',
            securityContext: caps([
              'AUDIT_WRITE',
              'CHOWN',
              'DAC_OVERRIDE',
              'FOWNER',
              'FSETID',
              'KILL',
              'MKNOD',
              'NET_BIND_SERVICE',
              'SETFCAP',
              'SETGID',
              'SETPCAP',
              'SETUID',
              'SYS_CHROOT',
            ]),
          },
        ],
      }),
      expected: 'allowed',
    },
    {
      name: 'NET_RAW, lower-case chown and CAP_CHOWN are forbidden; drop is not looked at',
      since: 'v1.0',
      pod: pod({
        containers: [
          { name: 'a', securityContext: caps(['CHOWN', 'NET_RAW', 'chown', 'CAP_CHOWN'], ['ALL']) },
        ],
      }),
      expected: {
        reason: 'non-default capabilities',
        detail:
          'container "a" must not include "CAP_CHOWN", "NET_RAW", "chown" in securityContext.capabilities.add',
        paths: [
          ['spec', 'containers', 0, 'securityContext', 'capabilities', 'add', 1],
          ['spec', 'containers', 0, 'securityContext', 'capabilities', 'add', 2],
          ['spec', 'containers', 0, 'securityContext', 'capabilities', 'add', 3],
        ],
      },
    },
    {
      name: 'ephemeral container adding SYS_ADMIN',
      since: 'v1.0',
      pod: pod({
        containers: [{ name: 'a' }],
        ephemeralContainers: [{ name: 'dbg', securityContext: caps(['SYS_ADMIN']) }],
      }),
      expected: {
        reason: 'non-default capabilities',
        detail: 'container "dbg" must not include "SYS_ADMIN" in securityContext.capabilities.add',
        paths: [['spec', 'ephemeralContainers', 0, 'securityContext', 'capabilities', 'add', 0]],
      },
    },
    {
      name: 'add that is not a list, and non-string entries, count as unset',
      since: 'v1.0',
      pod: pod({
        containers: [
          { name: 'a', securityContext: caps('NET_RAW') },
          { name: 'b', securityContext: caps([7, null]) },
        ],
      }),
      expected: 'allowed',
    },
  ])
})
