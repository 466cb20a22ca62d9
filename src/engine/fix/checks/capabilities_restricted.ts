/**
 * capabilities_restricted (restricted): the fix adds ALL to capabilities.drop and removes every added capability but NET_BIND_SERVICE.
 * Upstream check: kubernetes/pod-security-admission policy/check_capabilities_restricted.go.
 */
import type { CheckFix } from '../types'

export const capabilities_restricted: CheckFix = {
  check: 'capabilities_restricted',
  fix: (v) =>
    v.paths.map((path) =>
      path[path.length - 1] === 'drop'
        ? { kind: 'append', path, value: 'ALL' }
        : { kind: 'remove', path },
    ),
}
