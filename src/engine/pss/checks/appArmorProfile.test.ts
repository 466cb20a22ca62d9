import { describe } from 'vitest'
import { pod, runCheckTable } from '../testing/checkTable'
import { appArmorProfile } from './appArmorProfile'

const aa = (type?: unknown) => ({ appArmorProfile: type === undefined ? {} : { type } })
const KEY = 'container.apparmor.security.beta.kubernetes.io/'

describe('appArmorProfile', () => {
  runCheckTable(appArmorProfile, [
    {
      name: 'Localhost at pod level, unset profile in a container',
      since: 'v1.0',
      pod: pod({
        securityContext: aa('Localhost'),
        containers: [{ name: 'a', securityContext: { appArmorProfile: null } }],
      }),
      expected: 'allowed',
    },
    {
      name: 'a profile without a type is forbidden and listed as ""',
      since: 'v1.0',
      pod: pod({ containers: [{ name: 'a', securityContext: aa() }] }),
      expected: {
        reason: 'forbidden AppArmor profile',
        detail: 'container "a" must not set AppArmor profile type to ""',
        paths: [['spec', 'containers', 0, 'securityContext', 'appArmorProfile', 'type']],
      },
    },
    {
      name: 'pod, containers and an annotation: setters joined with and, plural reason',
      since: 'v1.0',
      pod: pod(
        {
          securityContext: aa('Unconfined'),
          containers: [
            { name: 'a', securityContext: aa('Unconfined') },
            { name: 'b', securityContext: aa('bogus') },
          ],
        },
        { annotations: { [`${KEY}x`]: 'unconfined', other: 'unconfined' } },
      ),
      expected: {
        reason: 'forbidden AppArmor profiles',
        detail: `pod and containers "a", "b" and annotation must not set AppArmor profile type to "Unconfined", "bogus", "${KEY}x="unconfined""`,
        paths: [
          ['spec', 'securityContext', 'appArmorProfile', 'type'],
          ['spec', 'containers', 0, 'securityContext', 'appArmorProfile', 'type'],
          ['spec', 'containers', 1, 'securityContext', 'appArmorProfile', 'type'],
          ['metadata', 'annotations', `${KEY}x`],
        ],
      },
    },
    {
      name: 'annotation values are Go-quoted; sorted as whole strings',
      since: 'v1.0',
      pod: pod({}, { annotations: { [`${KEY}a-b`]: 'x', [`${KEY}a`]: 'say "hi"\n' } }),
      expected: {
        reason: 'forbidden AppArmor profiles',
        detail: `annotations must not set AppArmor profile type to "${KEY}a-b="x"", "${KEY}a="say \\"hi\\"\\n""`,
        paths: [
          ['metadata', 'annotations', `${KEY}a-b`],
          ['metadata', 'annotations', `${KEY}a`],
        ],
      },
    },
    {
      name: 'a non-string annotation value and a non-string type are treated as unset / empty',
      since: 'v1.0',
      pod: pod({ securityContext: aa(5) }, { annotations: { [`${KEY}a`]: 5 } }),
      expected: {
        reason: 'forbidden AppArmor profile',
        detail: 'pod must not set AppArmor profile type to ""',
        paths: [['spec', 'securityContext', 'appArmorProfile', 'type']],
      },
    },
  ])
})
