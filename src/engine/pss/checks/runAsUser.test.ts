import { describe } from 'vitest'
import { pod, runCheckTable } from '../testing/checkTable'
import { runAsUser } from './runAsUser'

const ru = (v: unknown) => ({ runAsUser: v })

describe('runAsUser', () => {
  runCheckTable(runAsUser, [
    {
      name: 'non-zero values',
      since: 'v1.23',
      pod: pod({ securityContext: ru(1000), containers: [{ name: 'a', securityContext: ru(1) }] }),
      expected: 'allowed',
    },
    {
      name: 'zero at pod level and in an ephemeral container',
      since: 'v1.23',
      pod: pod({
        securityContext: ru(0),
        containers: [{ name: 'a' }],
        ephemeralContainers: [{ name: 'e', securityContext: ru(0) }],
      }),
      expected: {
        reason: 'runAsUser=0',
        detail: 'pod and container "e" must not set runAsUser=0',
        paths: [
          ['spec', 'securityContext', 'runAsUser'],
          ['spec', 'ephemeralContainers', 0, 'securityContext', 'runAsUser'],
        ],
      },
    },
    {
      name: 'v1.23: hostUsers false does not relax it yet',
      since: 'v1.23',
      pod: pod({ hostUsers: false, containers: [{ name: 'a', securityContext: ru(0) }] }),
      expected: {
        reason: 'runAsUser=0',
        detail: 'container "a" must not set runAsUser=0',
        paths: [['spec', 'containers', 0, 'securityContext', 'runAsUser']],
      },
    },
    {
      name: '"0" as a string is the wrong type and counts as unset',
      since: 'v1.35',
      pod: pod({
        securityContext: ru('0'),
        containers: [{ name: 'a', securityContext: ru(null) }],
      }),
      expected: 'allowed',
    },
  ])
})
