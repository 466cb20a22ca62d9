import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseYamlForTests } from '../testing/yaml'
import type { Path } from '../report'
import { readPsp } from './read'
import { policy } from './testing/cases'
import type { Obj } from './types'

const errorsOf = (spec: Obj, annotations?: Record<string, string>) =>
  readPsp(policy(spec, annotations)).problems.filter((p) => p.severity === 'error')

const cases: {
  name: string
  spec: Obj
  annotations?: Record<string, string>
  problems: [Path, string][]
}[] = [
  {
    name: 'an unsupported runAsUser rule',
    spec: { runAsUser: { rule: 'MustRunAsRoot' } },
    problems: [
      [
        ['spec', 'runAsUser', 'rule'],
        'spec.runAsUser.rule: Unsupported value: "MustRunAsRoot": supported values: "MustRunAs", "MustRunAsNonRoot", "RunAsAny"',
      ],
    ],
  },
  {
    name: 'a missing seLinux (rule "")',
    spec: { seLinux: undefined },
    problems: [
      [
        ['spec', 'seLinux', 'rule'],
        'spec.seLinux.rule: Unsupported value: "": supported values: "MustRunAs", "RunAsAny"',
      ],
    ],
  },
  {
    name: 'runAsGroup MustRunAs without ranges',
    spec: { runAsGroup: { rule: 'MustRunAs' } },
    problems: [
      [
        ['spec', 'runAsGroup', 'ranges'],
        'spec.runAsGroup.ranges: Invalid value: []policy.IDRange(nil): must provide at least one range',
      ],
    ],
  },
  {
    name: 'runAsGroup RunAsAny with ranges',
    spec: { runAsGroup: { rule: 'RunAsAny', ranges: [{ min: 1, max: 2 }] } },
    problems: [
      [
        ['spec', 'runAsGroup', 'ranges'],
        'spec.runAsGroup.ranges: Invalid value: []policy.IDRange{policy.IDRange{Min:1, Max:2}}: Ranges must be empty',
      ],
    ],
  },
  {
    name: 'bad ranges',
    spec: {
      fsGroup: {
        rule: 'MustRunAs',
        ranges: [
          { min: 5, max: 1 },
          { min: -1, max: -2 },
        ],
      },
    },
    problems: [
      [
        ['spec', 'fsGroup', 'ranges', 0, 'min'],
        'spec.fsGroup.ranges[0].min: Invalid value: 5: min cannot be greater than max',
      ],
      [
        ['spec', 'fsGroup', 'ranges', 1, 'min'],
        'spec.fsGroup.ranges[1].min: Invalid value: -1: min cannot be negative',
      ],
      [
        ['spec', 'fsGroup', 'ranges', 1, 'max'],
        'spec.fsGroup.ranges[1].max: Invalid value: -2: max cannot be negative',
      ],
      [
        ['spec', 'fsGroup', 'ranges', 1, 'min'],
        'spec.fsGroup.ranges[1].min: Invalid value: -1: min cannot be greater than max',
      ],
    ],
  },
  {
    name: 'an unknown volume type (there is no none)',
    spec: { volumes: ['configMap', 'none'] },
    problems: [
      [
        ['spec', 'volumes', 1],
        expect.stringMatching(
          /^spec\.volumes: Unsupported value: "none": supported values: "\*", "awsElasticBlockStore", .*"vsphereVolume"$/,
        ) as unknown as string,
      ],
    ],
  },
  {
    name: 'a capability both allowed and required to drop',
    spec: {
      allowedCapabilities: ['NET_RAW'],
      defaultAddCapabilities: ['CHOWN'],
      requiredDropCapabilities: ['NET_RAW', 'CHOWN'],
    },
    problems: [
      [
        ['spec', 'defaultAddCapabilities', 0],
        'defaultAddCapabilities: Invalid value: "CHOWN": capability is listed in defaultAddCapabilities and requiredDropCapabilities',
      ],
      [
        ['spec', 'allowedCapabilities', 0],
        'allowedCapabilities: Invalid value: "NET_RAW": capability is listed in allowedCapabilities and requiredDropCapabilities',
      ],
    ],
  },
  {
    name: 'required drops with a wildcard',
    spec: { allowedCapabilities: ['*'], requiredDropCapabilities: ['NET_RAW'] },
    problems: [
      [
        ['spec', 'requiredDropCapabilities'],
        'requiredDropCapabilities: Invalid value: []core.Capability{"NET_RAW"}: must be empty when all capabilities are allowed by a wildcard',
      ],
    ],
  },
  {
    name: 'default escalation true with escalation false',
    spec: { allowPrivilegeEscalation: false, defaultAllowPrivilegeEscalation: true },
    problems: [
      [
        ['spec', 'defaultAllowPrivilegeEscalation'],
        'spec.defaultAllowPrivilegeEscalation: Invalid value: true: Cannot set DefaultAllowPrivilegeEscalation to true without also setting AllowPrivilegeEscalation to true',
      ],
    ],
  },
  {
    name: 'host paths: missing prefix stops the scan; .. segments',
    spec: {
      allowedHostPaths: [{ pathPrefix: '/a/../b' }, { readOnly: true }, { pathPrefix: '..' }],
    },
    problems: [
      [
        ['spec', 'allowedHostPaths', 0, 'pathPrefix'],
        `spec.allowedHostPaths[0]: Invalid value: "/a/../b": must not contain '..'`,
      ],
      [
        ['spec', 'allowedHostPaths', 1, 'pathPrefix'],
        'spec.allowedHostPaths[1]: Required value: is required',
      ],
    ],
  },
  {
    name: 'a flexVolume entry without driver',
    spec: { allowedFlexVolumes: [{}] },
    problems: [
      [
        ['spec', 'allowedFlexVolumes', 0, 'driver'],
        'spec.allowedFlexVolumes.allowedFlexVolumes[0].driver: Required value: must specify a driver',
      ],
    ],
  },
  {
    name: 'sysctls: * with others, overlap',
    spec: { allowedUnsafeSysctls: ['net.core.*'], forbiddenSysctls: ['*', 'net.core.somaxconn'] },
    problems: [
      [
        ['spec', 'forbiddenSysctls'],
        "spec.forbiddenSysctls.items: Forbidden: if '*' is present, must not specify other sysctls",
      ],
      [
        ['spec', 'allowedUnsafeSysctls', 0],
        'spec.allowedUnsafeSysctls[0]: Invalid value: "net.core.*": sysctl overlaps with *',
      ],
      [
        ['spec', 'forbiddenSysctls', 1],
        'spec.forbiddenSysctls[1]: Invalid value: "net.core.somaxconn": sysctl overlaps with net.core.*',
      ],
    ],
  },
  {
    name: 'procMount types',
    spec: { allowedProcMountTypes: ['Masked'] },
    problems: [
      [
        ['spec', 'allowedProcMountTypes', 0],
        'spec.allowedProcMountTypes[0]: Unsupported value: "Masked": supported values: "Default", "Unmasked"',
      ],
    ],
  },
  {
    name: 'runtime class default must be allowed',
    spec: {
      runtimeClass: { allowedRuntimeClassNames: ['kata'], defaultRuntimeClassName: 'gvisor' },
    },
    problems: [
      [
        ['spec', 'runtimeClass', 'defaultRuntimeClassName'],
        'spec.runtimeClass.allowedRuntimeClassNames: Required value: default "gvisor" must be allowed',
      ],
    ],
  },
  {
    name: 'profile annotations',
    spec: {},
    annotations: {
      'apparmor.security.beta.kubernetes.io/allowedProfileNames': 'runtime/default,docker/default',
      'seccomp.security.alpha.kubernetes.io/allowedProfileNames':
        '*,runtime/default,localhost/../x',
    },
    problems: [
      [
        ['metadata', 'annotations', 'apparmor.security.beta.kubernetes.io/allowedProfileNames'],
        'metadata.annotations[apparmor.security.beta.kubernetes.io/allowedProfileNames]: Invalid value: "runtime/default,docker/default": invalid AppArmor profile name: "docker/default"',
      ],
      [
        ['metadata', 'annotations', 'seccomp.security.alpha.kubernetes.io/allowedProfileNames'],
        `metadata.annotations[seccomp.security.alpha.kubernetes.io/allowedProfileNames]: Invalid value: "../x": must not contain '..'`,
      ],
    ],
  },
]

