/**
 * procMount (baseline): the fix sets procMount to Default.
 * Upstream check: kubernetes/pod-security-admission policy/check_procMount.go.
 */
import { type CheckFix, setEach } from '../types'

export const procMount: CheckFix = {
  check: 'procMount',
  fix: setEach('Default'),
}
