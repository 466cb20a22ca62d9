import { describe } from 'vitest'
import { pod, runCheckTable } from '../testing/checkTable'
import { runAsNonRoot } from './runAsNonRoot'

const rnr = (v: unknown) => ({ runAsNonRoot: v })

describe('runAsNonRoot', () => {
  runCheckTable(runAsNonRoot, [
    {
      name: 'pod-level true covers unset containers',
      since: 'v1.0',
      pod: pod({
        securityContext: rnr(true),
        containers: [{ name: 'a' }, { name: 'b', securityContext: rnr(true) }],
      }),
      expected: 'allowed',
    },
    {
      name: 'pod-level false fails even when every container sets true',
      since: 'v1.0',
      pod: pod({
        securityContext: rnr(false),
        containers: [{ name: 'a', securityContext: rnr(true) }],
      }),
      expected: {
        reason: 'runAsNonRoot != true',
        detail: 'pod must not set securityContext.runAsNonRoot=false',
        paths: [['spec', 'securityContext', 'runAsNonRoot']],
      },
    },
    {
      name: 'explicit false wins; implicit containers are not reported then',
      since: 'v1.0',
      pod: pod({
        securityContext: rnr(false),
        containers: [{ name: 'a' }, { name: 'b', securityContext: rnr(false) }],
      }),
      expected: {
        reason: 'runAsNonRoot != true',
        detail: 'pod and container "b" must not set securityContext.runAsNonRoot=false',
        paths: [
          ['spec', 'securityContext', 'runAsNonRoot'],
          ['spec', 'containers', 1, 'securityContext', 'runAsNonRoot'],
        ],
      },
    },
    {
      name: 'implicit: pod path then each container path; a string "true" is unset',
      since: 'v1.0',
      pod: pod({
        securityContext: rnr('true'),
        initContainers: [{ name: 'i' }],
        containers: [{ name: 'a', securityContext: rnr(true) }],
      }),
      expected: {
        reason: 'runAsNonRoot != true',
        detail: 'pod or container "i" must set securityContext.runAsNonRoot=true',
        paths: [
          ['spec', 'securityContext', 'runAsNonRoot'],
          ['spec', 'initContainers', 0, 'securityContext', 'runAsNonRoot'],
        ],
      },
    },
    {
      name: 'v1.0: hostUsers false is not a relaxation yet',
      since: 'v1.0',
      pod: pod({ hostUsers: false, containers: [{ name: 'a' }] }),
      expected: {
        reason: 'runAsNonRoot != true',
        detail: 'pod or container "a" must set securityContext.runAsNonRoot=true',
        paths: [
          ['spec', 'securityContext', 'runAsNonRoot'],
          ['spec', 'containers', 0, 'securityContext', 'runAsNonRoot'],
        ],
      },
    },
    {
      name: 'v1.35: a windows pod must still satisfy it',
      since: 'v1.35',
      pod: pod({ os: { name: 'windows' }, hostUsers: true, containers: [{ name: 'w' }] }),
      expected: {
        reason: 'runAsNonRoot != true',
        detail: 'pod or container "w" must set securityContext.runAsNonRoot=true',
        paths: [
          ['spec', 'securityContext', 'runAsNonRoot'],
          ['spec', 'containers', 0, 'securityContext', 'runAsNonRoot'],
        ],
      },
    },
  ])
})
