/**
 * hostNamespaces (baseline): no hostNetwork, hostPID or hostIPC; the fix sets each to false.
 * Upstream check: kubernetes/pod-security-admission policy/check_hostNamespaces.go.
 */
import { type CheckFix, setEach } from '../types'

export const hostNamespaces: CheckFix = {
  check: 'hostNamespaces',
  fix: setEach(false),
}
