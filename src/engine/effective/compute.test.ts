import { describe, expect, it } from 'vitest'
import { evaluate } from '../index'
import type { EffectiveContainer } from '../report'
import { computeEffective } from './compute'

type Obj = Record<string, unknown>
const pod = (spec: Obj): Obj => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec })
const one = (sc: Obj | undefined, psc?: Obj, extra: Obj = {}): EffectiveContainer => {
  const e = computeEffective(
    pod({ securityContext: psc, containers: [{ name: 'c', securityContext: sc, ...extra }] }),
    { runtime: 'containerd' },
  )
  return e.containers[0]!
}

describe('identity: the container value, else the pod value, else the image', () => {
  const cases: {
    field: 'runAsUser' | 'runAsGroup' | 'runAsNonRoot'
    pod?: unknown
    container?: unknown
    value: unknown
    source: string
  }[] = [
    { field: 'runAsUser', value: null, source: 'image' },
    { field: 'runAsUser', pod: 1000, value: 1000, source: 'pod' },
    { field: 'runAsUser', container: 405, value: 405, source: 'container' },
    { field: 'runAsUser', pod: 1000, container: 405, value: 405, source: 'container' },
    { field: 'runAsUser', pod: 1000, container: 0, value: 0, source: 'container' },
    { field: 'runAsGroup', value: null, source: 'image' },
    { field: 'runAsGroup', pod: 3000, value: 3000, source: 'pod' },
    { field: 'runAsGroup', pod: 3000, container: 2000, value: 2000, source: 'container' },
    { field: 'runAsNonRoot', value: null, source: 'image' },
    { field: 'runAsNonRoot', pod: true, value: true, source: 'pod' },
    { field: 'runAsNonRoot', pod: true, container: false, value: false, source: 'container' },
    { field: 'runAsNonRoot', pod: false, container: true, value: true, source: 'container' },
  ]
  it.each(cases)(
    '$field: pod $pod, container $container -> $value ($source)',
    ({ field, pod: p, container, value, source }) => {
      const c = one(
        container === undefined ? {} : { [field]: container },
        p === undefined ? {} : { [field]: p },
      )
      expect(c[field]).toBe(value)
      expect(c.sources[field]).toBe(source)
    },
  )
})

describe('allowPrivilegeEscalation', () => {
  const cases: {
    name: string
    sc: Obj
    allowed: boolean
    reason: EffectiveContainer['allowPrivilegeEscalationReason']
  }[] = [
    {
      name: 'explicit false',
      sc: { allowPrivilegeEscalation: false },
      allowed: false,
      reason: 'explicit-false',
    },
    {
      name: 'explicit true',
      sc: { allowPrivilegeEscalation: true },
      allowed: true,
      reason: 'explicit-true',
    },
    { name: 'unset', sc: {}, allowed: true, reason: 'unset' },
    { name: 'privileged', sc: { privileged: true }, allowed: true, reason: 'privileged' },
    {
      // The API server refuses it (cluster-path.md §7.3); the kubelet would still set no_new_privs.
      name: 'privileged with false',
      sc: { privileged: true, allowPrivilegeEscalation: false },
      allowed: false,
      reason: 'explicit-false',
    },
    {
      name: 'privileged with true',
      sc: { privileged: true, allowPrivilegeEscalation: true },
      allowed: true,
      reason: 'explicit-true',
    },
    {
      name: 'SYS_ADMIN',
      sc: { capabilities: { add: ['SYS_ADMIN'] } },
      allowed: true,
      reason: 'sys-admin',
    },
    {
      // pkg/securitycontext/util.go AddNoNewPrivileges looks at the field only (§9.1).
      name: 'SYS_ADMIN with false',
      sc: { allowPrivilegeEscalation: false, capabilities: { add: ['SYS_ADMIN'] } },
      allowed: false,
      reason: 'explicit-false',
    },
    {
      name: 'CAP_SYS_ADMIN under containerd grants nothing: unset',
      sc: { capabilities: { add: ['CAP_SYS_ADMIN'] } },
      allowed: true,
      reason: 'unset',
    },
    {
      name: 'add ALL (includes SYS_ADMIN)',
      sc: { capabilities: { add: ['ALL'] } },
      allowed: true,
      reason: 'sys-admin',
    },
    {
      name: 'SYS_ADMIN added and dropped',
      sc: {
        allowPrivilegeEscalation: false,
        capabilities: { add: ['SYS_ADMIN'], drop: ['SYS_ADMIN'] },
      },
      allowed: false,
      reason: 'explicit-false',
    },
  ]
  it.each(cases)('$name -> $allowed ($reason)', ({ sc, allowed, reason }) => {
    const c = one(sc)
    expect([c.allowPrivilegeEscalation, c.allowPrivilegeEscalationReason]).toEqual([
      allowed,
      reason,
    ])
  })
})

