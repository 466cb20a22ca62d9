/**
 * shareProcessNamespace with hostPID (validatePodSpecSecurityContext in
 * pkg/apis/core/validation/validation.go). Both fields live in the internal PodSecurityContext, so
 * the message says `spec.securityContext.shareProcessNamespace` for YAML's `spec.shareProcessNamespace`.
 */
import type { Obj } from '../obj'
import type { At } from './at'
import { type FieldError, invalid } from './errors'

export function shareProcessNamespaceError(spec: Obj, specAt: At): FieldError | null {
  if (spec.shareProcessNamespace !== true || spec.hostPID !== true) return null
  const at = specAt.child('securityContext', []).child('shareProcessNamespace')
  return invalid(at, 'true', 'ShareProcessNamespace and HostPID cannot both be enabled')
}
