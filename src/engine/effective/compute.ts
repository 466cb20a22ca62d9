/**
 * What the pod would really get on the node (pod-security-policy.md §11, cluster-path.md §9): host
 * namespaces, host ports, volumes, the kubelet's admission of the pod (sysctls), and per container
 * its capabilities, identity, privilege escalation, profiles, root filesystem and whether it would
 * start. Container settings override pod settings.
 */
import type {
  EffectiveContainer,
  EffectiveSecurity,
  EffectiveVolume,
  HostPort,
  Runtime,
} from '../report'
import { visitContainers } from '../containers'
import { isDefaulted } from '../workloads/defaults'
import { container, withPolicyCapabilities } from './container'
import { kubeletSysctlRejection } from './kubeletSysctls'
import { CRIO_NO_NEW_PRIVS_SYS_ADMIN } from './noNewPrivs'
import { formatPod } from './runAsNonRoot'
import { int, isObj, list, obj } from '../obj'

const VOLUME_NON_SOURCE = new Set(['name'])

export interface EffectiveOptions {
  runtime: Runtime
  /** Container-relative field names the admission policy set (per container path), for sources. */
  policySet?: ReadonlySet<string>
  /** The pod as written, when `pod` is the pod as a policy admitted it (to mark what it added). */
  original?: unknown
  /**
   * The pod's name and namespace, for the kubelet's messages (`"<name>_<namespace>(<uid>)"`).
   * Default: `metadata.name` of `pod` (else `<pod>`, e.g. for a workload's generated pods) and
   * `default`. The UID is always the stand-in `<uid>`: the API server assigns it.
   */
  podName?: string
  namespace?: string
  /** The kubelet's `--allowed-unsafe-sysctls` (names or `prefix*` patterns); default none. */
  allowedUnsafeSysctls?: readonly string[]
}

export function computeEffective(pod: unknown, options: EffectiveOptions): EffectiveSecurity {
  const spec = obj(obj(pod).spec)
  const psc = obj(spec.securityContext)
  const hostNetwork = spec.hostNetwork === true
  const notes: string[] = []
  const policySet = options.policySet ?? new Set<string>()
  const metaName = obj(obj(pod).metadata).name
  const podLabel = formatPod(
    options.podName ?? (typeof metaName === 'string' && metaName !== '' ? metaName : '<pod>'),
    options.namespace ?? 'default',
  )
  const annotations = obj(obj(obj(pod).metadata).annotations)
  const ctx = { psc, annotations, runtime: options.runtime, policySet, pod: podLabel, notes }

  const hostPorts: HostPort[] = []
  const containers: EffectiveContainer[] = []
  for (const { container: raw, field, type, index, name: written } of visitContainers(pod)) {
    const name = written !== '' ? written : `${field}[${index}]`
    if (type !== 'ephemeralContainer') {
      for (const p of list(raw.ports)) {
        const port = obj(p)
        const containerPort = int(port.containerPort)
        const hostPort = int(port.hostPort) ?? 0
        if (containerPort === null) continue
        const protocol = typeof port.protocol === 'string' ? port.protocol : 'TCP'
        if (hostPort > 0)
          hostPorts.push({
            container: name,
            containerPort,
            hostPort,
            protocol,
            // applyPodDefaults filled it in (hostNetwork): still the default's doing
            ...(isDefaulted(p) ? { defaulted: true } : {}),
          })
        else if (hostNetwork)
          hostPorts.push({
            container: name,
            containerPort,
            hostPort: containerPort,
            protocol,
            defaulted: true,
          })
      }
    }
    containers.push(
      withPolicyCapabilities(
        container(raw, name, type, field, index, ctx),
        raw,
        options.original === undefined
          ? undefined
          : list(obj(obj(options.original).spec)[field])[index],
      ),
    )
  }

  const volumes: EffectiveVolume[] = list(spec.volumes).flatMap((raw) => {
    if (!isObj(raw)) return []
    const name = typeof raw.name === 'string' ? raw.name : ''
    const type = Object.keys(raw).find((k) => !VOLUME_NON_SOURCE.has(k))
    if (!type) return [{ name, type: 'emptyDir', defaulted: true }]
    const vol: EffectiveVolume = { name, type }
    if (isDefaulted(raw)) vol.defaulted = true
    if (type === 'hostPath') {
      const hp = obj(raw.hostPath)
      vol.hostPath = typeof hp.path === 'string' ? hp.path : ''
      const mounts = containers.flatMap((c) => c.volumeMounts.filter((m) => m.name === name))
      vol.readOnly = mounts.length > 0 && mounts.every((m) => m.readOnly)
    }
    return [vol]
  })

  if (hostNetwork && hostPorts.some((p) => p.defaulted)) {
    notes.push(
      'With hostNetwork, every container port is bound on the node: the API server sets hostPort = containerPort in each Pod (for a workload, in each Pod its controller creates).',
    )
  }
  if (volumes.some((v) => v.defaulted))
    notes.push('A volume without a source is an emptyDir (API default).')
  const nonRootCaps = containers.filter((c) => c.capabilitiesBoundingOnly)
  if (nonRootCaps.length > 0) {
    notes.push(
      'A container running as a non-root user keeps its capabilities only in the bounding set: after exec its effective and permitted sets are empty (ambient capabilities are cleared), unless a file capability grants them.',
    )
  }

  const unknownCaps = containers.filter((c) => c.unknownCapabilities.length > 0)
  if (options.runtime === 'containerd') {
    for (const c of unknownCaps) {
      notes.push(
        `Container "${c.name}": containerd passes CAP_ + the upper-cased name to runc, which ignores names it does not know (${c.unknownCapabilities.map((n) => JSON.stringify(n)).join(', ')}): no error, no capability. Write capability names without the CAP_ prefix.`,
      )
    }
  }
  if (options.runtime === 'cri-o') {
    for (const c of containers) {
      if (!c.allowPrivilegeEscalation && c.capabilities.includes('SYS_ADMIN')) {
        notes.push(
          `Container "${c.name}": no_new_privs is set (allowPrivilegeEscalation: false) although it has CAP_SYS_ADMIN; CRI-O logs "${CRIO_NO_NEW_PRIVS_SYS_ADMIN}".`,
        )
      }
    }
  }

  return {
    hostNetwork,
    hostPID: spec.hostPID === true,
    hostIPC: spec.hostIPC === true,
    hostUsers: spec.hostUsers !== false,
    hostPorts,
    containers,
    volumes,
    runAsUser: int(psc.runAsUser),
    runAsGroup: int(psc.runAsGroup),
    fsGroup: int(psc.fsGroup),
    supplementalGroups: list(psc.supplementalGroups).flatMap((g) =>
      int(g) === null ? [] : [g as number],
    ),
    runtime: options.runtime,
    kubeletRejection: kubeletSysctlRejection(pod, options.allowedUnsafeSysctls),
    notes,
  }
}
