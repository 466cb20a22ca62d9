/**
 * privileged when kube-apiserver runs with --allow-privileged=false (ValidateSecurityContext in
 * pkg/apis/core/validation/validation.go: capabilities.Get().AllowPrivileged). kubeadm and most
 * installers set --allow-privileged=true, which podplay assumes by default: then there is no error.
 */
import type { Obj } from '../obj'
import type { At } from './at'
import { type FieldError, forbidden } from './errors'

export function privilegedPolicyError(
  sc: Obj,
  at: At,
  allowPrivileged: boolean,
): FieldError | null {
  if (allowPrivileged || sc.privileged !== true) return null
  return forbidden(at.child('privileged'), 'disallowed by cluster policy')
}
