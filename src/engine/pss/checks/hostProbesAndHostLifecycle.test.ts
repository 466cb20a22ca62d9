import { describe } from 'vitest'
import { pod, runCheckTable } from '../testing/checkTable'
import { hostProbesAndHostLifecycle } from './hostProbesAndHostLifecycle'

describe('hostProbesAndHostLifecycle', () => {
  runCheckTable(hostProbesAndHostLifecycle, [
    {
      name: 'empty hosts, grpc and exec handlers',
      since: 'v1.34',
      pod: pod({
        containers: [
          {
            name: 'a',
            livenessProbe: { httpGet: { host: '' } },
            readinessProbe: { grpc: { port: 1 } },
            lifecycle: { preStop: { exec: { command: ['x'] } } },
          },
        ],
      }),
      expected: 'allowed',
    },
    {
      name: 'container names are a sorted set; hosts too',
      since: 'v1.34',
      pod: pod({
        containers: [
          { name: 'z', startupProbe: { tcpSocket: { host: 'b.com' } } },
          { name: 'a', lifecycle: { postStart: { httpGet: { host: 'a.com' } } } },
          { name: 'z', livenessProbe: { httpGet: { host: 'a.com' } } },
        ],
      }),
      expected: {
        reason: 'probe or lifecycle host',
        detail: 'containers "a", "z" use probe or lifecycle hosts "a.com", "b.com"',
        paths: [
          ['spec', 'containers', 0, 'startupProbe', 'tcpSocket', 'host'],
          ['spec', 'containers', 1, 'lifecycle', 'postStart', 'httpGet', 'host'],
          ['spec', 'containers', 2, 'livenessProbe', 'httpGet', 'host'],
        ],
      },
    },
    {
      name: 'an ephemeral container is visited too',
      since: 'v1.34',
      pod: pod({
        ephemeralContainers: [{ name: 'e', readinessProbe: { httpGet: { host: 'localhost' } } }],
      }),
      expected: {
        reason: 'probe or lifecycle host',
        detail: 'container "e" uses probe or lifecycle host "localhost"',
        paths: [['spec', 'ephemeralContainers', 0, 'readinessProbe', 'httpGet', 'host']],
      },
    },
    {
      name: 'a non-string host counts as unset',
      since: 'v1.34',
      pod: pod({ containers: [{ name: 'a', livenessProbe: { httpGet: { host: 127001 } } }] }),
      expected: 'allowed',
    },
  ])
})