describe('non-root: capabilities only in the bounding set', () => {
  const cases: { name: string; sc: Obj; psc?: Obj; bounding: boolean }[] = [
    { name: 'image user (root unless the image says otherwise)', sc: {}, bounding: false },
    { name: 'runAsUser 0', sc: { runAsUser: 0 }, bounding: false },
    { name: 'runAsUser 405', sc: { runAsUser: 405 }, bounding: true },
    { name: 'pod runAsUser 1000', sc: {}, psc: { runAsUser: 1000 }, bounding: true },
    {
      name: 'container root over pod non-root',
      sc: { runAsUser: 0 },
      psc: { runAsUser: 1000 },
      bounding: false,
    },
    { name: 'runAsNonRoot without a uid', sc: { runAsNonRoot: true }, bounding: true },
    {
      name: 'non-root but every capability dropped',
      sc: { runAsUser: 1000, capabilities: { drop: ['ALL'] } },
      bounding: false,
    },
    {
      name: 'privileged non-root: still no effective capabilities after exec',
      sc: { runAsUser: 1000, privileged: true },
      bounding: true,
    },
  ]
  it.each(cases)('$name -> $bounding', ({ sc, psc, bounding }) => {
    const e = computeEffective(
      pod({ securityContext: psc, containers: [{ name: 'c', securityContext: sc }] }),
      {
        runtime: 'containerd',
      },
    )
    expect(e.containers[0]!.capabilitiesBoundingOnly).toBe(bounding)
    expect(e.notes.some((n) => n.includes('bounding set'))).toBe(bounding)
  })
})

describe('containers', () => {
  it('visits init, regular and ephemeral containers with their type', () => {
    const e = computeEffective(
      pod({
        containers: [{ name: 'a' }, { name: 'b' }],
        initContainers: [{ name: 'i' }],
        ephemeralContainers: [{ name: 'e' }],
      }),
      { runtime: 'cri-o' },
    )
    expect(e.containers.map((c) => [c.name, c.type, c.capabilities.length])).toEqual([
      ['i', 'initContainer', 9],
      ['a', 'container', 9],
      ['b', 'container', 9],
      ['e', 'ephemeralContainer', 9],
    ])
    expect(e.runtime).toBe('cri-o')
  })

  it('privileged: all 41 capabilities, add and drop ignored', () => {
    const c = one({ privileged: true, capabilities: { drop: ['ALL'] } })
    expect([c.privileged, c.capabilities.length, c.dropped]).toEqual([true, 41, []])
  })

  it('read-only root filesystem and defaults', () => {
    expect(one({ readOnlyRootFilesystem: true }).readOnlyRootFilesystem).toBe(true)
    const c = one(undefined)
    expect([c.privileged, c.readOnlyRootFilesystem, c.runAsUser, c.procMount]).toEqual([
      false,
      false,
      null,
      'Default',
    ])
  })
})

