import { describe, expect, it } from 'vitest'
import { serverMessage, validateObject } from './index'

// Whole objects through ValidatePodCreate / ValidatePodTemplateSpec order
// (pkg/apis/core/validation/validation.go; cluster-path.md §7.2, §7.3).
const pod = (spec: object, metadata: object = { name: 'p' }) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata,
  spec: { containers: [{ name: 'app', image: 'nginx' }], ...spec },
})
const withSc = (sc: object) =>
  pod({ containers: [{ name: 'app', image: 'nginx', securityContext: sc }] })
const C = 'spec.containers[0]'

describe('validateObject on whole pods', () => {
  it.each([
    ['a good pod', pod({}), []],
    [
      'privileged without escalation',
      withSc({ privileged: true, allowPrivilegeEscalation: false }),
      [
        `${C}.securityContext: Invalid value: {"Capabilities":null,"Privileged":true,"SELinuxOptions":null,"WindowsOptions":null,"RunAsUser":null,"RunAsGroup":null,"RunAsNonRoot":null,"ReadOnlyRootFilesystem":null,"AllowPrivilegeEscalation":false,"ProcMount":null,"SeccompProfile":null,"AppArmorProfile":null}: cannot set \`allowPrivilegeEscalation\` to false and \`privileged\` to true`,
      ],
    ],
    [
      'runAsUser -1',
      withSc({ runAsUser: -1 }),
      [
        `${C}.securityContext.runAsUser: Invalid value: -1: must be between 0 and 2147483647, inclusive`,
      ],
    ],
    [
      'runAsNonRoot with runAsUser 0 passes the API',
      withSc({ runAsNonRoot: true, runAsUser: 0 }),
      [],
    ],
    [
      'capability names are not validated',
      withSc({ capabilities: { add: ['', 'FOO', 'SYS_ADMIN'] } }),
      [],
    ],
    [
      'hostNetwork with another hostPort',
      pod({
        hostNetwork: true,
        containers: [{ name: 'app', image: 'x', ports: [{ containerPort: 80, hostPort: 9000 }] }],
      }),
      [
        `${C}.ports[0].hostPort: Invalid value: 9000: must match \`containerPort\` when \`hostNetwork\` is true`,
      ],
    ],
    [
      'procMount Unmasked without hostUsers: false',
      withSc({ procMount: 'Unmasked' }),
      [
        `${C}.securityContext.procMount: Invalid value: "Unmasked": \`hostUsers\` must be false to use \`Unmasked\``,
      ],
    ],
    [
      'ephemeral containers on create',
      pod({ ephemeralContainers: [{ name: 'debug', image: 'busybox' }] }),
      ['spec.ephemeralContainers: Forbidden: cannot be set on create'],
    ],
    [
      'a missing name',
      pod({}, {}),
      ['metadata.name: Required value: name or generateName is required'],
    ],
  ])('%s', (_name, object, want) => {
    expect(validateObject({ kind: 'Pod', object }).errors.map((e) => e.message)).toEqual(want)
  })

  it('--allow-privileged=false forbids privileged (podplay assumes true)', () => {
    const object = withSc({ privileged: true })
    expect(validateObject({ kind: 'Pod', object }).errors).toEqual([])
    expect(
      validateObject({ kind: 'Pod', object, allowPrivileged: false }).errors.map((e) => e.message),
    ).toEqual([`${C}.securityContext.privileged: Forbidden: disallowed by cluster policy`])
  })

  it('the Pod-name warning only comes with a valid pod', () => {
    expect(validateObject({ kind: 'Pod', object: pod({}, { name: 'a.b' }) }).warnings).toEqual([
      "metadata.name: this is used in the Pod's hostname, which can result in surprising behavior; a DNS label is recommended: [must not contain dots]",
    ])
    const bad = pod(
      { containers: [{ name: 'app', image: 'x', securityContext: { runAsUser: -1 } }] },
      { name: 'a.b' },
    )
    expect(validateObject({ kind: 'Pod', object: bad }).warnings).toEqual([])
  })

  it('ignores kinds it does not validate', () => {
    expect(validateObject({ kind: 'ConfigMap', object: { metadata: {} } }).errors).toEqual([])
    expect(validateObject({ kind: 'Pod', object: null }).errors).toEqual([])
  })
})

