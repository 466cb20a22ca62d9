/**
 * privileged (baseline): containers must not be privileged; the fix sets privileged to false.
 * Upstream check: kubernetes/pod-security-admission policy/check_privileged.go.
 */
import { type CheckFix, setEach } from '../types'

export const privileged: CheckFix = {
  check: 'privileged',
  fix: setEach(false),
}
