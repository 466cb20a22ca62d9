/**
 * `podplay diff` (cli-and-report.md): every kind of change in both directions. Each case is a
 * before/after pair of installs; the change must carry the field and direction given, and the same
 * pair swapped must carry the opposite direction. The facts come from the engine's report, whose
 * values follow Kubernetes (pod-security-admission's levels, the kubelet's and runtime's effective
 * settings, the NetworkPolicy semantics of the upstream conformance corpus).
 */
import { describe, expect, it } from 'vitest'
import { evaluate } from '..'
import type { EngineOptions } from '../report'
import { podYaml, RESTRICTED } from '../summary/fixtures'
import { type Direction, diffReports, grantsMore } from '.'

const diff = (before: string, after: string, policy = '', options: EngineOptions = {}) =>
  diffReports(evaluate({ pod: before, policy, options }), evaluate({ pod: after, policy, options }))

const OPPOSITE: Record<Direction, Direction> = { more: 'less', less: 'more', neutral: 'neutral' }
const C = 'effective.containers[main]'
const ns = (level: string) =>
  `apiVersion: v1\nkind: Namespace\nmetadata: {name: default, labels: {pod-security.kubernetes.io/enforce: ${level}}}\n---\n`
const psp = (privileged: boolean) =>
  `---\napiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata: {name: p}\nspec: {privileged: ${privileged}, seLinux: {rule: RunAsAny}, runAsUser: {rule: RunAsAny}, supplementalGroups: {rule: RunAsAny}, fsGroup: {rule: RunAsAny}, volumes: ["*"]}\n`
const served = (name: string) => podYaml(name, { container: 'ports: [{containerPort: 80}]' })
const DENY = `---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny, namespace: default}\nspec: {podSelector: {}, policyTypes: [Ingress]}\n`
const TWO = `${served('a')}---\n${served('b')}`
const NO_PODS = `---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata: {name: no-pods}
spec:
  failurePolicy: Fail
  matchConstraints:
    resourceRules: [{apiGroups: [""], apiVersions: [v1], operations: [CREATE], resources: [pods]}]
  validations: [{expression: "false"}]
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata: {name: no-pods-binding}
spec: {policyName: no-pods, validationActions: [Deny]}
`

// [case, before, after, field, before value, after value, direction of before -> after]
const cases: [string, string, string, string, unknown, unknown, Direction][] = [
  [
    'a capability gained',
    podYaml('p'),
    podYaml('p', { sc: 'capabilities: {add: [NET_ADMIN]}' }),
    `${C}.capabilities`,
    expect.not.arrayContaining(['NET_ADMIN']),
    expect.arrayContaining(['NET_ADMIN']),
    'more',
  ],
  [
    'host PID opened',
    podYaml('p'),
    podYaml('p', { spec: 'hostPID: true' }),
    'hostPID',
    false,
    true,
    'more',
  ],
  [
    'host IPC opened',
    podYaml('p'),
    podYaml('p', { spec: 'hostIPC: true' }),
    'hostIPC',
    false,
    true,
    'more',
  ],
  [
    'host network opened',
    podYaml('p'),
    podYaml('p', { spec: 'hostNetwork: true' }),
    'hostNetwork',
    false,
    true,
    'more',
  ],
  [
    'the user namespace given up',
    podYaml('p', { spec: 'hostUsers: false' }),
    podYaml('p'),
    'hostUsers',
    false,
    true,
    'more',
  ],
  [
    'a host port opened',
    podYaml('p'),
    podYaml('p', { container: 'ports: [{containerPort: 80, hostPort: 8080}]' }),
    'hostPorts',
    [],
    ['8080/TCP'],
    'more',
  ],
  [
    'a user changed to root',
    podYaml('p', { sc: 'runAsUser: 1000' }),
    podYaml('p', { sc: 'runAsUser: 0' }),
    `${C}.runAsUser`,
    1000,
    0,
    'more',
  ],
  [
    'runAsNonRoot dropped: the image decides',
    podYaml('p', { sc: 'runAsNonRoot: true' }),
    podYaml('p'),
    `${C}.runAsNonRoot`,
    true,
    null,
    'more',
  ],
  [
    'privileged turned on',
    podYaml('p'),
    podYaml('p', { sc: 'privileged: true' }),
    `${C}.privileged`,
    false,
    true,
    'more',
  ],
  [
    'privilege escalation turned on',
    podYaml('p', { sc: 'allowPrivilegeEscalation: false' }),
    podYaml('p'),
    `${C}.allowPrivilegeEscalation`,
    false,
    true,
    'more',
  ],
  [
    'a writable root filesystem',
    podYaml('p', { sc: 'readOnlyRootFilesystem: true' }),
    podYaml('p'),
    `${C}.readOnlyRootFilesystem`,
    true,
    false,
    'more',
  ],
  [
    'a hostPath added',
    podYaml('p'),
    podYaml('p', { spec: 'volumes: [{name: h, hostPath: {path: /var/run}}]' }),
    'effective.volumes.hostPath',
    [],
    ['/var/run (writable)'],
    'more',
  ],
  [
    'a lower highest Pod Security level',
    podYaml('p', { sc: RESTRICTED }),
    podYaml('p'),
    'podSecurity.highest',
    'restricted',
    'baseline',
    'more',
  ],
  [
    'enforce turns to allowed through a looser Namespace label',
    `${ns('restricted')}${podYaml('p')}`,
    `${ns('baseline')}${podYaml('p')}`,
    'podSecurity.allowed',
    false,
    true,
    'more',
  ],
  [
    'the enforced level lowered',
    `${ns('restricted')}${podYaml('p')}`,
    `${ns('baseline')}${podYaml('p')}`,
    'podSecurity.enforce',
    'restricted:latest',
    'baseline:latest',
    'more',
  ],
  [
    'PodSecurityPolicy turns to allowed through a looser policy',
    `${podYaml('p', { sc: 'privileged: true' })}${psp(false)}`,
    `${podYaml('p', { sc: 'privileged: true' })}${psp(true)}`,
    'podSecurityPolicy.allowed',
    false,
    true,
    'more',
  ],
  [
    'the API server turns to allowed, the pod as privileged as before',
    podYaml('p', { sc: 'privileged: true, allowPrivilegeEscalation: false' }),
    podYaml('p', { sc: 'privileged: true' }),
    'apiServer.allowed',
    false,
    true,
    'more',
  ],
  [
    'a container that did not start now starts as root',
    podYaml('p', { sc: 'runAsNonRoot: true, runAsUser: 0' }),
    podYaml('p', { sc: 'runAsUser: 0' }),
    'node.starts',
    false,
    true,
    'more',
  ],
  [
    'a ValidatingAdmissionPolicy denial lifted',
    `${podYaml('p')}${NO_PODS}`,
    podYaml('p'),
    'admissionPolicies.allowed',
    false,
    true,
    'more',
  ],
  [
    'a connection newly allowed',
    `${TWO}${DENY}`,
    TWO,
    'connection default/a -> default/b 80/TCP',
    'denied',
    'allowed',
    'more',
  ],
  [
    'a privileged workload added',
    podYaml('q'),
    `${podYaml('q')}---\n${podYaml('p', { sc: 'privileged: true' })}`,
    'workload',
    null,
    'present',
    'more',
  ],
  [
    'a privileged init container added',
    podYaml('p'),
    podYaml('p', {
      spec: 'initContainers: [{name: init, image: x, securityContext: {privileged: true}}]',
    }),
    'effective.initContainers[init]',
    null,
    'present',
    'more',
  ],
]

