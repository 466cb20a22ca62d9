import { describe, expect, it } from 'vitest'
import { evaluate } from '../index'
import { appArmorFieldForAnnotation, syncAppArmorAnnotations } from './appArmorSync'

const KEY = 'container.apparmor.security.beta.kubernetes.io/'
const warning = (c: string) =>
  `metadata.annotations[${KEY}${c}]: deprecated since v1.30; use the "appArmorProfile" field instead`

// kubernetes/kubernetes pkg/api/pod/util.go ApparmorFieldForAnnotation
describe('appArmorFieldForAnnotation', () => {
  it.each([
    ['unconfined', { type: 'Unconfined' }],
    ['runtime/default', { type: 'RuntimeDefault' }],
    ['localhost/p', { type: 'Localhost', localhostProfile: 'p' }],
    ['localhost/ p', { type: 'Localhost', localhostProfile: ' p' }],
    ['localhost/', null],
    ['', null],
    ['Unconfined', null],
    ['docker/default', null],
  ])('%j -> %j', (value, field) => {
    expect(appArmorFieldForAnnotation(value)).toEqual(field)
  })
})

// kubernetes/kubernetes pkg/registry/core/pod/strategy.go applyAppArmorVersionSkew (PrepareForCreate);
// the validity test is ValidateAppArmorProfileField (pkg/apis/core/validation/validation.go).
describe('syncAppArmorAnnotations', () => {
  type Case = {
    name: string
    annotations: Record<string, unknown>
    spec: Record<string, unknown>
    /** The container profiles after the sync, per list, `undefined` when unset. */
    profiles: Record<string, unknown[]>
    warnings: string[]
  }
  const cases: Case[] = [
    {
      name: 'annotation unconfined, no field: copied, with a warning',
      annotations: { [`${KEY}app`]: 'unconfined' },
      spec: { containers: [{ name: 'app' }] },
      profiles: { containers: [{ type: 'Unconfined' }] },
      warnings: [warning('app')],
    },
    {
      name: 'runtime/default and localhost/<p>, init, regular and ephemeral containers',
      annotations: {
        [`${KEY}i`]: 'runtime/default',
        [`${KEY}c`]: 'localhost/my-profile',
        [`${KEY}e`]: 'unconfined',
      },
      spec: {
        initContainers: [{ name: 'i' }],
        containers: [{ name: 'c', securityContext: { runAsUser: 1 } }],
        ephemeralContainers: [{ name: 'e' }],
      },
      profiles: {
        initContainers: [{ type: 'RuntimeDefault' }],
        containers: [{ type: 'Localhost', localhostProfile: 'my-profile' }],
        ephemeralContainers: [{ type: 'Unconfined' }],
      },
      warnings: [warning('i'), warning('c'), warning('e')],
    },
    {
      name: 'the container field wins: nothing copied, no warning',
      annotations: { [`${KEY}app`]: 'unconfined' },
      spec: {
        containers: [
          { name: 'app', securityContext: { appArmorProfile: { type: 'RuntimeDefault' } } },
        ],
      },
      profiles: { containers: [{ type: 'RuntimeDefault' }] },
      warnings: [],
    },
    {
      name: 'equal to the pod-level profile: not copied, no warning',
      annotations: { [`${KEY}app`]: 'localhost/p' },
      spec: {
        securityContext: { appArmorProfile: { type: 'Localhost', localhostProfile: 'p' } },
        containers: [{ name: 'app' }],
      },
      profiles: { containers: [undefined] },
      warnings: [],
    },
    {
      name: 'different from the pod-level profile: copied',
      annotations: { [`${KEY}app`]: 'localhost/q' },
      spec: {
        securityContext: { appArmorProfile: { type: 'Localhost', localhostProfile: 'p' } },
        containers: [{ name: 'app' }],
      },
      profiles: { containers: [{ type: 'Localhost', localhostProfile: 'q' }] },
      warnings: [warning('app')],
    },
    {
      name: 'no valid field can be derived (unknown value, empty, padded profile): warning only',
      annotations: { [`${KEY}a`]: 'foo', [`${KEY}b`]: '', [`${KEY}c`]: 'localhost/ p' },
      spec: { containers: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] },
      profiles: { containers: [undefined, undefined, undefined] },
      warnings: [warning('a'), warning('b'), warning('c')],
    },
    {
      name: 'a profile longer than 4095 bytes is not copied',
      annotations: { [`${KEY}a`]: `localhost/${'x'.repeat(4096)}` },
      spec: { containers: [{ name: 'a' }] },
      profiles: { containers: [undefined] },
      warnings: [warning('a')],
    },
    {
      name: 'spec.os.name windows: skipped',
      annotations: { [`${KEY}app`]: 'unconfined' },
      spec: { os: { name: 'windows' }, containers: [{ name: 'app' }] },
      profiles: { containers: [undefined] },
      warnings: [],
    },
    {
      name: 'an annotation for no container: nothing (API validation reports it)',
      annotations: { [`${KEY}other`]: 'unconfined' },
      spec: { containers: [{ name: 'app' }] },
      profiles: { containers: [undefined] },
      warnings: [],
    },
    {
      name: 'two containers of one name: both synced (each visited)',
      annotations: { [`${KEY}a`]: 'unconfined' },
      spec: { containers: [{ name: 'a' }, { name: 'a' }] },
      profiles: { containers: [{ type: 'Unconfined' }, { type: 'Unconfined' }] },
      warnings: [warning('a'), warning('a')],
    },
  ]
  it.each(cases)('$name', ({ annotations, spec, profiles, warnings }) => {
    const pod = { metadata: { name: 'p', annotations }, spec }
    const before = structuredClone(pod)
    const r = syncAppArmorAnnotations(pod)
    expect(pod).toStrictEqual(before)
    const outSpec = (r.pod as { spec: Record<string, unknown> }).spec
    for (const [list, want] of Object.entries(profiles)) {
      const got = (outSpec[list] as { securityContext?: { appArmorProfile?: unknown } }[]).map(
        (c) => c.securityContext?.appArmorProfile,
      )
      expect(got).toEqual(want)
    }
    expect(r.warnings.map((w) => w.message)).toEqual(warnings)
    if (r.synced.length === 0) expect(r.pod).toBe(pod)
  })

  it('keeps the container’s other settings and the annotation', () => {
    const pod = {
      metadata: { annotations: { [`${KEY}c`]: 'unconfined' } },
      spec: { containers: [{ name: 'c', securityContext: { privileged: true } }] },
    }
    const r = syncAppArmorAnnotations(pod)
    expect(r.pod).toStrictEqual({
      metadata: pod.metadata,
      spec: {
        containers: [
          {
            name: 'c',
            securityContext: { privileged: true, appArmorProfile: { type: 'Unconfined' } },
          },
        ],
      },
    })
    expect(r.synced).toEqual([
      {
        path: ['spec', 'containers', 0, 'securityContext', 'appArmorProfile'],
        container: 'c',
        annotation: 'unconfined',
        profile: { type: 'Unconfined' },
      },
    ])
    expect(r.warnings[0]!.path).toEqual(['metadata', 'annotations', `${KEY}c`])
  })
})

