/**
 * hostPorts (baseline): the fix removes each hostPort written in the text (one the API server filled in from hostNetwork goes away with hostNetwork).
 * Upstream check: kubernetes/pod-security-admission policy/check_hostPorts.go.
 */
import type { CheckFix } from '../types'

export const hostPorts: CheckFix = {
  check: 'hostPorts',
  fix: (v, _pod, exists) => v.paths.filter(exists).map((path) => ({ kind: 'remove', path })),
  decide:
    'a host port remains: decide whether a Service can expose the app instead (then remove hostPort)',
}
