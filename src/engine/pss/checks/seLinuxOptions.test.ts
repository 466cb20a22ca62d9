import { describe } from 'vitest'
import { pod, runCheckTable } from '../testing/checkTable'
import { seLinuxOptions } from './seLinuxOptions'

const se = (o: Record<string, unknown>) => ({ seLinuxOptions: o })

describe('seLinuxOptions', () => {
  runCheckTable(seLinuxOptions, [
    {
      name: 'container_engine_t is forbidden before v1.31',
      since: 'v1.0',
      pod: pod({
        containers: [
          { name: 'a', securityContext: se({ type: 'container_engine_t', level: 's0:c1' }) },
        ],
      }),
      expected: {
        reason: 'seLinuxOptions',
        detail:
          'container "a" set forbidden securityContext.seLinuxOptions: type "container_engine_t"',
        paths: [['spec', 'containers', 0, 'securityContext', 'seLinuxOptions', 'type']],
      },
    },
    {
      name: 'container_engine_t is allowed from v1.31; level is not checked',
      since: 'v1.31',
      pod: pod({
        containers: [
          { name: 'a', securityContext: se({ type: 'container_engine_t', level: 's0:c1' }) },
        ],
      }),
      expected: 'allowed',
    },
    {
      name: 'allowed types and empty user and role at v1.0',
      since: 'v1.0',
      pod: pod({
        securityContext: se({ type: '', user: '', role: '' }),
        containers: [
          { name: 'a', securityContext: se({ type: 'container_t' }) },
          { name: 'b', securityContext: se({ type: 'container_init_t' }) },
          { name: 'c', securityContext: se({ type: 'container_kvm_t' }) },
        ],
      }),
      expected: 'allowed',
    },
    {
      name: 'user in an init container, role in a container, types de-duplicated',
      since: 'v1.31',
      pod: pod({
        securityContext: se({ type: 'x' }),
        initContainers: [{ name: 'i', securityContext: se({ user: 'u', type: 'x' }) }],
        containers: [{ name: 'c', securityContext: se({ role: 'r' }) }],
      }),
      expected: {
        reason: 'seLinuxOptions',
        detail:
          'pod and containers "i", "c" set forbidden securityContext.seLinuxOptions: type "x"; user may not be set; role may not be set',
        paths: [
          ['spec', 'securityContext', 'seLinuxOptions', 'type'],
          ['spec', 'initContainers', 0, 'securityContext', 'seLinuxOptions', 'type'],
          ['spec', 'initContainers', 0, 'securityContext', 'seLinuxOptions', 'user'],
          ['spec', 'containers', 0, 'securityContext', 'seLinuxOptions', 'role'],
        ],
      },
    },
    {
      name: 'non-string type, user and role count as unset',
      since: 'v1.31',
      pod: pod({ securityContext: se({ type: 1, user: true, role: [] }) }),
      expected: 'allowed',
    },
  ])
})