describe('pod level', () => {
  it('host namespaces default to false, hostUsers to true', () => {
    const e = computeEffective(pod({ containers: [{ name: 'c' }] }), { runtime: 'containerd' })
    expect([e.hostNetwork, e.hostPID, e.hostIPC, e.hostUsers]).toEqual([false, false, false, true])
    const f = computeEffective(
      pod({ hostNetwork: true, hostPID: true, hostIPC: true, hostUsers: false, containers: [] }),
      { runtime: 'containerd' },
    )
    expect([f.hostNetwork, f.hostPID, f.hostIPC, f.hostUsers]).toEqual([true, true, true, false])
  })

  it('pod identity and groups', () => {
    const e = computeEffective(
      pod({
        securityContext: {
          runAsUser: 1,
          runAsGroup: 2,
          fsGroup: 555,
          supplementalGroups: [666, 777],
        },
        containers: [],
      }),
      { runtime: 'containerd' },
    )
    expect([e.runAsUser, e.runAsGroup, e.fsGroup, e.supplementalGroups]).toEqual([
      1,
      2,
      555,
      [666, 777],
    ])
  })

  it('host ports: protocol TCP by default, ephemeral containers have none', () => {
    const e = computeEffective(
      pod({
        containers: [
          {
            name: 'kubia',
            ports: [
              { containerPort: 8080, hostPort: 9000 },
              { containerPort: 53, hostPort: 53, protocol: 'UDP' },
              { containerPort: 80 },
            ],
          },
        ],
        ephemeralContainers: [{ name: 'e', ports: [{ containerPort: 1, hostPort: 1 }] }],
      }),
      { runtime: 'containerd' },
    )
    expect(e.hostPorts).toEqual([
      { container: 'kubia', containerPort: 8080, hostPort: 9000, protocol: 'TCP' },
      { container: 'kubia', containerPort: 53, hostPort: 53, protocol: 'UDP' },
    ])
  })

  it('hostNetwork binds every container port, as defaulted', () => {
    const e = computeEffective(
      pod({
        hostNetwork: true,
        initContainers: [{ name: 'i', ports: [{ containerPort: 53 }] }],
        containers: [
          { name: 'c', ports: [{ containerPort: 80 }, { containerPort: 8080, hostPort: 8080 }] },
        ],
      }),
      { runtime: 'containerd' },
    )
    expect(e.hostPorts).toEqual([
      { container: 'i', containerPort: 53, hostPort: 53, protocol: 'TCP', defaulted: true },
      { container: 'c', containerPort: 80, hostPort: 80, protocol: 'TCP', defaulted: true },
      { container: 'c', containerPort: 8080, hostPort: 8080, protocol: 'TCP' },
    ])
  })

  it('volumes: hostPath with its read-only state, a volume without source is emptyDir', () => {
    const e = computeEffective(
      pod({
        volumes: [
          { name: 'ro', hostPath: { path: '/etc' } },
          { name: 'rw', hostPath: { path: '/var/log' } },
          { name: 'mixed', hostPath: { path: '/data' } },
          { name: 'cfg', configMap: { name: 'x' } },
          { name: 'none' },
        ],
        initContainers: [{ name: 'i', volumeMounts: [{ name: 'mixed', mountPath: '/d' }] }],
        containers: [
          {
            name: 'c',
            volumeMounts: [
              { name: 'ro', mountPath: '/host/etc', readOnly: true },
              { name: 'rw', mountPath: '/logs' },
              { name: 'mixed', mountPath: '/d', readOnly: true },
            ],
          },
        ],
      }),
      { runtime: 'containerd' },
    )
    expect(e.volumes).toEqual([
      { name: 'ro', type: 'hostPath', hostPath: '/etc', readOnly: true },
      { name: 'rw', type: 'hostPath', hostPath: '/var/log', readOnly: false },
      { name: 'mixed', type: 'hostPath', hostPath: '/data', readOnly: false },
      { name: 'cfg', type: 'configMap' },
      { name: 'none', type: 'emptyDir', defaulted: true },
    ])
  })
})

describe('through evaluate: defaults applied before admission are marked', () => {
  it('hostNetwork host ports and source-less volumes are marked as defaulted', () => {
    const text = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: p}',
      'spec:',
      '  hostNetwork: true',
      '  volumes: [{name: scratch}]',
      '  containers:',
      '  - name: web',
      '    ports: [{containerPort: 80}, {containerPort: 443, hostPort: 443}]',
    ].join('\n')
    const e = evaluate({ pod: text, policy: '' }).workloads[0]!.effective
    expect(e.hostPorts).toEqual([
      { container: 'web', containerPort: 80, hostPort: 80, protocol: 'TCP', defaulted: true },
      { container: 'web', containerPort: 443, hostPort: 443, protocol: 'TCP' },
    ])
    expect(e.volumes).toEqual([{ name: 'scratch', type: 'emptyDir', defaulted: true }])
  })
})

