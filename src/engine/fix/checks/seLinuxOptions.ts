/**
 * seLinuxOptions (baseline): no safe fix; the node's SELinux policy decides what is needed.
 * Upstream check: kubernetes/pod-security-admission policy/check_seLinuxOptions.go.
 */
import type { CheckFix } from '../types'

export const seLinuxOptions: CheckFix = {
  check: 'seLinuxOptions',
  decide:
    'a custom SELinux type, user or role was set: decide whether the node’s SELinux policy needs it; if not, remove it',
}
