/**
 * runAsUser (restricted, v1.23; v1.35): containers must not be set to run as user 0.
 *
 * Restricted fields:
 * - spec.securityContext.runAsUser
 * - spec.{initContainers,containers,ephemeralContainers}[*].securityContext.runAsUser
 * Allowed values: unset or any non-zero value. From v1.35, a pod with spec.hostUsers explicitly
 * false is allowed.
 *
 * Upstream: kubernetes/pod-security-admission policy/check_runAsUser.go.
 */
import type { Path } from '../../report'
import { setters } from '../format'
import { containersOf, hostUsersFalse, intAt, POD_SC, podSecurityContext } from '../pod'
import { ALLOWED, type CheckResult, forbid, type PssCheck } from '../types'

function runAsUser_1_23(pod: unknown): CheckResult {
  const podBad = intAt(podSecurityContext(pod), 'runAsUser') === 0
  const paths: Path[] = podBad ? [[...POD_SC, 'runAsUser']] : []
  const names: string[] = []
  for (const c of containersOf(pod)) {
    if (intAt(c.sc, 'runAsUser') !== 0) continue
    names.push(c.name)
    paths.push([...c.path, 'securityContext', 'runAsUser'])
  }
  if (paths.length === 0) return ALLOWED
  return forbid(
    'runAsUser=0',
    `${setters(podBad, names).join(' and ')} must not set runAsUser=0`,
    paths,
  )
}

function runAsUser_1_35(pod: unknown): CheckResult {
  return hostUsersFalse(pod) ? ALLOWED : runAsUser_1_23(pod)
}

export const runAsUser: PssCheck = {
  id: 'runAsUser',
  level: 'restricted',
  title: 'Run as user 0',
  protects:
    'Setting runAsUser to 0 runs the container as root, which holds root’s file access and capabilities on the node’s kernel unless a user namespace maps it away.',
  remediation: 'Set runAsUser to a non-zero user ID, or leave it unset and rely on runAsNonRoot.',
  versions: [
    { since: 'v1.23', evaluate: runAsUser_1_23 },
    { since: 'v1.35', evaluate: runAsUser_1_35 },
  ],
}
