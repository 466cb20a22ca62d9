import { describe } from 'vitest'
import { pod, runCheckTable } from '../testing/checkTable'
import { windowsHostProcess } from './windowsHostProcess'

const hp = (v: unknown) => ({ windowsOptions: { hostProcess: v } })

describe('windowsHostProcess', () => {
  runCheckTable(windowsHostProcess, [
    {
      name: 'nothing set',
      since: 'v1.0',
      pod: pod({ containers: [{ name: 'a' }] }),
      expected: 'allowed',
    },
    {
      name: 'hostProcess false everywhere, windows pod',
      since: 'v1.0',
      pod: pod({
        os: { name: 'windows' },
        securityContext: hp(false),
        containers: [{ name: 'a', securityContext: hp(false) }],
      }),
      expected: 'allowed',
    },
    {
      name: 'hostProcess true at pod level only',
      since: 'v1.0',
      pod: pod({ securityContext: hp(true), containers: [{ name: 'a' }] }),
      expected: {
        reason: 'hostProcess',
        detail: 'pod must not set securityContext.windowsOptions.hostProcess=true',
        paths: [['spec', 'securityContext', 'windowsOptions', 'hostProcess']],
      },
    },
    {
      name: 'hostProcess true in an ephemeral container and an init container (visit order)',
      since: 'v1.0',
      pod: pod({
        containers: [{ name: 'c' }],
        ephemeralContainers: [{ name: 'e', securityContext: hp(true) }],
        initContainers: [{ name: 'i', securityContext: hp(true) }],
      }),
      expected: {
        reason: 'hostProcess',
        detail: 'containers "i", "e" must not set securityContext.windowsOptions.hostProcess=true',
        paths: [
          ['spec', 'initContainers', 0, 'securityContext', 'windowsOptions', 'hostProcess'],
          ['spec', 'ephemeralContainers', 0, 'securityContext', 'windowsOptions', 'hostProcess'],
        ],
      },
    },
    {
      name: 'hostProcess as the string "true" is the wrong type and counts as unset',
      since: 'v1.0',
      pod: pod({
        securityContext: hp('true'),
        containers: [{ name: 'a', securityContext: hp('yes') }],
      }),
      expected: 'allowed',
    },
    {
      name: 'containers is not a list and spec.securityContext is a string',
      since: 'v1.0',
      pod: pod({ securityContext: 'x', containers: { name: 'a' } }),
      expected: 'allowed',
    },
  ])
})
