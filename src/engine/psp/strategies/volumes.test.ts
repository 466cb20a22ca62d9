import { describe, expect, it } from 'vitest'
import { pod, policy, run } from '../testing/cases'
import type { Obj } from '../types'
import { hasPathPrefix } from './volumes'

const vol = (name: string, source: Obj) => ({ name, ...source })
const hostPath = (name: string, path: string) => vol(name, { hostPath: { path } })

const cases: { name: string; spec: Obj; pod: Obj; errors: string[] }[] = [
  {
    name: 'an empty list allows no volume at all',
    spec: { volumes: [] },
    pod: pod({
      volumes: [vol('a', { configMap: { name: 'x' } }), vol('b', { projected: { sources: [] } })],
    }),
    errors: [
      'spec.volumes[0]: Invalid value: "configMap": configMap volumes are not allowed to be used',
      'spec.volumes[1]: Invalid value: "projected": projected volumes are not allowed to be used',
    ],
  },
  {
    name: 'the type of cephfs is cephFS',
    spec: { volumes: ['emptyDir'] },
    pod: pod({ volumes: [vol('a', { cephfs: { monitors: [] } })] }),
    errors: ['spec.volumes[0]: Invalid value: "cephFS": cephFS volumes are not allowed to be used'],
  },
  {
    name: 'listed types pass',
    spec: { volumes: ['secret', 'emptyDir'] },
    pod: pod({ volumes: [vol('a', { secret: {} }), vol('b', { emptyDir: {} })] }),
    errors: [],
  },
  {
    name: 'hostPath outside every allowed prefix',
    spec: { allowedHostPaths: [{ pathPrefix: '/foo' }] },
    pod: pod({ volumes: [hostPath('h', '/foobar'), hostPath('ok', '/foo/bar')] }),
    errors: [
      'spec.volumes[0].hostPath.pathPrefix: Invalid value: "/foobar": is not allowed to be used',
    ],
  },
  {
    name: 'read-only prefix: every writable mount is reported, init containers first',
    spec: { allowedHostPaths: [{ pathPrefix: '/var/log', readOnly: true }] },
    pod: pod({
      volumes: [hostPath('logs', '/var/log/app')],
      initContainers: [
        { name: 'i', image: 'x', volumeMounts: [{ name: 'logs', mountPath: '/l' }] },
      ],
      containers: [
        {
          name: 'c',
          image: 'x',
          volumeMounts: [
            { name: 'other', mountPath: '/o' },
            { name: 'logs', mountPath: '/l', readOnly: true },
            { name: 'logs', mountPath: '/m', readOnly: false },
          ],
        },
      ],
    }),
    errors: [
      'spec.initContainers[0].volumeMounts[0].readOnly: Invalid value: false: must be read-only',
      'spec.containers[0].volumeMounts[2].readOnly: Invalid value: false: must be read-only',
    ],
  },
  {
    name: 'a later writable match beats an earlier read-only one',
    spec: {
      allowedHostPaths: [{ pathPrefix: '/var', readOnly: true }, { pathPrefix: '/var/log' }],
    },
    pod: pod({
      volumes: [hostPath('logs', '/var/log')],
      containers: [{ name: 'c', image: 'x', volumeMounts: [{ name: 'logs', mountPath: '/l' }] }],
    }),
    errors: [],
  },
  {
    name: 'flexVolume driver not listed: the path ends in .driver',
    spec: { allowedFlexVolumes: [{ driver: 'example/lvm' }] },
    pod: pod({ volumes: [vol('f', { flexVolume: { driver: 'example/cifs' } })] }),
    errors: [
      'spec.volumes[0].driver: Invalid value: "example/cifs": Flexvolume driver is not allowed to be used',
    ],
  },
  {
    name: 'inline CSI driver not listed',
    spec: { allowedCSIDrivers: [{ name: 'a.example.com' }] },
    pod: pod({ volumes: [vol('c', { csi: { driver: 'b.example.com' } })] }),
    errors: [
      'spec.volumes[0].csi.driver: Invalid value: "b.example.com": Inline CSI driver is not allowed to be used',
    ],
  },
  {
    name: 'a volume whose type is refused is not checked further',
    spec: { volumes: ['emptyDir'], allowedHostPaths: [{ pathPrefix: '/ok' }] },
    pod: pod({ volumes: [hostPath('h', '/etc')] }),
    errors: [
      'spec.volumes[0]: Invalid value: "hostPath": hostPath volumes are not allowed to be used',
    ],
  },
]

describe('volumes', () => {
  it.each(cases)('$name', (c) => {
    const r = run(policy(c.spec), c.pod)
    expect(r.errors).toEqual(c.errors)
    expect(r.mutations).toEqual([])
  })

  it.each([
    ['/foo', '/foo', true],
    ['/foo/', '/foo', true],
    ['/foo/bar', '/foo/', true],
    ['/foobar', '/foo', false],
    ['/food', '/foo', false],
    ['/etc/foo', '/foo', false],
    ['/foo', '/foo/bar', false],
    ['/anything', '/', true],
  ] as const)('hasPathPrefix(%s, %s) = %s', (path, prefix, want) => {
    expect(hasPathPrefix(path, prefix)).toBe(want)
  })
})
