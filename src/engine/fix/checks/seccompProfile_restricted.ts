/**
 * seccompProfile_restricted (restricted): when no profile is set, the fix sets the pod's to RuntimeDefault; an explicit profile (Unconfined) was someone's choice and is left to a person.
 * Upstream check: kubernetes/pod-security-admission policy/check_seccompProfile_restricted.go.
 */
import { type CheckFix, POD_SC, valueAt } from '../types'

export const seccompProfile_restricted: CheckFix = {
  check: 'seccompProfile_restricted',
  fix: (v, pod) => {
    if (v.paths.some((p) => valueAt(pod, p) !== undefined)) return []
    if (valueAt(pod, [...POD_SC, 'seccompProfile']) !== undefined) return []
    return [{ kind: 'set', path: [...POD_SC, 'seccompProfile', 'type'], value: 'RuntimeDefault' }]
  },
  decide:
    'a seccomp profile was set to something other than RuntimeDefault or Localhost: decide whether the app runs under RuntimeDefault (or a Localhost profile written for it)',
}
