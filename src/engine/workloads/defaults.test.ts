import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluate } from '../index'
import { REALWORLD_ROOT, realworldPresent } from '../testing/realworld'
import { applyPodDefaults, isDefaulted } from './defaults'

// kubernetes/kubernetes pkg/apis/core/v1/defaults.go: SetDefaults_Volume (every source pointer nil
// -> emptyDir {}) and SetDefaults_Pod / defaultHostNetworkPorts (hostNetwork: hostPort 0 ->
// containerPort, containers and init containers, not ephemeral containers).
describe('applyPodDefaults on a Pod', () => {
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
      name: 'an empty source object is a source (hostPath: {} stays, validation rejects it)',
      spec: { volumes: [{ name: 'a', hostPath: {} }] },
      expected: { volumes: [{ name: 'a', hostPath: {} }] },
      paths: [],
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
    const { pod: out, stored, applied } = applyPodDefaults(pod)
    expect(pod).toStrictEqual(before)
    expect(out).toStrictEqual({ metadata: { name: 'p' }, spec: expected })
    expect(stored).toBe(out)
    expect(applied.map((a) => a.path).sort()).toEqual([...paths].sort())
  })

  it('returns the input itself when no default applies', () => {
    const pod = { spec: { containers: [{ name: 'c' }], volumes: [{ name: 'v', emptyDir: {} }] } }
    const r = applyPodDefaults(pod)
    expect(r.pod).toBe(pod)
    expect(r.stored).toBe(pod)
    expect(r.applied).toEqual([])
  })

  it.each([null, 'x', [], { spec: 'x' }])('leaves %j alone', (pod) => {
    expect(applyPodDefaults(pod)).toEqual({ pod, stored: pod, applied: [], warnings: [] })
  })

  it('marks the defaulted volume and port copies (effective/compute reads isDefaulted)', () => {
    const { pod } = applyPodDefaults({
      spec: {
        hostNetwork: true,
        volumes: [{ name: 'data' }, { name: 'x', emptyDir: {} }],
        containers: [
          { name: 'web', ports: [{ containerPort: 80 }, { containerPort: 1, hostPort: 1 }] },
        ],
      },
    })
    const spec = (pod as { spec: { volumes: unknown[]; containers: { ports: unknown[] }[] } }).spec
    expect(spec.volumes.map(isDefaulted)).toEqual([true, false])
    expect(spec.containers[0]!.ports.map(isDefaulted)).toEqual([true, false])
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

  it('a key named __proto__ stays data in the copies', () => {
    const port = JSON.parse('{"containerPort":80,"__proto__":{"hostPort":1}}')
    const { pod } = applyPodDefaults({
      spec: { hostNetwork: true, containers: [{ name: 'c', ports: [port] }] },
    })
    type Out = { spec: { containers: { ports: Record<string, unknown>[] }[] } }
    const out = (pod as Out).spec.containers[0]!.ports[0]!
    expect(out.hostPort).toBe(80)
    expect(Object.hasOwn(out, '__proto__')).toBe(true)
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype)
  })
})

// Since 1.28 SetDefaults_Pod's hostNetwork ports apply to Pods only (pkg/apis/core/v1/defaults.go;
// PR kubernetes/kubernetes#117696; the gate DefaultHostNetworkHostPortsInPodTemplates, removed in
// 1.31 by PR #124417, restored the old template behaviour). podplay judges a template like the Pods
// its controller creates, which get the default: `pod` has it, `stored` (API validation) has not.
describe('applyPodDefaults on a workload template', () => {
  const template = {
    metadata: { labels: { app: 'a' } },
    spec: {
      hostNetwork: true,
      volumes: [{ name: 'v' }],
      containers: [{ name: 'c', ports: [{ containerPort: 80 }] }],
    },
  }
  it.each(['Deployment', 'DaemonSet', 'Job', 'CronJob', 'PodTemplate'])('%s', (kind) => {
    const r = applyPodDefaults(template, { kind, create: true })
    const withVolume = {
      ...template,
      spec: { ...template.spec, volumes: [{ name: 'v', emptyDir: {} }] },
    }
    expect(r.stored).toStrictEqual(withVolume)
    expect(r.pod).toStrictEqual({
      ...withVolume,
      spec: {
        ...withVolume.spec,
        containers: [{ name: 'c', ports: [{ containerPort: 80, hostPort: 80 }] }],
      },
    })
    expect(r.applied.map((a) => a.kind)).toEqual(['emptyDir', 'hostPort'])
    expect(r.applied[1]!.note).toContain('in each Pod the controller creates')
  })
})

