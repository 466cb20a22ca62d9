/**
 * seccompProfile_restricted (restricted, v1.19; v1.25; replaces seccompProfile_baseline): a seccomp
 * profile must be set, to RuntimeDefault or Localhost.
 *
 * Restricted fields:
 * - spec.securityContext.seccompProfile.type
 * - spec.{initContainers,containers,ephemeralContainers}[*].securityContext.seccompProfile.type
 * Allowed values: RuntimeDefault, Localhost. A container may leave it unset only when the pod level
 * sets a valid type; a bad pod-level type is forbidden even if every container is fine.
 * From v1.25, a pod with spec.os.name windows is allowed without looking.
 *
 * Upstream: kubernetes/pod-security-admission policy/check_seccompProfile_restricted.go.
 */
import type { Path } from '../../report'
import { containersPhrase } from '../format'
import { isWindowsPod, POD_SC } from '../pod'
import { badSeccompFields, seccompDetail } from '../seccomp'
import { ALLOWED, type CheckResult, forbid, type PssCheck } from '../types'

function seccompProfileRestricted_1_19(pod: unknown): CheckResult {
  const f = badSeccompFields(pod)
  if (f.paths.length > 0) return forbid('seccompProfile', seccompDetail(f), f.paths)
  if (f.podValid || f.unset.length === 0) return ALLOWED
  const paths: Path[] = [[...POD_SC, 'seccompProfile', 'type'], ...f.unset.map((u) => u.path)]
  return forbid(
    'seccompProfile',
    `pod or ${containersPhrase(f.unset.map((u) => u.name))} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`,
    paths,
  )
}

function seccompProfileRestricted_1_25(pod: unknown): CheckResult {
  return isWindowsPod(pod) ? ALLOWED : seccompProfileRestricted_1_19(pod)
}

export const seccompProfile_restricted: PssCheck = {
  id: 'seccompProfile_restricted',
  level: 'restricted',
  title: 'Seccomp profile required',
  protects:
    'Without a seccomp profile a container may make any system call, including rarely used ones that are a common path to kernel exploits; restricted requires the runtime default or a vetted local profile.',
  remediation:
    'Set spec.securityContext.seccompProfile.type to RuntimeDefault (or Localhost with a profile) for the pod, or in every container.',
  versions: [
    { since: 'v1.19', evaluate: seccompProfileRestricted_1_19 },
    { since: 'v1.25', evaluate: seccompProfileRestricted_1_25 },
  ],
  overrides: ['seccompProfile_baseline'],
}
