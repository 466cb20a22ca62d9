/**
 * windowsHostProcess (baseline): no safe fix.
 * Upstream check: kubernetes/pod-security-admission policy/check_windowsHostProcess.go.
 */
import type { CheckFix } from '../types'

export const windowsHostProcess: CheckFix = {
  check: 'windowsHostProcess',
  decide:
    'a Windows HostProcess container runs as a process on the node: it cannot meet baseline; decide whether the job needs the node at all',
}
