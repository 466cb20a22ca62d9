/**
 * procMount_restricted (restricted): the fix sets procMount to Default.
 * Upstream check: kubernetes/pod-security-admission policy/check_procMount_restricted.go.
 */
import { type CheckFix, setEach } from '../types'

export const procMount_restricted: CheckFix = {
  check: 'procMount_restricted',
  fix: setEach('Default'),
}
