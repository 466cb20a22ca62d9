/**
 * The seccomp and AppArmor profiles a container really runs with (cluster-path.md §9.6). The
 * kubelet sends the profile from the container's securityContext, else the pod's; the runtime
 * decides:
 * - containerd (`internal/cri/sputil/seccomp_linux.go` `GenerateSeccompSpecOpts`): a privileged
 *   container gets no seccomp profile, whatever was asked. AppArmor (`apparmor_linux.go`
 *   `GenerateApparmorSpecOpts`): `RuntimeDefault`, or no profile at all (the default profile is
 *   applied when none is given), is not applied to a privileged container; `Localhost` still is.
 * - CRI-O (`server/container_create.go`): a privileged container gets no seccomp profile unless
 *   the node sets `privileged_seccomp_profile` (CRI-O 1.33+, empty by default).
 * Pod Security Admission judges the field, not this outcome.
 */
import type { Runtime } from '../report'

export interface AppliedProfile {
  /** What the container runs with (`Unconfined` when the runtime applies none), or null: unset. */
  applied: string | null
  /** Set when the runtime ignores the requested profile: an explanation for the panel. */
  ignored: string | null
}

export function appliedSeccomp(
  requested: string | null,
  privileged: boolean,
  runtime: Runtime,
  container: string,
): AppliedProfile {
  if (!privileged) return { applied: requested, ignored: null }
  const ignored =
    requested === null || requested === 'Unconfined'
      ? null
      : runtime === 'containerd'
        ? `Container "${container}" is privileged: containerd applies no seccomp profile to a privileged container, so seccompProfile ${requested} is ignored (it runs Unconfined).`
        : `Container "${container}" is privileged: CRI-O applies no seccomp profile to a privileged container unless the node sets privileged_seccomp_profile (CRI-O 1.33+, empty by default), so seccompProfile ${requested} is ignored (it runs Unconfined).`
  return { applied: 'Unconfined', ignored }
}

export function appliedAppArmor(
  requested: string | null,
  privileged: boolean,
  runtime: Runtime,
  container: string,
): AppliedProfile {
  if (!privileged || runtime !== 'containerd') return { applied: requested, ignored: null }
  if (requested !== null && requested !== 'RuntimeDefault')
    return { applied: requested, ignored: null }
  return {
    applied: 'Unconfined',
    ignored:
      requested === null
        ? null
        : `Container "${container}" is privileged: containerd does not apply the RuntimeDefault AppArmor profile to a privileged container (it runs Unconfined).`,
  }
}
