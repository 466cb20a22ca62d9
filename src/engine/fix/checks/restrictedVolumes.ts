/**
 * restrictedVolumes (restricted): no safe fix; the volume type is a person's choice.
 * Upstream check: kubernetes/pod-security-admission policy/check_restrictedVolumes.go.
 */
import type { CheckFix } from '../types'

export const restrictedVolumes: CheckFix = {
  check: 'restrictedVolumes',
  decide:
    'decide whether the app can use an allowed volume type instead (configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected, secret); podplay cannot choose the storage for it',
}