// pkg/registry/core/pod/strategy.go PrepareForCreate -> applyAppArmorVersionSkew: Pods only, and
// only with `create` (Pod Security Admission's fixtures are judged without it). Cases of the sync
// itself: appArmorSync.test.ts.
describe('applyPodDefaults: the AppArmor sync', () => {
  const pod = {
    metadata: { annotations: { 'container.apparmor.security.beta.kubernetes.io/c': 'unconfined' } },
    spec: { containers: [{ name: 'c' }] },
  }
  it.each([
    ['Pod', true, 1],
    ['Pod', false, 0],
    ['Deployment', true, 0],
  ] as const)('%s, create %s: %i synced', (kind, create, n) => {
    const r = applyPodDefaults(pod, { kind, create })
    expect(r.applied.filter((a) => a.kind === 'appArmorProfile')).toHaveLength(n)
    expect(r.warnings).toHaveLength(n)
    expect(r.stored).toBe(r.pod)
  })
})

// End to end: the typed decoder removes `emptyDir: null` (a null field is unset: sigs.k8s.io/json
// decode.go literalStore), so the volume names no source and SetDefaults_Volume makes it emptyDir;
// every family then judges that emptyDir (the files are from ../shared/realworld).
describe.skipIf(!realworldPresent())(
  '`emptyDir:` with nothing after it, through evaluate()',
  () => {
    it.each(['pod-with-readonly-filesystem.yaml', 'pod-with-shared-volume-fsgroup.yaml'])(
      '%s',
      (file) => {
        const text = readFileSync(join(REALWORLD_ROOT, 'kubernetes-in-action', file), 'utf8')
        expect(text).toMatch(/emptyDir:\s*$/m)
        const report = evaluate({ pod: text, policy: '', options: { level: 'restricted' } })
        expect(report.problems.filter((p) => p.severity === 'error')).toEqual([])
        const w = report.workloads[0]!
        expect(w.apiServer?.allowed).toBe(true)
        expect(w.podSecurity!.violations.map((v) => v.check)).not.toContain('restrictedVolumes')
        expect(JSON.stringify(w.podSecurity)).not.toContain('unknown')
        expect(w.podSecurity!.levels?.baseline.allowed).toBe(true)
        expect(w.effective.volumes).toEqual([
          expect.objectContaining({ type: 'emptyDir', defaulted: true }),
        ])
      },
    )
  },
)

// End to end: API validation sees the stored template (hostPort 0), so a template does not get
// errors a real API server would not give; admission still judges the hostPort its Pods will get.
// pkg/apis/core/validation/validation.go validatePodHostNetworkDeps (ResourceIsPod false skips
// hostPort 0), AccumulateUniqueHostPorts (hostPort 0 skipped), validateContainerPorts.
describe('a hostNetwork template through evaluate()', () => {
  const deployment = (ports: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: d}
spec:
  selector: {matchLabels: {app: a}}
  template:
    metadata: {labels: {app: a}}
    spec:
      hostNetwork: true
      containers:
      - {name: a, image: x, ports: [${ports}]}
      - {name: b, image: x, ports: [{containerPort: 80}]}
`
  const pod = (ports: string) => `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  hostNetwork: true
  containers:
  - {name: a, image: x, ports: [${ports}]}
  - {name: b, image: x, ports: [{containerPort: 80}]}
`
  it.each([
    ['Deployment, two containers on port 80', deployment('{containerPort: 80}'), []],
    [
      'Pod, two containers on port 80',
      pod('{containerPort: 80}'),
      ['spec.containers[1].ports[0].hostPort: Duplicate value: "TCP//80"'],
    ],
    [
      'Deployment, hostPort differs',
      deployment('{containerPort: 81, hostPort: 9000}'),
      [
        'spec.template.spec.containers[0].ports[0].hostPort: Invalid value: 9000: must match `containerPort` when `hostNetwork` is true',
      ],
    ],
  ])('%s', (_name, text, errors) => {
    const report = evaluate({ pod: text, policy: '', options: { level: 'baseline' } })
    const w = report.workloads[0]!
    expect(w.apiServer?.errors).toEqual(errors)
    expect(w.podSecurity!.violations.map((v) => v.check)).toEqual(['hostNamespaces', 'hostPorts'])
    expect(w.effective.hostPorts.map((p) => p.hostPort).sort()).toEqual(
      text.includes('9000') ? [80, 9000] : [80, 80],
    )
  })
})