describe('readPsp: API validation', () => {
  it.each(cases)('$name', (c) => {
    const got = errorsOf(c.spec, c.annotations).map((p) => [p.path, p.message])
    expect(got).toEqual(c.problems)
    expect(readPsp(policy(c.spec, c.annotations)).valid).toBe(false)
  })

  it('applies the API default allowPrivilegeEscalation: true', () => {
    expect(readPsp(policy()).policy.allowPrivilegeEscalation).toBe(true)
  })

  it('reports wrong types at their key and leaves the policy out', () => {
    const r = readPsp(policy({ privileged: 'yes', volumes: 'all' }))
    expect(r.valid).toBe(false)
    expect(r.problems.map((p) => [p.path, p.message])).toEqual([
      [['spec', 'privileged'], 'spec.privileged: expected a boolean, got string'],
      [['spec', 'volumes'], 'spec.volumes: expected a list, got string'],
    ])
  })

  it('accepts extensions/v1beta1, refuses other kinds and versions', () => {
    expect(readPsp({ ...policy(), apiVersion: 'extensions/v1beta1' }).valid).toBe(true)
    expect(readPsp({ ...policy(), apiVersion: 'policy/v1' }).valid).toBe(false)
    expect(readPsp({ ...policy(), kind: 'Pod' }).valid).toBe(false)
    expect(readPsp('nonsense').valid).toBe(false)
  })

  it('ignores a namespace with a warning', () => {
    const r = readPsp({ ...policy(), metadata: { name: 'p', namespace: 'x' } })
    expect(r.valid).toBe(true)
    expect(r.problems).toEqual([
      {
        path: ['metadata', 'namespace'],
        severity: 'warning',
        message: 'metadata.namespace: ignored: PodSecurityPolicy is cluster-scoped',
      },
    ])
  })
})

