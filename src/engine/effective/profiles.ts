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
import { type Obj, obj } from '../obj'
import type { Runtime } from '../report'

const profileType = (v: unknown): string | null => {
  const type = obj(v).type
  return typeof type === 'string' ? type : null
}

/** The seccomp type the kubelet sends: the container's, else the pod's. */
export function requestedSeccomp(sc: Obj, psc: Obj): string | null {
  return profileType(sc.seccompProfile) ?? profileType(psc.seccompProfile)
}

const APPARMOR_ANNOTATION = 'container.apparmor.security.beta.kubernetes.io/'

/**
 * The AppArmor type the kubelet sends (kubernetes/kubernetes `pkg/security/apparmor/helpers.go`
 * `GetProfile`): the container's field, else the deprecated per-container annotation (static pods
 * are not synced), else the pod's field. An annotation value that is none of `runtime/default`,
 * `unconfined`, `localhost/<p>` counts as absent.
 */
export function requestedAppArmor(
  sc: Obj,
  psc: Obj,
  annotations: Obj,
  container: string,
): string | null {
  const own = profileType(sc.appArmorProfile)
  if (own !== null) return own
  const value = Object.hasOwn(annotations, APPARMOR_ANNOTATION + container)
    ? annotations[APPARMOR_ANNOTATION + container]
    : undefined
  if (value === 'runtime/default') return 'RuntimeDefault'
  if (value === 'unconfined') return 'Unconfined'
  if (typeof value === 'string' && value.startsWith('localhost/')) return 'Localhost'
  return profileType(psc.appArmorProfile)
}

/**
 * A container whose seccompProfile is not set (applied null): the kubelet asks the runtime for
 * Unconfined, unless it runs with `--seccomp-default` (`seccompDefault: true` in its configuration,
 * GA in 1.27), which makes RuntimeDefault the default for every workload.
 */
export const SECCOMP_UNSET = {
  value: 'not set: Unconfined (unless the kubelet defaults to RuntimeDefault)',
  explanation:
    "No seccompProfile on the container or the pod: the container runs Unconfined, every system call allowed, unless the kubelet runs with --seccomp-default (seccompDefault: true in its configuration), which gives it RuntimeDefault, the runtime's default filter. Set seccompProfile.type: RuntimeDefault to be sure on every node.",
} as const

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
