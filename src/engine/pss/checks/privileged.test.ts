import { describe } from 'vitest'
import { pod, runCheckTable } from '../testing/checkTable'
import { privileged } from './privileged'

describe('privileged', () => {
  runCheckTable(privileged, [
    {
      name: 'privileged false',
      since: 'v1.0',
      pod: pod({ containers: [{ name: 'a', securityContext: { privileged: false } }] }),
      expected: 'allowed',
    },
    {
      name: 'privileged true in an init container',
      since: 'v1.0',
      pod: pod({
        initContainers: [{ name: 'init', securityContext: { privileged: true } }],
        containers: [{ name: 'a' }],
      }),
      expected: {
        reason: 'privileged',
        detail: 'container "init" must not set securityContext.privileged=true',
        paths: [['spec', 'initContainers', 0, 'securityContext', 'privileged']],
      },
    },
    {
      name: 'two unnamed containers are listed as "" twice',
      since: 'v1.0',
      pod: pod({
        containers: [
          { securityContext: { privileged: true } },
          { securityContext: { privileged: true } },
        ],
      }),
      expected: {
        reason: 'privileged',
        detail: 'containers "", "" must not set securityContext.privileged=true',
        paths: [
          ['spec', 'containers', 0, 'securityContext', 'privileged'],
          ['spec', 'containers', 1, 'securityContext', 'privileged'],
        ],
      },
    },
    {
      name: 'privileged "yes" (a string) and a null container are ignored',
      since: 'v1.0',
      pod: pod({ containers: [null, { name: 'a', securityContext: { privileged: 'yes' } }] }),
      expected: 'allowed',
    },
    {
      name: 'names are not escaped',
      since: 'v1.0',
      pod: pod({ containers: [{ name: 'a"b', securityContext: { privileged: true } }] }),
      expected: {
        reason: 'privileged',
        detail: 'container "a"b" must not set securityContext.privileged=true',
        paths: [['spec', 'containers', 0, 'securityContext', 'privileged']],
      },
    },
  ])
})
