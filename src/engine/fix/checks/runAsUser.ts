/**
 * runAsUser (restricted): no safe fix; which user the image can run as is a person's choice.
 * Upstream check: kubernetes/pod-security-admission policy/check_runAsUser.go.
 */
import type { CheckFix } from '../types'

export const runAsUser: CheckFix = {
  check: 'runAsUser',
  decide:
    'runAsUser 0 runs the container as root: choose a non-zero user the image can run as (and give its files to that user or to fsGroup)',
}
