/**
 * capabilities_baseline (baseline): the fix removes each added capability outside the baseline set.
 * Upstream check: kubernetes/pod-security-admission policy/check_capabilities_baseline.go.
 */
import type { CheckFix } from '../types'

export const capabilities_baseline: CheckFix = {
  check: 'capabilities_baseline',
  fix: (v) => v.paths.map((path) => ({ kind: 'remove', path })),
}