// End to end (cluster-path.md §6): Pod Security Admission
// (pod-security-admission/policy/check_appArmorProfile.go) judges the synced Pod; a workload
// template is not synced (unconfirmed upstream for every workload strategy, §12).
describe('the AppArmor sync through evaluate()', () => {
  const pod = `apiVersion: v1
kind: Pod
metadata:
  name: p
  annotations:
    ${KEY}app: unconfined
spec:
  containers:
  - {name: app, image: x}
`
  const deployment = `apiVersion: apps/v1
kind: Deployment
metadata: {name: d}
spec:
  selector: {matchLabels: {a: b}}
  template:
    metadata:
      labels: {a: b}
      annotations:
        ${KEY}app: unconfined
    spec:
      containers:
      - {name: app, image: x}
`
  it.each([
    [
      'a Pod',
      pod,
      'forbidden AppArmor profiles',
      `container "app" and annotation must not set AppArmor profile type to "Unconfined", "${KEY}app="unconfined""`,
      [warning('app')],
    ],
    [
      'a Deployment',
      deployment,
      'forbidden AppArmor profile',
      `annotation must not set AppArmor profile type to "${KEY}app="unconfined""`,
      [],
    ],
  ])('%s', (_name, text, reason, detail, warnings) => {
    const report = evaluate({ pod: text, policy: '', options: { level: 'baseline' } })
    const w = report.workloads[0]!
    expect(w.apiServer?.errors).toEqual([])
    expect(w.podSecurity!.violations.map((v) => [v.reason, v.detail])).toEqual([[reason, detail]])
    expect(report.problems.filter((p) => p.code === 'api-warning').map((p) => p.message)).toEqual(
      warnings,
    )
  })
})
