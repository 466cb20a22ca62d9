/**
 * seccompProfile_baseline (baseline): no safe fix; Unconfined was chosen on purpose.
 * Upstream check: kubernetes/pod-security-admission policy/check_seccompProfile_baseline.go.
 */
import type { CheckFix } from '../types'

export const seccompProfile_baseline: CheckFix = {
  check: 'seccompProfile_baseline',
  decide:
    'the seccomp profile was set to Unconfined: decide whether the app runs under RuntimeDefault (or a Localhost profile written for it)',
}