describe('order of the errors (ValidatePodCreate)', () => {
  it('metadata, annotations, volumes, containers, init, ephemeral, host ports, pod context, hostUsers, create checks', () => {
    const object = {
      metadata: {
        name: 'P',
        annotations: {
          'seccomp.security.alpha.kubernetes.io/pod': 'foo',
          'container.apparmor.security.beta.kubernetes.io/ghost': 'runtime/default',
          'container.seccomp.security.alpha.kubernetes.io/app': 'unconfined',
        },
      },
      spec: {
        hostNetwork: true,
        hostUsers: false,
        volumes: [{ name: 'v', emptyDir: {}, secret: { secretName: 's' } }],
        containers: [
          {
            name: 'app',
            ports: [{ containerPort: 80, hostPort: 81 }],
            securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
          },
        ],
        initContainers: [{ name: 'app' }],
        ephemeralContainers: [{ name: 'dbg' }],
        securityContext: { fsGroup: -1 },
      },
    }
    expect(validateObject({ kind: 'Pod', object }).errors.map((e) => e.field)).toEqual([
      'metadata.name',
      'metadata.annotations.seccomp.security.alpha.kubernetes.io/pod',
      'metadata.annotations[container.apparmor.security.beta.kubernetes.io/ghost]',
      'spec.volumes[0].secret',
      'spec.initContainers[0].name',
      'spec.containers[0].ports[0].hostPort',
      'spec.securityContext.fsGroup',
      'spec.hostNetwork',
      'spec.ephemeralContainers',
      'spec.containers[0].securityContext.seccompProfile.type',
    ])
  })
})

describe('workloads get the pod rules under their template path', () => {
  const template = {
    metadata: { annotations: { 'container.apparmor.security.beta.kubernetes.io/x': 'foo' } },
    spec: {
      hostNetwork: true,
      containers: [
        {
          name: 'app',
          image: 'x',
          ports: [{ containerPort: 80 }],
          securityContext: { runAsGroup: -1 },
        },
      ],
    },
  }
  it.each([
    ['Deployment', { spec: { template } }, 'spec.template.'],
    ['ReplicaSet', { spec: { template } }, 'spec.template.'],
    ['StatefulSet', { spec: { template } }, 'spec.template.'],
    ['DaemonSet', { spec: { template } }, 'spec.template.'],
    ['Job', { spec: { template } }, 'spec.template.'],
    ['ReplicationController', { spec: { template } }, 'spec.template.'],
    [
      'CronJob',
      { spec: { jobTemplate: { spec: { template } } } },
      'spec.jobTemplate.spec.template.',
    ],
    ['PodTemplate', { template }, 'template.'],
  ])('%s (a template keeps hostPort 0 with hostNetwork)', (kind, rest, prefix) => {
    const r = validateObject({ kind, object: { metadata: { name: 'w' }, ...rest } })
    expect(r.errors.map((e) => e.message)).toEqual([
      `${prefix}annotations[container.apparmor.security.beta.kubernetes.io/x]: Invalid value: "x": container not found`,
      `${prefix}annotations[container.apparmor.security.beta.kubernetes.io/x]: Invalid value: "foo": invalid AppArmor profile name: "foo"`,
      `${prefix}spec.containers[0].securityContext.runAsGroup: Invalid value: -1: must be between 0 and 2147483647, inclusive`,
    ])
    const editor = prefix === 'template.' ? ['template'] : prefix.split('.').filter(Boolean)
    expect(r.errors[0]!.path).toEqual([
      ...editor,
      'metadata',
      'annotations',
      'container.apparmor.security.beta.kubernetes.io/x',
    ])
  })

  it('renders the server message with the group', () => {
    const r = validateObject({
      kind: 'Deployment',
      object: { metadata: { name: 'web' }, spec: { template: { spec: {} } } },
    })
    expect(
      serverMessage(
        'Deployment',
        'web',
        r.errors.map((e) => e.message),
      ),
    ).toBe('Deployment.apps "web" is invalid: spec.template.spec.containers: Required value')
  })
})
