/**
 * What the API server does to a pod between decoding and API validation that changes security
 * results (cluster-path.md §1 steps 6 and 8, §6):
 * - `SetDefaults_Volume` (pkg/apis/core/v1/defaults.go): a volume that sets no volume source at all
 *   (only `name`; a source written as `null`, or `emptyDir:` with nothing after it, is removed by
 *   the typed decoder first) gets `emptyDir: {}`. Pods and templates.
 * - `SetDefaults_Pod` (same file, `defaultHostNetworkPorts`): in a `hostNetwork: true` pod, a port of
 *   a container or init container whose hostPort is unset or 0 gets hostPort = containerPort.
 *   Since 1.28 the API server applies it to Pods only (the gate DefaultHostNetworkHostPortsInPodTemplates
 *   that restored it for templates was removed in 1.31, PR 124417): a Deployment's template keeps
 *   hostPort 0 in storage and API validation, and every Pod its controller creates gets the default.
 *   podplay judges a workload like the pods its controller creates, so for a template the default is
 *   applied to the pod admission and the node see (`pod`) and not to the object API validation sees
 *   (`stored`).
 * - `PrepareForCreate` (pkg/registry/core/pod/strategy.go): the AppArmor annotation -> field sync,
 *   Pods only, on request (`create`); see ./appArmorSync.
 * Nothing else is defaulted. The input is never modified: changed parts are copied.
 */
import { isObj, type Obj } from '../obj'
import type { Path } from '../report'
import { type ServerWarning, syncAppArmorAnnotations } from './appArmorSync'

export type { ServerWarning } from './appArmorSync'

export interface DefaultApplied {
  /** Path of the defaulted field, relative to the pod. */
  path: Path
  kind: 'emptyDir' | 'hostPort' | 'appArmorProfile'
  note: string
}

export interface PodDefaultsOptions {
  /**
   * The kind of the object the pod belongs to: `Pod` (the default) or a workload kind whose
   * template this is. Decides where the hostNetwork hostPort default goes.
   */
  kind?: string
  /**
   * Also apply the create-time rewrites of `PrepareForCreate` (the AppArmor sync) when `kind` is
   * Pod. Off by default: Pod Security Admission's own fixtures are judged without them.
   */
  create?: boolean
}

export interface PodDefaults {
  /** The pod as admission and the node see it (a template: as its controller's Pods are created). */
  pod: unknown
  /** The pod as the API server stores and validates it: `pod` itself for a Pod; for a template,
   * without the hostNetwork hostPort default. */
  stored: unknown
  applied: DefaultApplied[]
  /** The API server's warnings about what it changed (AppArmor annotations). */
  warnings: ServerWarning[]
}

/** The volumes and ports a default was applied to (the copies applyPodDefaults made). */
const DEFAULTED = new WeakSet<object>()

/** Whether this volume or port object got its source or hostPort from an API default. */
export function isDefaulted(value: unknown): boolean {
  return typeof value === 'object' && value !== null && DEFAULTED.has(value)
}

function mark<T extends object>(value: T): T {
  DEFAULTED.add(value)
  return value
}

/** Keys of a Volume that are not a volume source. */
const NON_SOURCE_KEYS = new Set(['name'])

/** SetDefaults_Volume over `spec.volumes`; `spec` itself when nothing changed. */
function defaultVolumes(spec: Obj, applied: DefaultApplied[]): Obj {
  if (!Array.isArray(spec.volumes)) return spec
  let changed = false
  const volumes = spec.volumes.map((v, i) => {
    if (!isObj(v)) return v
    const hasSource = Object.keys(v).some((k) => !NON_SOURCE_KEYS.has(k))
    if (hasSource) return v
    changed = true
    applied.push({
      path: ['spec', 'volumes', i],
      kind: 'emptyDir',
      note: `volume "${String(v.name ?? '')}" names no source, so the API server makes it an emptyDir`,
    })
    return mark({ ...v, emptyDir: {} })
  })
  return changed ? { ...spec, volumes } : spec
}

/** defaultHostNetworkPorts over containers and init containers; `spec` when nothing changed. */
function defaultHostNetworkPorts(spec: Obj, template: boolean, applied: DefaultApplied[]): Obj {
  if (spec.hostNetwork !== true) return spec
  let out = spec
  for (const field of ['containers', 'initContainers'] as const) {
    const list = spec[field]
    if (!Array.isArray(list)) continue
    let changed = false
    const next = list.map((c, ci) => {
      if (!isObj(c) || !Array.isArray(c.ports)) return c
      let portsChanged = false
      const ports = c.ports.map((p, pi) => {
        if (!isObj(p)) return p
        const hp = p.hostPort
        if ((hp === undefined || hp === null || hp === 0) && typeof p.containerPort === 'number') {
          portsChanged = true
          const port = `port ${p.containerPort} of container "${String(c.name ?? '')}"`
          applied.push({
            path: ['spec', field, ci, 'ports', pi, 'hostPort'],
            kind: 'hostPort',
            note: template
              ? `with hostNetwork, ${port} will be bound on the node: the API server leaves the template's hostPort unset (since 1.28) and sets hostPort = containerPort in each Pod the controller creates`
              : `with hostNetwork, ${port} is bound on the node (hostPort defaults to containerPort)`,
          })
          return mark({ ...p, hostPort: p.containerPort })
        }
        return p
      })
      if (!portsChanged) return c
      changed = true
      return { ...c, ports }
    })
    if (changed) out = { ...out, [field]: next }
  }
  return out
}

function withSpec(pod: Obj, spec: Obj): Obj {
  return spec === pod.spec ? pod : { ...pod, spec }
}

export function applyPodDefaults(pod: unknown, options: PodDefaultsOptions = {}): PodDefaults {
  const isPod = (options.kind ?? 'Pod') === 'Pod'
  if (!isObj(pod) || !isObj(pod.spec)) return { pod, stored: pod, applied: [], warnings: [] }
  const applied: DefaultApplied[] = []

  // Decoding defaults (SetDefaults_Volume), then PrepareForCreate (Pods only).
  let stored = withSpec(pod, defaultVolumes(pod.spec, applied))
  let warnings: ServerWarning[] = []
  if (isPod && options.create === true) {
    const sync = syncAppArmorAnnotations(stored)
    if (isObj(sync.pod)) stored = sync.pod
    warnings = sync.warnings
    for (const s of sync.synced) {
      applied.push({
        path: s.path,
        kind: 'appArmorProfile',
        note: `the API server copies the annotation "${s.annotation}" of container "${s.container}" to its securityContext.appArmorProfile (type ${String(s.profile.type)})`,
      })
    }
  }

  // SetDefaults_Pod's hostNetwork ports: stored for a Pod, only in the created Pods for a template.
  const spec = isObj(stored.spec) ? stored.spec : {}
  const admitted = withSpec(stored, defaultHostNetworkPorts(spec, !isPod, applied))
  return { pod: admitted, stored: isPod ? admitted : stored, applied, warnings }
}
