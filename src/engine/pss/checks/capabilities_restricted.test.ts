import { describe } from 'vitest'
import { pod, runCheckTable } from '../testing/checkTable'
import { capabilities_restricted } from './capabilities_restricted'

const caps = (c: unknown) => ({ capabilities: c })

describe('capabilities_restricted', () => {
  runCheckTable(capabilities_restricted, [
    {
      name: 'drop ALL and add NET_BIND_SERVICE',
      since: 'v1.22',
      pod: pod({
        containers: [
          { name: 'a', securityContext: caps({ drop: ['ALL'], add: ['NET_BIND_SERVICE'] }) },
        ],
      }),
      expected: 'allowed',
    },
    {
      name: 'no securityContext, lower-case all, and capabilities null: all miss drop ALL',
      since: 'v1.22',
      pod: pod({
        initContainers: [{ name: 'i' }],
        containers: [
          { name: 'a', securityContext: caps({ drop: ['all'] }) },
          { name: 'b', securityContext: caps(null) },
        ],
      }),
      expected: {
        reason: 'unrestricted capabilities',
        detail: 'containers "i", "a", "b" must set securityContext.capabilities.drop=["ALL"]',
        paths: [
          ['spec', 'initContainers', 0, 'securityContext', 'capabilities', 'drop'],
          ['spec', 'containers', 0, 'securityContext', 'capabilities', 'drop'],
          ['spec', 'containers', 1, 'securityContext', 'capabilities', 'drop'],
        ],
      },
    },
    {
      name: 'adding a default capability is forbidden too',
      since: 'v1.25',
      pod: pod({
        containers: [
          {
            name: 'a',
            securityContext: caps({ drop: ['ALL'], add: ['CHOWN', 'NET_BIND_SERVICE'] }),
          },
        ],
      }),
      expected: {
        reason: 'unrestricted capabilities',
        detail: 'container "a" must not include "CHOWN" in securityContext.capabilities.add',
        paths: [['spec', 'containers', 0, 'securityContext', 'capabilities', 'add', 0]],
      },
    },
    {
      name: 'v1.22: a windows pod is not exempt yet',
      since: 'v1.22',
      pod: pod({ os: { name: 'windows' }, containers: [{ name: 'w' }] }),
      expected: {
        reason: 'unrestricted capabilities',
        detail: 'container "w" must set securityContext.capabilities.drop=["ALL"]',
        paths: [['spec', 'containers', 0, 'securityContext', 'capabilities', 'drop']],
      },
    },
    {
      name: 'drop given as a string "ALL" is the wrong type and counts as unset',
      since: 'v1.25',
      pod: pod({ containers: [{ name: 'a', securityContext: caps({ drop: 'ALL' }) }] }),
      expected: {
        reason: 'unrestricted capabilities',
        detail: 'container "a" must set securityContext.capabilities.drop=["ALL"]',
        paths: [['spec', 'containers', 0, 'securityContext', 'capabilities', 'drop']],
      },
    },
  ])
})
