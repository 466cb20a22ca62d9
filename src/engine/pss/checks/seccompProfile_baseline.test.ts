import { describe } from 'vitest'
import { pod, runCheckTable } from '../testing/checkTable'
import { seccompProfile_baseline } from './seccompProfile_baseline'

const POD = 'seccomp.security.alpha.kubernetes.io/pod'
const C = 'container.seccomp.security.alpha.kubernetes.io/'
const sp = (type?: unknown) => ({ seccompProfile: type === undefined ? {} : { type } })

describe('seccompProfile_baseline', () => {
  runCheckTable(seccompProfile_baseline, [
    {
      name: 'v1.0: allowed annotation values; unknown container names ignored',
      since: 'v1.0',
      pod: pod(
        { containers: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] },
        {
          annotations: {
            [POD]: 'runtime/default',
            [`${C}a`]: 'docker/default',
            [`${C}b`]: 'localhost/p',
            [`${C}zzz`]: 'unconfined',
          },
        },
      ),
      expected: 'allowed',
    },
    {
      name: 'v1.0: an empty value is forbidden; fields are ignored',
      since: 'v1.0',
      pod: pod(
        { securityContext: sp('Unconfined'), initContainers: [{ name: 'i' }] },
        { annotations: { [`${C}i`]: '' } },
      ),
      expected: {
        reason: 'seccompProfile',
        detail: `forbidden annotation ${C}i=""`,
        paths: [['metadata', 'annotations', `${C}i`]],
      },
    },
    {
      name: 'v1.0: two containers with the same name give one entry',
      since: 'v1.0',
      pod: pod(
        { containers: [{ name: 'a' }, { name: 'a' }] },
        { annotations: { [`${C}a`]: 'unconfined' } },
      ),
      expected: {
        reason: 'seccompProfile',
        detail: `forbidden annotation ${C}a="unconfined"`,
        paths: [['metadata', 'annotations', `${C}a`]],
      },
    },
    {
      name: 'v1.19: annotations are ignored',
      since: 'v1.19',
      pod: pod({ containers: [{ name: 'a' }] }, { annotations: { [POD]: 'unconfined' } }),
      expected: 'allowed',
    },
    {
      name: 'v1.19: a profile with no type and an unset container profile',
      since: 'v1.19',
      pod: pod({ containers: [{ name: 'a', securityContext: sp() }, { name: 'b' }] }),
      expected: {
        reason: 'seccompProfile',
        detail: 'container "a" must not set securityContext.seccompProfile.type to ""',
        paths: [['spec', 'containers', 0, 'securityContext', 'seccompProfile', 'type']],
      },
    },
    {
      name: 'v1.19: Localhost and RuntimeDefault',
      since: 'v1.19',
      pod: pod({
        securityContext: sp('Localhost'),
        containers: [{ name: 'a', securityContext: sp('RuntimeDefault') }],
      }),
      expected: 'allowed',
    },
  ])
})
