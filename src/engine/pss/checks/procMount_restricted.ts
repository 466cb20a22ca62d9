/**
 * procMount_restricted (restricted, v1.35; replaces procMount): unmasked /proc mounts, even in
 * user-namespaced pods.
 *
 * Restricted fields: spec.{initContainers,containers,ephemeralContainers}[*].securityContext.procMount
 * Allowed values: unset, Default (spec.hostUsers does not matter).
 *
 * Upstream: kubernetes/pod-security-admission policy/check_procMount_restricted.go.
 */
import { procMountViolations } from '../containers'
import type { PssCheck } from '../types'

export const procMount_restricted: PssCheck = {
  id: 'procMount_restricted',
  level: 'restricted',
  title: '/proc mount type (restricted)',
  protects:
    'The default /proc mount masks kernel paths that leak host information or allow changing kernel settings; the restricted level keeps them masked even inside a user namespace.',
  remediation: 'Remove securityContext.procMount or set it to Default in every container.',
  versions: [{ since: 'v1.35', evaluate: procMountViolations }],
  overrides: ['procMount'],
}
