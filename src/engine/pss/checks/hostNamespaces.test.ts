import { describe } from 'vitest'
import { pod, runCheckTable } from '../testing/checkTable'
import { hostNamespaces } from './hostNamespaces'

describe('hostNamespaces', () => {
  runCheckTable(hostNamespaces, [
    {
      name: 'all false',
      since: 'v1.0',
      pod: pod({ hostNetwork: false, hostPID: false, hostIPC: false }),
      expected: 'allowed',
    },
    {
      name: 'hostIPC only',
      since: 'v1.0',
      pod: pod({ hostIPC: true }),
      expected: { reason: 'host namespaces', detail: 'hostIPC=true', paths: [['spec', 'hostIPC']] },
    },
    {
      name: 'hostPID and hostNetwork, reported in the fixed order',
      since: 'v1.0',
      pod: pod({ hostPID: true, hostNetwork: true }),
      expected: {
        reason: 'host namespaces',
        detail: 'hostNetwork=true, hostPID=true',
        paths: [
          ['spec', 'hostNetwork'],
          ['spec', 'hostPID'],
        ],
      },
    },
    {
      name: 'the string "true" is the wrong type and counts as unset',
      since: 'v1.0',
      pod: pod({ hostNetwork: 'true', hostPID: 1 }),
      expected: 'allowed',
    },
    { name: 'no spec at all', since: 'v1.0', pod: { kind: 'Pod' }, expected: 'allowed' },
  ])
})