describe('podplay diff: every kind of change, both directions', () => {
  it.each(cases)('%s', (_case, before, after, field, b, a, direction) => {
    const forward = diff(before, after).changes.find((c) => c.field === field)
    expect(forward).toMatchObject({ before: b, after: a, direction })
    const backward = diff(after, before).changes.find((c) => c.field === field)
    expect(backward).toMatchObject({ before: a, after: b, direction: OPPOSITE[direction] })
    expect(grantsMore(diff(before, after))).toBe(direction === 'more')
  })
})

describe('neutral changes', () => {
  it.each([
    ['nothing changed', podYaml('p'), podYaml('p'), null],
    ['a restricted workload added', '', podYaml('p', { sc: RESTRICTED }), 'neutral'],
    [
      'one non-root user for another',
      podYaml('p', { sc: 'runAsUser: 1000' }),
      podYaml('p', { sc: 'runAsUser: 2000' }),
      'neutral',
    ],
  ])('%s', (_case, before, after, direction) => {
    const d = diff(before, after)
    expect(d.changes.map((c) => c.direction)).toEqual(direction ? [direction] : [])
    expect(grantsMore(d)).toBe(false)
  })

  it('a fix that makes the workload safer lets it through: the verdict is neutral', () => {
    const d = diff(podYaml('p', { sc: 'privileged: true' }), podYaml('p', { sc: RESTRICTED }), '', {
      level: 'restricted',
    })
    expect(d.changes.find((c) => c.field === 'podSecurity.allowed')).toMatchObject({
      before: false,
      after: true,
      direction: 'neutral',
    })
    expect(grantsMore(d)).toBe(false)
  })
})

describe('riskier first', () => {
  it('more before less before neutral; privileged before capabilities before network', () => {
    const before = `${podYaml('a', { sc: 'capabilities: {add: [SYS_TIME]}', container: 'ports: [{containerPort: 80}]' })}---\n${podYaml('b', { sc: 'runAsUser: 1000', container: 'ports: [{containerPort: 80}]' })}${DENY}`
    const after = `${podYaml('a', { sc: 'capabilities: {add: [NET_ADMIN]}', container: 'ports: [{containerPort: 80}]' })}---\n${podYaml('b', { sc: 'privileged: true, runAsUser: 2000', container: 'ports: [{containerPort: 80}]' })}`
    const d = diff(before, after)
    expect(d.changes.map((c) => `${c.direction} ${c.workload} ${c.field}`).slice(0, 3)).toEqual([
      'more Pod default/b effective.containers[main].privileged',
      'more Pod default/a effective.containers[main].capabilities',
      'more Pod default/b effective.containers[main].capabilities',
    ])
    const directions = d.changes.map((c) => c.direction)
    expect(directions).toEqual(
      [...directions].sort(
        (x, y) => ['more', 'less', 'neutral'].indexOf(x) - ['more', 'less', 'neutral'].indexOf(y),
      ),
    )
    expect(d.changes.find((c) => c.workload === 'network')?.direction).toBe('more')
  })

  it('says where each side stands', () => {
    const d = diff(`${podYaml('q')}---\n${podYaml('p')}`, podYaml('p', { spec: 'hostPID: true' }))
    expect(d.changes.find((c) => c.field === 'hostPID')?.at).toEqual({
      before: { editor: 'pod', line: 6 },
      after: { editor: 'pod', line: 1 },
    })
  })
})
