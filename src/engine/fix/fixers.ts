/**
 * For each Pod Security Standards check (pss/checks/*, upstream
 * kubernetes/pod-security-admission policy/check_*.go), the safe automatic fix of a violation as
 * field operations on the pod, or nothing when a person must decide. A fix is safe when it only
 * takes away something the standards forbid and Kubernetes' own default is the safe side: turning
 * host namespaces and privileged off, blocking privilege escalation, dropping capabilities,
 * requiring a non-root user, the runtime's default seccomp profile, the default /proc mount, and
 * removing host ports, forbidden added capabilities and unsafe sysctls. Choosing a user, a volume
 * type, an AppArmor or SELinux profile, or undoing an explicit Unconfined profile is left to a person.
 */
import { isObj } from '../obj'
import type { Path } from '../report'
import type { PssViolation } from '../pss/evaluate'
import type { FixValue } from './text'

export type FixOp =
  | { kind: 'set'; path: Path; value: FixValue }
  | { kind: 'append'; path: Path; value: FixValue }
  | { kind: 'remove'; path: Path }

type Fixer = (v: PssViolation, pod: unknown, exists: (path: Path) => boolean) => FixOp[]

function valueAt(root: unknown, path: Path): unknown {
  let node = root
  for (const part of path) {
    if (Array.isArray(node) && typeof part === 'number') node = node[part]
    else if (isObj(node) && typeof part === 'string' && Object.hasOwn(node, part)) node = node[part]
    else return undefined
  }
  return node
}

const setEach =
  (value: FixValue): Fixer =>
  (v) =>
    v.paths.map((path) => ({ kind: 'set', path, value }))

const POD_SC: Path = ['spec', 'securityContext']

/** The checks with a safe fix; the others are for a person to decide (DECISIONS). */
export const FIXERS: Readonly<Record<string, Fixer>> = {
  privileged: setEach(false),
  hostNamespaces: setEach(false),
  allowPrivilegeEscalation: setEach(false),
  procMount: setEach('Default'),
  procMount_restricted: setEach('Default'),
  // a host port the API server filled in (hostNetwork) goes away with hostNetwork
  hostPorts: (v, _pod, exists) => v.paths.filter(exists).map((path) => ({ kind: 'remove', path })),
  capabilities_baseline: (v) => v.paths.map((path) => ({ kind: 'remove', path })),
  capabilities_restricted: (v) =>
    v.paths.map((path) =>
      path[path.length - 1] === 'drop'
        ? { kind: 'append', path, value: 'ALL' }
        : { kind: 'remove', path },
    ),
  sysctls: (v) => v.paths.map((path) => ({ kind: 'remove', path: path.slice(0, -1) })),
  runAsNonRoot: (v, pod) => {
    const explicit = v.paths.filter((p) => valueAt(pod, p) === false)
    if (explicit.length > 0) return explicit.map((path) => ({ kind: 'set', path, value: true }))
    return [{ kind: 'set', path: [...POD_SC, 'runAsNonRoot'], value: true }]
  },
  seccompProfile_restricted: (v, pod) => {
    // only the "not set" case: an explicit profile (Unconfined) was someone's choice
    if (v.paths.some((p) => valueAt(pod, p) !== undefined)) return []
    if (valueAt(pod, [...POD_SC, 'seccompProfile']) !== undefined) return []
    return [{ kind: 'set', path: [...POD_SC, 'seccompProfile', 'type'], value: 'RuntimeDefault' }]
  },
}

/** What a person must decide, per check without a safe fix. */
export const DECISIONS: Readonly<Record<string, string>> = {
  hostPathVolumes:
    'a hostPath volume gives the pod files of the node: decide whether the app really needs them; if not, use an emptyDir, a ConfigMap, a Secret or a PersistentVolumeClaim instead; if it does, the pod cannot meet this level',
  restrictedVolumes:
    'decide whether the app can use an allowed volume type instead (configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected, secret); podplay cannot choose the storage for it',
  runAsUser:
    'runAsUser 0 runs the container as root: choose a non-zero user the image can run as (and give its files to that user or to fsGroup)',
  appArmorProfile:
    'an AppArmor profile was set to unconfined: decide whether the app runs under the runtime default (remove the setting or set type RuntimeDefault) or needs a Localhost profile written for it',
  seccompProfile_baseline:
    'the seccomp profile was set to Unconfined: decide whether the app runs under RuntimeDefault (or a Localhost profile written for it)',
  seccompProfile_restricted:
    'a seccomp profile was set to something other than RuntimeDefault or Localhost: decide whether the app runs under RuntimeDefault (or a Localhost profile written for it)',
  seLinuxOptions:
    'a custom SELinux type, user or role was set: decide whether the node’s SELinux policy needs it; if not, remove it',
  hostProbesAndHostLifecycle:
    'a probe or lifecycle handler names a host: decide whether it can target the pod’s own address (remove host)',
  windowsHostProcess:
    'a Windows HostProcess container runs as a process on the node: it cannot meet baseline; decide whether the job needs the node at all',
  hostPorts:
    'a host port remains: decide whether a Service can expose the app instead (then remove hostPort)',
}
