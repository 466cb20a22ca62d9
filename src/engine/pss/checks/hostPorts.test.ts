import { describe } from 'vitest'
import { pod, runCheckTable } from '../testing/checkTable'
import { hostPorts } from './hostPorts'

describe('hostPorts', () => {
  runCheckTable(hostPorts, [
    {
      name: 'hostPort 0 and unset',
      since: 'v1.0',
      pod: pod({
        containers: [
          { name: 'a', ports: [{ containerPort: 80 }, { containerPort: 81, hostPort: 0 }] },
        ],
      }),
      expected: 'allowed',
    },
    {
      name: 'ports sorted as strings, de-duplicated, counted across containers',
      since: 'v1.0',
      pod: pod({
        initContainers: [{ name: 'i', ports: [{ hostPort: 9000 }] }],
        containers: [
          { name: 'a', ports: [{ hostPort: 80 }, { hostPort: 10000 }] },
          { name: 'b', ports: [{ hostPort: 80 }] },
        ],
      }),
      expected: {
        reason: 'hostPort',
        detail: 'containers "i", "a", "b" use hostPorts 10000, 80, 9000',
        paths: [
          ['spec', 'initContainers', 0, 'ports', 0, 'hostPort'],
          ['spec', 'containers', 0, 'ports', 0, 'hostPort'],
          ['spec', 'containers', 0, 'ports', 1, 'hostPort'],
          ['spec', 'containers', 1, 'ports', 0, 'hostPort'],
        ],
      },
    },
    {
      name: 'two containers with the same single port: plural use, singular hostPort',
      since: 'v1.0',
      pod: pod({
        containers: [
          { name: 'a', ports: [{ hostPort: 53 }] },
          { name: 'b', ports: [{ hostPort: 53 }] },
        ],
      }),
      expected: {
        reason: 'hostPort',
        detail: 'containers "a", "b" use hostPort 53',
        paths: [
          ['spec', 'containers', 0, 'ports', 0, 'hostPort'],
          ['spec', 'containers', 1, 'ports', 0, 'hostPort'],
        ],
      },
    },
    {
      name: 'hostPort as a string is the wrong type and counts as unset',
      since: 'v1.0',
      pod: pod({ containers: [{ name: 'a', ports: [{ hostPort: '80' }, 'x'] }] }),
      expected: 'allowed',
    },
  ])
})
