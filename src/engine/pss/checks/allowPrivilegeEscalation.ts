/**
 * allowPrivilegeEscalation (restricted, v1.8; v1.25): privilege escalation must be disabled
 * explicitly.
 *
 * Restricted fields:
 * spec.{initContainers,containers,ephemeralContainers}[*].securityContext.allowPrivilegeEscalation
 * Allowed values: false (unset is forbidden). From v1.25, a pod with spec.os.name windows is
 * allowed without looking.
 *
 * Upstream: kubernetes/pod-security-admission policy/check_allowPrivilegeEscalation.go.
 */
import type { Path } from '../../report'
import { containersPhrase } from '../format'
import { boolAt, containersOf, isWindowsPod } from '../pod'
import { ALLOWED, type CheckResult, forbid, type PssCheck } from '../types'

function allowPrivilegeEscalation_1_8(pod: unknown): CheckResult {
  const names: string[] = []
  const paths: Path[] = []
  for (const c of containersOf(pod)) {
    if (boolAt(c.sc, 'allowPrivilegeEscalation') === false) continue
    names.push(c.name)
    paths.push([...c.path, 'securityContext', 'allowPrivilegeEscalation'])
  }
  if (names.length === 0) return ALLOWED
  return forbid(
    'allowPrivilegeEscalation != false',
    `${containersPhrase(names)} must set securityContext.allowPrivilegeEscalation=false`,
    paths,
  )
}

function allowPrivilegeEscalation_1_25(pod: unknown): CheckResult {
  return isWindowsPod(pod) ? ALLOWED : allowPrivilegeEscalation_1_8(pod)
}

export const allowPrivilegeEscalation: PssCheck = {
  id: 'allowPrivilegeEscalation',
  level: 'restricted',
  title: 'Privilege escalation',
  protects:
    'Unless no_new_privs is set, a process can gain more privileges than its parent through setuid binaries or file capabilities, turning a foothold into root.',
  remediation: 'Set securityContext.allowPrivilegeEscalation to false in every container.',
  versions: [
    { since: 'v1.8', evaluate: allowPrivilegeEscalation_1_8 },
    { since: 'v1.25', evaluate: allowPrivilegeEscalation_1_25 },
  ],
}
