/**
 * runAsNonRoot (restricted, v1.0; v1.35): containers must be required to run as a non-root user.
 *
 * Restricted fields:
 * - spec.securityContext.runAsNonRoot
 * - spec.{initContainers,containers,ephemeralContainers}[*].securityContext.runAsNonRoot
 * Allowed values: true. A container may leave it unset only when the pod level is true; a
 * pod-level false is forbidden even when every container sets true. spec.os does not matter.
 * From v1.35, a pod with spec.hostUsers explicitly false is allowed.
 *
 * Upstream: kubernetes/pod-security-admission policy/check_runAsNonRoot.go.
 */
import type { Path } from '../../report'
import { containersPhrase, setters } from '../format'
import { boolAt, containersOf, hostUsersFalse, POD_SC, podSecurityContext } from '../pod'
import { ALLOWED, type CheckResult, forbid, type PssCheck } from '../types'

function runAsNonRoot_1_0(pod: unknown): CheckResult {
  const podValue = boolAt(podSecurityContext(pod), 'runAsNonRoot')
  const podPath: Path = [...POD_SC, 'runAsNonRoot']
  const explicitPaths: Path[] = podValue === false ? [podPath] : []
  const explicit: string[] = []
  const implicit: string[] = []
  const implicitPaths: Path[] = []
  for (const c of containersOf(pod)) {
    const v = boolAt(c.sc, 'runAsNonRoot')
    const at: Path = [...c.path, 'securityContext', 'runAsNonRoot']
    if (v === false) {
      explicit.push(c.name)
      explicitPaths.push(at)
    } else if (v === undefined && podValue !== true) {
      implicit.push(c.name)
      implicitPaths.push(at)
    }
  }
  if (explicitPaths.length > 0) {
    return forbid(
      'runAsNonRoot != true',
      `${setters(podValue === false, explicit).join(' and ')} must not set securityContext.runAsNonRoot=false`,
      explicitPaths,
    )
  }
  if (implicit.length === 0) return ALLOWED
  return forbid(
    'runAsNonRoot != true',
    `pod or ${containersPhrase(implicit)} must set securityContext.runAsNonRoot=true`,
    [podPath, ...implicitPaths],
  )
}

function runAsNonRoot_1_35(pod: unknown): CheckResult {
  return hostUsersFalse(pod) ? ALLOWED : runAsNonRoot_1_0(pod)
}

export const runAsNonRoot: PssCheck = {
  id: 'runAsNonRoot',
  level: 'restricted',
  title: 'Run as non-root',
  protects:
    'Root in a container is root on the node unless a user namespace maps it away; requiring runAsNonRoot makes the kubelet refuse to start a container whose user is 0.',
  remediation:
    'Set spec.securityContext.runAsNonRoot to true (and do not set it to false in any container).',
  versions: [
    { since: 'v1.0', evaluate: runAsNonRoot_1_0 },
    { since: 'v1.35', evaluate: runAsNonRoot_1_35 },
  ],
}
