import { describe } from 'vitest'
import { pod, runCheckTable } from '../testing/checkTable'
import { restrictedVolumes } from './restrictedVolumes'

describe('restrictedVolumes', () => {
  runCheckTable(restrictedVolumes, [
    {
      name: 'every allowed type',
      since: 'v1.0',
      pod: pod({
        volumes: [
          'configMap',
          'csi',
          'downwardAPI',
          'emptyDir',
          'ephemeral',
          'image',
          'persistentVolumeClaim',
          'projected',
          'secret',
        ].map((t, i) => ({ name: `v${i}`, [t]: {} })),
      }),
      expected: 'allowed',
    },
    {
      name: 'one hostPath volume',
      since: 'v1.0',
      pod: pod({ volumes: [{ name: 'root', hostPath: { path: '/' } }] }),
      expected: {
        reason: 'restricted volume types',
        detail: 'volume "root" uses restricted volume type "hostPath"',
        paths: [['spec', 'volumes', 0, 'hostPath']],
      },
    },
    {
      name: 'two volumes of one type: plural volumes, singular type',
      since: 'v1.0',
      pod: pod({
        volumes: [
          { name: 'a', nfs: {} },
          { name: 'b', nfs: {} },
        ],
      }),
      expected: {
        reason: 'restricted volume types',
        detail: 'volumes "a", "b" use restricted volume type "nfs"',
        paths: [
          ['spec', 'volumes', 0, 'nfs'],
          ['spec', 'volumes', 1, 'nfs'],
        ],
      },
    },
    {
      name: 'a volume with an allowed and a restricted source is allowed; first restricted type wins',
      since: 'v1.0',
      pod: pod({
        volumes: [
          { name: 'ok', secret: {}, hostPath: {} },
          { name: 'x', nfs: {}, hostPath: {} },
        ],
      }),
      expected: {
        reason: 'restricted volume types',
        detail: 'volume "x" uses restricted volume type "hostPath"',
        paths: [['spec', 'volumes', 1, 'hostPath']],
      },
    },
    {
      name: 'no source (not defaulted here) and a source of the wrong type are "unknown"',
      since: 'v1.0',
      pod: pod({ volumes: [{ name: 'a' }, { name: 'b', emptyDir: 'yes' }] }),
      expected: {
        reason: 'restricted volume types',
        detail: 'volumes "a", "b" use restricted volume type "unknown"',
        paths: [
          ['spec', 'volumes', 0],
          ['spec', 'volumes', 1],
        ],
      },
    },
  ])
})
