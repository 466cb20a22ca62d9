import { describe, expect, it } from 'vitest'
import { applyPodDefaults } from './defaults'

describe('applyPodDefaults', () => {
  const cases: {
    name: string
    spec: Record<string, unknown>
    expected: Record<string, unknown>
    paths: unknown[]
  }[] = [
    {
      name: 'a volume without a source becomes emptyDir',
      spec: { volumes: [{ name: 'a' }, { name: 'b', hostPath: { path: '/' } }], containers: [] },
      expected: {
        volumes: [
          { name: 'a', emptyDir: {} },
          { name: 'b', hostPath: { path: '/' } },
        ],
        containers: [],
      },
      paths: [['spec', 'volumes', 0]],
    },
    {
      name: 'hostNetwork fills hostPort for containers and init containers, not ephemeral ones',
      spec: {
        hostNetwork: true,
        initContainers: [{ name: 'i', ports: [{ containerPort: 53, protocol: 'UDP' }] }],
        containers: [
          {
            name: 'c',
            ports: [
              { containerPort: 80 },
              { containerPort: 443, hostPort: 0 },
              { containerPort: 8080, hostPort: 9000 },
            ],
          },
        ],
        ephemeralContainers: [{ name: 'e', ports: [{ containerPort: 22 }] }],
      },
      expected: {
        hostNetwork: true,
        initContainers: [
          { name: 'i', ports: [{ containerPort: 53, protocol: 'UDP', hostPort: 53 }] },
        ],
        containers: [
          {
            name: 'c',
            ports: [
              { containerPort: 80, hostPort: 80 },
              { containerPort: 443, hostPort: 443 },
              { containerPort: 8080, hostPort: 9000 },
            ],
          },
        ],
        ephemeralContainers: [{ name: 'e', ports: [{ containerPort: 22 }] }],
      },
      paths: [
        ['spec', 'containers', 0, 'ports', 0, 'hostPort'],
        ['spec', 'containers', 0, 'ports', 1, 'hostPort'],
        ['spec', 'initContainers', 0, 'ports', 0, 'hostPort'],
      ],
    },
    {
      name: 'without hostNetwork no host port is filled',
      spec: { hostNetwork: false, containers: [{ name: 'c', ports: [{ containerPort: 80 }] }] },
      expected: { hostNetwork: false, containers: [{ name: 'c', ports: [{ containerPort: 80 }] }] },
      paths: [],
    },
  ]
  it.each(cases)('$name', ({ spec, expected, paths }) => {
    const pod = { metadata: { name: 'p' }, spec }
    const before = structuredClone(pod)
    const { pod: out, applied } = applyPodDefaults(pod)
    expect(pod).toStrictEqual(before)
    expect(out).toStrictEqual({ metadata: { name: 'p' }, spec: expected })
    expect(applied.map((a) => a.path).sort()).toEqual([...paths].sort())
  })

  it('returns the input itself when no default applies', () => {
    const pod = { spec: { containers: [{ name: 'c' }], volumes: [{ name: 'v', emptyDir: {} }] } }
    const r = applyPodDefaults(pod)
    expect(r.pod).toBe(pod)
    expect(r.applied).toEqual([])
  })

  it.each([null, 'x', [], { spec: 'x' }])('leaves %j alone', (pod) => {
    expect(applyPodDefaults(pod)).toEqual({ pod, applied: [] })
  })

  it('the notes name the volume and the port', () => {
    const { applied } = applyPodDefaults({
      spec: {
        hostNetwork: true,
        volumes: [{ name: 'data' }],
        containers: [{ name: 'web', ports: [{ containerPort: 80 }] }],
      },
    })
    expect(applied.map((a) => a.kind)).toEqual(['emptyDir', 'hostPort'])
    expect(applied[0]!.note).toContain('"data"')
    expect(applied[1]!.note).toContain('port 80 of container "web"')
  })
})