describe('readPsp: valid but not buildable', () => {
  it.each([
    [{ runAsUser: { rule: 'MustRunAs' } }, 'MustRunAs requires at least one range'],
    [{ seLinux: { rule: 'MustRunAs' } }, 'MustRunAs requires SELinuxOptions'],
    [{ fsGroup: { rule: 'MayRunAs' } }, 'ranges must be supplied for MayRunAs'],
    [
      { fsGroup: { rule: 'MustRunAs' }, supplementalGroups: { rule: 'MustRunAs' } },
      '[ranges must be supplied for MustRunAs, ranges must be supplied for MustRunAs]',
    ],
  ] as [Obj, string][])('%j is skipped: %s', (spec, reason) => {
    const r = readPsp(policy(spec))
    expect(r.valid).toBe(true)
    expect(r.skipped).toBe(reason)
  })
})

const REALWORLD = fileURLToPath(new URL('../../../../shared/realworld', import.meta.url))
const FILES = [
  ...['kubernetes-website'].flatMap((d) => list(d).filter((f) => f.endsWith('-psp.yaml'))),
  ...list('kubernetes-in-action').filter((f) => /\/(psp-.*|pod-security-policy)\.yaml$/.test(f)),
  ...list('kubernetes-examples').filter((f) => f.endsWith('/policies.yaml')),
]

function list(dir: string): string[] {
  const full = join(REALWORLD, dir)
  return existsSync(full) ? readdirSync(full).map((f) => join(full, f)) : []
}

describe.skipIf(!existsSync(REALWORLD))(
  'real-world PodSecurityPolicies (/work/shared/realworld)',
  () => {
    it('finds the expected files', () => {
      expect(FILES.length).toBeGreaterThanOrEqual(9)
    })

    it.each(FILES)('%s reads without a problem', (file) => {
      const docs = parseYamlForTests(readFileSync(file, 'utf8')).filter(
        (d) => (d as Obj | null)?.kind === 'PodSecurityPolicy',
      )
      expect(docs.length).toBeGreaterThan(0)
      for (const doc of docs) {
        const r = readPsp(doc)
        expect(r.problems).toEqual([])
        expect(r.valid).toBe(true)
        expect(r.skipped).toBeNull()
      }
    })
  },
)

if (!existsSync(REALWORLD)) {
  describe('real-world PodSecurityPolicies', () => {
    it.skip(`skipped: ${REALWORLD} is absent on this machine`, () => {})
  })
}
