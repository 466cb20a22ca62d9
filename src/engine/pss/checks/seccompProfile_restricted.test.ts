import { describe } from 'vitest'
import { pod, runCheckTable } from '../testing/checkTable'
import { seccompProfile_restricted } from './seccompProfile_restricted'

const sp = (type: unknown) => ({ seccompProfile: { type } })

describe('seccompProfile_restricted', () => {
  runCheckTable(seccompProfile_restricted, [
    {
      name: 'pod-level RuntimeDefault covers every container',
      since: 'v1.19',
      pod: pod({
        securityContext: sp('RuntimeDefault'),
        initContainers: [{ name: 'i' }],
        containers: [{ name: 'a' }],
      }),
      expected: 'allowed',
    },
    {
      name: 'every container sets Localhost, no pod-level profile',
      since: 'v1.19',
      pod: pod({ containers: [{ name: 'a', securityContext: sp('Localhost') }] }),
      expected: 'allowed',
    },
    {
      name: 'explicit bad values win over unset containers',
      since: 'v1.19',
      pod: pod({ containers: [{ name: 'a' }, { name: 'b', securityContext: sp('Unconfined') }] }),
      expected: {
        reason: 'seccompProfile',
        detail: 'container "b" must not set securityContext.seccompProfile.type to "Unconfined"',
        paths: [['spec', 'containers', 1, 'securityContext', 'seccompProfile', 'type']],
      },
    },
    {
      name: 'unset everywhere: the pod path and each container path',
      since: 'v1.25',
      pod: pod({ initContainers: [{ name: 'i' }], containers: [{ name: 'a' }] }),
      expected: {
        reason: 'seccompProfile',
        detail:
          'pod or containers "i", "a" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"',
        paths: [
          ['spec', 'securityContext', 'seccompProfile', 'type'],
          ['spec', 'initContainers', 0, 'securityContext', 'seccompProfile', 'type'],
          ['spec', 'containers', 0, 'securityContext', 'seccompProfile', 'type'],
        ],
      },
    },
    {
      name: 'v1.19: a windows pod is not exempt yet',
      since: 'v1.19',
      pod: pod({ os: { name: 'windows' }, containers: [{ name: 'a' }] }),
      expected: {
        reason: 'seccompProfile',
        detail:
          'pod or container "a" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"',
        paths: [
          ['spec', 'securityContext', 'seccompProfile', 'type'],
          ['spec', 'containers', 0, 'securityContext', 'seccompProfile', 'type'],
        ],
      },
    },
    {
      name: 'v1.25: windows pod allowed even with Unconfined',
      since: 'v1.25',
      pod: pod({ os: { name: 'windows' }, securityContext: sp('Unconfined') }),
      expected: 'allowed',
    },
  ])
})
