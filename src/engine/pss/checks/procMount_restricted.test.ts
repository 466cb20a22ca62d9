import { describe } from 'vitest'
import { pod, runCheckTable } from '../testing/checkTable'
import { procMount_restricted } from './procMount_restricted'

describe('procMount_restricted', () => {
  runCheckTable(procMount_restricted, [
    {
      name: 'Default',
      since: 'v1.35',
      pod: pod({
        hostUsers: false,
        containers: [{ name: 'a', securityContext: { procMount: 'Default' } }],
      }),
      expected: 'allowed',
    },
    {
      name: 'Unmasked in an ephemeral container with hostUsers false',
      since: 'v1.35',
      pod: pod({
        hostUsers: false,
        containers: [{ name: 'a' }],
        ephemeralContainers: [{ name: 'e', securityContext: { procMount: 'Unmasked' } }],
      }),
      expected: {
        reason: 'procMount',
        detail: 'container "e" must not set securityContext.procMount to "Unmasked"',
        paths: [['spec', 'ephemeralContainers', 0, 'securityContext', 'procMount']],
      },
    },
  ])
})
