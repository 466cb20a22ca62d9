/**
 * appArmorProfile (baseline): no safe fix; an unconfined profile was chosen on purpose.
 * Upstream check: kubernetes/pod-security-admission policy/check_appArmorProfile.go.
 */
import type { CheckFix } from '../types'

export const appArmorProfile: CheckFix = {
  check: 'appArmorProfile',
  decide:
    'an AppArmor profile was set to unconfined: decide whether the app runs under the runtime default (remove the setting or set type RuntimeDefault) or needs a Localhost profile written for it',
}
