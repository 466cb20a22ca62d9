/**
 * allowPrivilegeEscalation (restricted): the fix sets securityContext.allowPrivilegeEscalation to false in every container that does not.
 * Upstream check: kubernetes/pod-security-admission policy/check_allowPrivilegeEscalation.go.
 */
import { type CheckFix, setEach } from '../types'

export const allowPrivilegeEscalation: CheckFix = {
  check: 'allowPrivilegeEscalation',
  fix: setEach(false),
}
