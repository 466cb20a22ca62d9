import { describe } from 'vitest'
import { pod, runCheckTable } from '../testing/checkTable'
import { procMount } from './procMount'

const pm = (v: unknown) => ({ procMount: v })

describe('procMount', () => {
  runCheckTable(procMount, [
    {
      name: 'Default and unset',
      since: 'v1.0',
      pod: pod({ containers: [{ name: 'a', securityContext: pm('Default') }, { name: 'b' }] }),
      expected: 'allowed',
    },
    {
      name: 'Unmasked with hostUsers false is still forbidden at v1.0 (no relaxation before v1.35)',
      since: 'v1.0',
      pod: pod({ hostUsers: false, containers: [{ name: 'a', securityContext: pm('Unmasked') }] }),
      expected: {
        reason: 'procMount',
        detail: 'container "a" must not set securityContext.procMount to "Unmasked"',
        paths: [['spec', 'containers', 0, 'securityContext', 'procMount']],
      },
    },
    {
      name: 'an empty string is forbidden; types are a sorted set',
      since: 'v1.35',
      pod: pod({
        initContainers: [{ name: 'i', securityContext: pm('Unmasked') }],
        containers: [
          { name: 'c', securityContext: pm('') },
          { name: 'd', securityContext: pm('Unmasked') },
        ],
      }),
      expected: {
        reason: 'procMount',
        detail: 'containers "i", "c", "d" must not set securityContext.procMount to "", "Unmasked"',
        paths: [
          ['spec', 'initContainers', 0, 'securityContext', 'procMount'],
          ['spec', 'containers', 0, 'securityContext', 'procMount'],
          ['spec', 'containers', 1, 'securityContext', 'procMount'],
        ],
      },
    },
    {
      name: 'v1.35: hostUsers unset behaves as v1.0',
      since: 'v1.35',
      pod: pod({ containers: [{ name: 'a', securityContext: pm('Unmasked') }] }),
      expected: {
        reason: 'procMount',
        detail: 'container "a" must not set securityContext.procMount to "Unmasked"',
        paths: [['spec', 'containers', 0, 'securityContext', 'procMount']],
      },
    },
    {
      name: 'v1.35: hostUsers "false" as a string is not explicit false',
      since: 'v1.35',
      pod: pod({
        hostUsers: 'false',
        containers: [{ name: 'a', securityContext: pm('Unmasked') }],
      }),
      expected: {
        reason: 'procMount',
        detail: 'container "a" must not set securityContext.procMount to "Unmasked"',
        paths: [['spec', 'containers', 0, 'securityContext', 'procMount']],
      },
    },
    {
      name: 'v1.35: hostUsers false allows anything',
      since: 'v1.35',
      pod: pod({ hostUsers: false, containers: [{ name: 'a', securityContext: pm('Unmasked') }] }),
      expected: 'allowed',
    },
  ])
})
