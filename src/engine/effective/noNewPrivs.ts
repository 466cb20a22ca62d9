/**
 * Privilege escalation as the kubelet sets it (cluster-path.md §9.1): `no_new_privs` is set exactly
 * when the container's own `allowPrivilegeEscalation` is `false` (kubernetes/kubernetes
 * `pkg/securitycontext/util.go` `AddNoNewPrivileges`, `pkg/kubelet/kuberuntime/security_context.go`).
 * Nothing else is looked at: not `privileged`, not capabilities. containerd applies the flag
 * (`internal/cri/server/container_create.go`), so does CRI-O, which only logs that it has no effect
 * with CAP_SYS_ADMIN (`internal/factory/container/container.go`).
 *
 * The reason says why the value is what it is. `privileged` and `sys-admin` are explanations given
 * only when the field is unset (escalation is allowed because nothing blocks it; the API
 * documentation adds that a privileged or CAP_SYS_ADMIN container may escalate anyway). With an
 * explicit value the reason is that value, even where the API server would refuse the pod
 * (`privileged` with `false`, §7.3): the node stage reports what the spec says.
 */
import type { EffectiveContainer } from '../report'

export type EscalationReason = EffectiveContainer['allowPrivilegeEscalationReason']

export interface Escalation {
  /** True unless the kubelet sets no_new_privs. */
  allowed: boolean
  reason: EscalationReason
}

export function privilegeEscalation(
  field: boolean | null,
  privileged: boolean,
  hasSysAdmin: boolean,
): Escalation {
  if (field === false) return { allowed: false, reason: 'explicit-false' }
  if (field === true) return { allowed: true, reason: 'explicit-true' }
  if (privileged) return { allowed: true, reason: 'privileged' }
  if (hasSysAdmin) return { allowed: true, reason: 'sys-admin' }
  return { allowed: true, reason: 'unset' }
}

/** CRI-O's log line when no_new_privs meets CAP_SYS_ADMIN (the flag is still set). */
export const CRIO_NO_NEW_PRIVS_SYS_ADMIN =
  'Setting `noNewPrivileges` flag has no effect because container has CAP_SYS_ADMIN capability'
