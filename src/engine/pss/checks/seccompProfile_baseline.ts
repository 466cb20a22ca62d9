/**
 * seccompProfile_baseline (baseline; v1.0 annotations, v1.19 fields; at restricted replaced by
 * seccompProfile_restricted from v1.19): an explicitly disabled or unknown seccomp profile.
 *
 * v1.0 to v1.18, annotations only (the fields are ignored):
 * - metadata.annotations['seccomp.security.alpha.kubernetes.io/pod']
 * - metadata.annotations['container.seccomp.security.alpha.kubernetes.io/<name>'] for each visited
 *   container's name
 * Allowed values: absent, runtime/default, docker/default, localhost/* ("" is forbidden).
 *
 * v1.19 and later, fields only (the annotations are ignored):
 * - spec.securityContext.seccompProfile.type
 * - spec.{initContainers,containers,ephemeralContainers}[*].securityContext.seccompProfile.type
 * Allowed values: seccompProfile unset, or type RuntimeDefault or Localhost.
 *
 * Upstream: kubernetes/pod-security-admission policy/check_seccompProfile_baseline.go.
 */
import type { Path } from '../../report'
import { badSeccompFields, seccompDetail } from '../seccomp'
import { goQuote, pluralize, sortedSet } from '../format'
import { annotationsOf, containersOf } from '../pod'
import { ALLOWED, type CheckResult, forbid, type PssCheck } from '../types'

const POD_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod'
const CONTAINER_ANNOTATION_PREFIX = 'container.seccomp.security.alpha.kubernetes.io/'

function allowedAnnotation(value: string): boolean {
  return value === 'runtime/default' || value === 'docker/default' || value.startsWith('localhost/')
}

function seccompProfileBaseline_1_0(pod: unknown): CheckResult {
  const annotations = annotationsOf(pod)
  if (annotations === undefined) return ALLOWED
  const keys = [POD_ANNOTATION]
  for (const c of containersOf(pod)) keys.push(CONTAINER_ANNOTATION_PREFIX + c.name)
  const bad: string[] = []
  const paths: Path[] = []
  for (const key of new Set(keys)) {
    if (!Object.hasOwn(annotations, key)) continue
    const value = annotations[key]
    if (typeof value !== 'string' || allowedAnnotation(value)) continue
    bad.push(`${key}=${goQuote(value)}`)
    paths.push(['metadata', 'annotations', key])
  }
  if (bad.length === 0) return ALLOWED
  const list = sortedSet(bad)
  return forbid(
    'seccompProfile',
    `forbidden ${pluralize('annotation', 'annotations', list.length)} ${list.join(', ')}`,
    paths,
  )
}

function seccompProfileBaseline_1_19(pod: unknown): CheckResult {
  const bad = badSeccompFields(pod)
  if (bad.paths.length === 0) return ALLOWED
  return forbid('seccompProfile', seccompDetail(bad), bad.paths)
}

export const seccompProfile_baseline: PssCheck = {
  id: 'seccompProfile_baseline',
  level: 'baseline',
  title: 'Seccomp profile',
  protects:
    'Seccomp filters the system calls a container may make; turning it off (Unconfined) re-opens the kernel attack surface the default profile closes.',
  remediation:
    'Set seccompProfile.type to RuntimeDefault or Localhost, or leave it unset; never Unconfined.',
  versions: [
    { since: 'v1.0', evaluate: seccompProfileBaseline_1_0 },
    { since: 'v1.19', evaluate: seccompProfileBaseline_1_19 },
  ],
}