describe('the node: would each container start, would the kubelet admit the pod', () => {
  const run = (spec: Obj, runtime: 'containerd' | 'cri-o' = 'containerd', extra = {}) =>
    computeEffective(pod(spec), { runtime, ...extra })

  it('runAsNonRoot with runAsUser 0: the kubelet message, with the pod named as format.Pod', () => {
    const e = run(
      {
        securityContext: { runAsNonRoot: true },
        containers: [{ name: 'app', securityContext: { runAsUser: 0 } }, { name: 'ok' }],
      },
      'containerd',
      { namespace: 'shop' },
    )
    expect(e.containers.map((c) => [c.startError, c.startDepends !== null])).toEqual([
      [
        'container\'s runAsUser breaks non-root policy (pod: "p_shop(<uid>)", container: app)',
        false,
      ],
      [null, true],
    ])
  })

  it('podName and namespace given by the caller; `<pod>` and default without a name', () => {
    const sc = { runAsNonRoot: true, runAsUser: 0 }
    const named = computeEffective(pod({ containers: [{ name: 'c', securityContext: sc }] }), {
      runtime: 'containerd',
      podName: 'web-7d9f',
      namespace: 'prod',
    })
    expect(named.containers[0]!.startError).toContain('(pod: "web-7d9f_prod(<uid>)", container: c)')
    const template = computeEffective(
      { spec: { containers: [{ name: 'c', securityContext: sc }] } },
      {
        runtime: 'containerd',
      },
    )
    expect(template.containers[0]!.startError).toContain('(pod: "<pod>_default(<uid>)"')
  })

  it.each([
    ['containerd', null, true],
    ['cri-o', 'unknown capability "CAP_FLY" to add', false],
  ] as const)('an unknown capability under %s', (runtime, startError, note) => {
    const e = run(
      { containers: [{ name: 'c', securityContext: { capabilities: { add: ['FLY'] } } }] },
      runtime,
    )
    expect(e.containers[0]!.startError).toBe(startError)
    expect(e.containers[0]!.unknownCapabilities).toEqual(['FLY'])
    expect(e.notes.some((n) => n.includes('runc, which ignores names'))).toBe(note)
  })

  it('the kubelet error comes before the runtime error', () => {
    const e = run(
      {
        containers: [
          {
            name: 'c',
            securityContext: { runAsNonRoot: true, runAsUser: 0, capabilities: { add: ['FLY'] } },
          },
        ],
      },
      'cri-o',
    )
    expect(e.containers[0]!.startError).toMatch(/^container's runAsUser breaks non-root policy/)
  })

  it('privileged: seccomp Unconfined whatever the pod asks, with a note', () => {
    const e = run({
      securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
      containers: [{ name: 'p', securityContext: { privileged: true } }, { name: 'q' }],
    })
    expect(e.containers.map((c) => c.seccompProfile)).toEqual(['Unconfined', 'RuntimeDefault'])
    expect(e.notes.filter((n) => n.includes('seccomp'))).toHaveLength(1)
  })

  it('AppArmor: the container field, else the pod field', () => {
    const e = run({
      securityContext: { appArmorProfile: { type: 'RuntimeDefault' } },
      containers: [
        { name: 'a' },
        { name: 'b', securityContext: { appArmorProfile: { type: 'Unconfined' } } },
        { name: 'c', securityContext: { privileged: true } },
      ],
    })
    expect(e.containers.map((c) => c.appArmorProfile)).toEqual([
      'RuntimeDefault',
      'Unconfined',
      'Unconfined',
    ])
  })

  it('CRI-O: no_new_privs with CAP_SYS_ADMIN is set, and CRI-O logs that it has no effect', () => {
    const sc = { allowPrivilegeEscalation: false, capabilities: { add: ['SYS_ADMIN'] } }
    const e = run({ containers: [{ name: 'c', securityContext: sc }] }, 'cri-o')
    expect(e.containers[0]!.allowPrivilegeEscalation).toBe(false)
    expect(
      e.notes.some((n) => n.includes('has no effect because container has CAP_SYS_ADMIN')),
    ).toBe(true)
  })

  it('sysctls: the kubelet rejects the pod; --allowed-unsafe-sysctls admits it', () => {
    const spec = {
      securityContext: { sysctls: [{ name: 'kernel.msgmax', value: '1' }] },
      containers: [{ name: 'c' }],
    }
    expect(run(spec).kubeletRejection).toBe('forbidden sysctl: "kernel.msgmax" not allowlisted')
    expect(
      run(spec, 'containerd', { allowedUnsafeSysctls: ['kernel.msg*'] }).kubeletRejection,
    ).toBe(null)
    expect(run({ containers: [] }).kubeletRejection).toBe(null)
  })

  it('every container says whether it starts', () => {
    const e = run({ initContainers: [{ name: 'i' }], containers: [{ name: 'c' }] })
    expect(e.containers.map((c) => [c.startError, c.startDepends])).toEqual([
      [null, null],
      [null, null],
    ])
  })
})
