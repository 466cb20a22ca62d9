/**
 * runAsNonRoot (restricted): the fix sets an explicit runAsNonRoot: false to true, else sets spec.securityContext.runAsNonRoot: true (the kubelet then refuses a container whose user is 0).
 * Upstream check: kubernetes/pod-security-admission policy/check_runAsNonRoot.go.
 */
import { type CheckFix, POD_SC, valueAt } from '../types'

export const runAsNonRoot: CheckFix = {
  check: 'runAsNonRoot',
  fix: (v, pod) => {
    const explicit = v.paths.filter((p) => valueAt(pod, p) === false)
    if (explicit.length > 0) return explicit.map((path) => ({ kind: 'set', path, value: true }))
    return [{ kind: 'set', path: [...POD_SC, 'runAsNonRoot'], value: true }]
  },
}
