/**
 * procMount (baseline, v1.0; v1.35; at restricted replaced by procMount_restricted from v1.35):
 * unmasked /proc mounts.
 *
 * Restricted fields: spec.{initContainers,containers,ephemeralContainers}[*].securityContext.procMount
 * Allowed values: unset, Default. From v1.35 any value is allowed when spec.hostUsers is explicitly
 * false (a user-namespaced pod).
 *
 * Upstream: kubernetes/pod-security-admission policy/check_procMount.go.
 */
import { procMountViolations } from '../containers'
import { hostUsersFalse } from '../pod'
import { ALLOWED, type CheckResult, type PssCheck } from '../types'

function procMount_1_35(pod: unknown): CheckResult {
  return hostUsersFalse(pod) ? ALLOWED : procMountViolations(pod)
}

export const procMount: PssCheck = {
  id: 'procMount',
  level: 'baseline',
  title: '/proc mount type',
  protects:
    'The default /proc mount masks and hides kernel paths that leak host information or allow changing kernel settings; Unmasked exposes them.',
  remediation:
    'Remove securityContext.procMount or set it to Default (Unmasked needs a user-namespaced pod, hostUsers: false).',
  versions: [
    { since: 'v1.0', evaluate: procMountViolations },
    { since: 'v1.35', evaluate: procMount_1_35 },
  ],
}
