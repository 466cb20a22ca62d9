/**
 * hostPathVolumes (baseline): no safe fix; which storage the app needs is a person's choice.
 * Upstream check: kubernetes/pod-security-admission policy/check_hostPathVolumes.go.
 */
import type { CheckFix } from '../types'

export const hostPathVolumes: CheckFix = {
  check: 'hostPathVolumes',
  decide:
    'a hostPath volume gives the pod files of the node: decide whether the app really needs them; if not, use an emptyDir, a ConfigMap, a Secret or a PersistentVolumeClaim instead; if it does, the pod cannot meet this level',
}
