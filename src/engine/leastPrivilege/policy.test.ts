/**
 * The generated PodSecurityPolicy admits its pod unchanged and refuses a pod that asks for a little
 * more, judged by the engine's PodSecurityPolicy admission (which reproduces kubernetes/kubernetes
 * plugin/pkg/admission/security/podsecuritypolicy/admission.go and pkg/security/podsecuritypolicy).
 */
import { describe, expect, it } from 'vitest'
import { evaluate } from '..'
import { leastPrivilegePolicy } from '.'

const pod = (name: string, spec: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\nspec:\n${spec}`
const C = '  containers:\n  - name: main\n    image: alpine\n'

function admission(podText: string, policy: string) {
  const w = evaluate({ pod: podText, policy }).workloads[0]!
  const psp = w.podSecurityPolicy!
  return {
    allowed: psp.allowed,
    mutating: psp.candidates.find((c) => c.policy === psp.policy)?.mutating ?? null,
    errors: psp.errors,
  }
}

describe.each([
  {
    name: 'the seed pod: host PID/IPC and host port 9000',
    pod: pod(
      'seed',
      `  hostPID: true\n  hostIPC: true\n${C}    ports:\n    - {containerPort: 8080, hostPort: 9000}\n`,
    ),
    has: [
      'hostPID: true',
      'hostIPC: true',
      'hostPorts: [{min: 9000, max: 9000}]',
      'privileged: false',
    ],
    more: pod(
      'seed',
      `  hostPID: true\n  hostIPC: true\n${C}    ports:\n    - {containerPort: 8080, hostPort: 9001}\n`,
    ),
  },
  {
    name: 'an added capability',
    pod: pod(
      'caps',
      `${C}    securityContext:\n      capabilities: {add: [SYS_TIME], drop: [CHOWN]}\n`,
    ),
    has: ['allowedCapabilities: [SYS_TIME]', 'requiredDropCapabilities: [CHOWN]'],
    more: pod(
      'caps',
      `${C}    securityContext:\n      capabilities: {add: [SYS_TIME, NET_ADMIN], drop: [CHOWN]}\n`,
    ),
  },
  {
    name: 'a fixed user, read-only root, an emptyDir',
    pod: pod(
      'user',
      `${C}    securityContext: {runAsUser: 405, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false}\n    volumeMounts: [{name: v, mountPath: /v}]\n  volumes: [{name: v, emptyDir: {}}]\n`,
    ),
    has: [
      'runAsUser: {rule: MustRunAs, ranges: [{min: 405, max: 405}]}',
      'readOnlyRootFilesystem: true',
      'allowPrivilegeEscalation: false',
      'volumes: [emptyDir]',
    ],
    more: pod(
      'user',
      `${C}    securityContext: {runAsUser: 406, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false}\n    volumeMounts: [{name: v, mountPath: /v}]\n  volumes: [{name: v, emptyDir: {}}]\n`,
    ),
  },
  {
    name: 'a read-only hostPath',
    pod: pod(
      'logs',
      `${C}    volumeMounts: [{name: logs, mountPath: /logs, readOnly: true}]\n  volumes: [{name: logs, hostPath: {path: /var/log}}]\n`,
    ),
    has: ['volumes: [hostPath]', 'allowedHostPaths: [{pathPrefix: /var/log, readOnly: true}]'],
    more: pod(
      'logs',
      `${C}    volumeMounts: [{name: logs, mountPath: /logs, readOnly: true}]\n  volumes: [{name: logs, hostPath: {path: /etc}}]\n`,
    ),
  },
  {
    name: 'groups for a shared volume',
    pod: pod('groups', `  securityContext: {fsGroup: 555, supplementalGroups: [666, 777]}\n${C}`),
    has: [
      'fsGroup: {rule: MustRunAs, ranges: [{min: 555, max: 555}]}',
      'supplementalGroups: {rule: MustRunAs, ranges: [{min: 666, max: 666}, {min: 777, max: 777}]}',
    ],
    more: pod('groups', `  securityContext: {fsGroup: 556, supplementalGroups: [666, 777]}\n${C}`),
  },
])('$name', ({ pod: text, has, more }) => {
  const p = leastPrivilegePolicy(text)!

  it('admits the pod unchanged, by the engine', () => {
    expect(p.admitsUnchanged).toBe(true)
    expect(admission(text, p.yaml)).toEqual({ allowed: true, mutating: false, errors: [] })
  })

  it('is strict: the fields are the pod’s own', () => {
    for (const line of has) expect(p.yaml).toContain(line)
  })

  it('refuses a pod that asks for a little more', () => {
    expect(admission(more, p.yaml).allowed).toBe(false)
  })
})

it('gives null for a workload that is not there', () => {
  expect(leastPrivilegePolicy('# nothing\n')).toBeNull()
})
