import { describe } from 'vitest'
import { pod, runCheckTable } from '../testing/checkTable'
import { hostPathVolumes } from './hostPathVolumes'

describe('hostPathVolumes', () => {
  runCheckTable(hostPathVolumes, [
    {
      name: 'no hostPath volume',
      since: 'v1.0',
      pod: pod({
        volumes: [
          { name: 'a', emptyDir: {} },
          { name: 'b', hostPath: null },
        ],
      }),
      expected: 'allowed',
    },
    {
      name: 'one hostPath volume after others',
      since: 'v1.0',
      pod: pod({
        volumes: [
          { name: 'a', emptyDir: {} },
          { name: 'root', hostPath: { path: '/' } },
        ],
      }),
      expected: {
        reason: 'hostPath volumes',
        detail: 'volume "root"',
        paths: [['spec', 'volumes', 1, 'hostPath']],
      },
    },
    {
      name: 'hostPath volumes keep spec order and an unnamed volume is ""',
      since: 'v1.0',
      pod: pod({ volumes: [{ name: 'z', hostPath: {} }, { hostPath: { path: '/x' } }] }),
      expected: {
        reason: 'hostPath volumes',
        detail: 'volumes "z", ""',
        paths: [
          ['spec', 'volumes', 0, 'hostPath'],
          ['spec', 'volumes', 1, 'hostPath'],
        ],
      },
    },
    {
      name: 'volumes that are not a list, and hostPath as a string, count as unset',
      since: 'v1.0',
      pod: pod({ volumes: { name: 'a', hostPath: {} } }),
      expected: 'allowed',
    },
  ])
})
