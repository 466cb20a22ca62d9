/**
 * hostProbesAndHostLifecycle (baseline): no safe fix; where the service listens is a person's knowledge.
 * Upstream check: kubernetes/pod-security-admission policy/check_hostProbesAndHostLifecycle.go.
 */
import type { CheckFix } from '../types'

export const hostProbesAndHostLifecycle: CheckFix = {
  check: 'hostProbesAndHostLifecycle',
  decide:
    'a probe or lifecycle handler names a host: decide whether it can target the pod’s own address (remove host)',
}
