/**
 * privileged (baseline, v1.0): privileged containers.
 *
 * Restricted fields: spec.{initContainers,containers,ephemeralContainers}[*].securityContext.privileged
 * Allowed values: unset, false.
 *
 * Upstream: kubernetes/pod-security-admission policy/check_privileged.go.
 */
import type { Path } from '../../report'
import { containersPhrase } from '../format'
import { boolAt, containersOf } from '../pod'
import { ALLOWED, type CheckResult, forbid, type PssCheck } from '../types'

function privileged_1_0(pod: unknown): CheckResult {
  const names: string[] = []
  const paths: Path[] = []
  for (const c of containersOf(pod)) {
    if (boolAt(c.sc, 'privileged') === true) {
      names.push(c.name)
      paths.push([...c.path, 'securityContext', 'privileged'])
    }
  }
  if (names.length === 0) return ALLOWED
  return forbid(
    'privileged',
    `${containersPhrase(names)} must not set securityContext.privileged=true`,
    paths,
  )
}

export const privileged: PssCheck = {
  id: 'privileged',
  level: 'baseline',
  title: 'Privileged containers',
  protects:
    'A privileged container gets every capability and all host devices, with no seccomp or AppArmor confinement: it is effectively root on the node.',
  remediation: 'Remove securityContext.privileged or set it to false in every container.',
  versions: [{ since: 'v1.0', evaluate: privileged_1_0 }],
}
