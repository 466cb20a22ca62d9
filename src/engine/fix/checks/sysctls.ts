/**
 * sysctls (baseline): the fix removes each sysctl outside the safe set.
 * Upstream check: kubernetes/pod-security-admission policy/check_sysctls.go.
 */
import type { CheckFix } from '../types'

export const sysctls: CheckFix = {
  check: 'sysctls',
  fix: (v) => v.paths.map((path) => ({ kind: 'remove', path: path.slice(0, -1) })),
}
