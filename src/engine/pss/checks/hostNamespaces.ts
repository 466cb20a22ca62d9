/**
 * hostNamespaces (baseline, v1.0): sharing the node's network, PID or IPC namespace.
 *
 * Restricted fields: spec.hostNetwork, spec.hostPID, spec.hostIPC.
 * Allowed values: unset, false.
 *
 * Upstream: kubernetes/pod-security-admission policy/check_hostNamespaces.go.
 */
import type { Path } from '../../report'
import { boolAt, SPEC, specOf } from '../pod'
import { ALLOWED, type CheckResult, forbid, type PssCheck } from '../types'

const FIELDS = ['hostNetwork', 'hostPID', 'hostIPC'] as const

function hostNamespaces_1_0(pod: unknown): CheckResult {
  const spec = specOf(pod)
  const bad: string[] = []
  const paths: Path[] = []
  for (const field of FIELDS) {
    if (boolAt(spec, field) === true) {
      bad.push(`${field}=true`)
      paths.push([...SPEC, field])
    }
  }
  if (bad.length === 0) return ALLOWED
  return forbid('host namespaces', bad.join(', '), paths)
}

export const hostNamespaces: PssCheck = {
  id: 'hostNamespaces',
  level: 'baseline',
  title: 'Host namespaces',
  protects:
    'Sharing the node’s network, process or IPC namespace lets the pod see and talk to host services, sniff traffic and signal or inspect other processes on the node.',
  remediation: 'Remove spec.hostNetwork, spec.hostPID and spec.hostIPC or set them to false.',
  versions: [{ since: 'v1.0', evaluate: hostNamespaces_1_0 }],
}
