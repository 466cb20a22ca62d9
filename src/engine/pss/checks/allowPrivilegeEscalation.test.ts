import { describe } from 'vitest'
import { pod, runCheckTable } from '../testing/checkTable'
import { allowPrivilegeEscalation } from './allowPrivilegeEscalation'

const ape = (v: unknown) => ({ allowPrivilegeEscalation: v })

describe('allowPrivilegeEscalation', () => {
  runCheckTable(allowPrivilegeEscalation, [
    {
      name: 'explicit false everywhere',
      since: 'v1.8',
      pod: pod({
        initContainers: [{ name: 'i', securityContext: ape(false) }],
        containers: [{ name: 'a', securityContext: ape(false) }],
      }),
      expected: 'allowed',
    },
    {
      name: 'missing: the full path where the field belongs; "false" as a string is unset',
      since: 'v1.25',
      pod: pod({
        containers: [{ name: 'a' }, { name: 'b', securityContext: ape('false') }],
        ephemeralContainers: [{ name: 'e', securityContext: ape(true) }],
      }),
      expected: {
        reason: 'allowPrivilegeEscalation != false',
        detail: 'containers "a", "b", "e" must set securityContext.allowPrivilegeEscalation=false',
        paths: [
          ['spec', 'containers', 0, 'securityContext', 'allowPrivilegeEscalation'],
          ['spec', 'containers', 1, 'securityContext', 'allowPrivilegeEscalation'],
          ['spec', 'ephemeralContainers', 0, 'securityContext', 'allowPrivilegeEscalation'],
        ],
      },
    },
    {
      name: 'v1.8: a windows pod is not exempt yet',
      since: 'v1.8',
      pod: pod({ os: { name: 'windows' }, containers: [{ name: 'a' }] }),
      expected: {
        reason: 'allowPrivilegeEscalation != false',
        detail: 'container "a" must set securityContext.allowPrivilegeEscalation=false',
        paths: [['spec', 'containers', 0, 'securityContext', 'allowPrivilegeEscalation']],
      },
    },
    { name: 'no containers at all', since: 'v1.25', pod: pod({}), expected: 'allowed' },
  ])
})
