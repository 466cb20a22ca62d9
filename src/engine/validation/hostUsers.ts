/**
 * hostUsers: false with a host namespace (validateHostUsers in
 * pkg/apis/core/validation/validation.go). The internal field names leak into the paths:
 * `spec.hostNetwork`, `spec.HostPID`, `spec.HostIPC`. hostNetwork would be allowed by the alpha gate
 * UserNamespacesHostNetworkSupport (off by default), which podplay assumes off.
 */
import { hostUsers, type SpecContext } from './context'
import { type FieldError, forbidden } from './errors'

const DETAIL = 'when `pod.Spec.HostUsers` is false'

export function hostUsersErrors(ctx: SpecContext): FieldError[] {
  const { spec, specAt } = ctx
  if (hostUsers(spec)) return []
  const errs: FieldError[] = []
  if (spec.hostNetwork === true) errs.push(forbidden(specAt.child('hostNetwork'), DETAIL))
  if (spec.hostPID === true) errs.push(forbidden(specAt.child('HostPID', ['hostPID']), DETAIL))
  if (spec.hostIPC === true) errs.push(forbidden(specAt.child('HostIPC', ['hostIPC']), DETAIL))
  return errs
}
