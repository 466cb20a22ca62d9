/**
 * The Pod defaults the API server applies before admission that change security results
 * (pod-security-standards.md §1, pod-security-policy.md §1):
 * - a volume that sets no volume source at all gets `emptyDir: {}`;
 * - in a `hostNetwork: true` pod, a container or init container port whose hostPort is unset or 0
 *   gets hostPort = containerPort.
 * Nothing else is defaulted. The input is never modified: changed parts are copied.
 */
import { isObj, type Obj } from '../obj'
import type { Path } from '../report'

export interface DefaultApplied {
  /** Path of the defaulted field, relative to the pod. */
  path: Path
  kind: 'emptyDir' | 'hostPort'
  note: string
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

export function applyPodDefaults(pod: unknown): { pod: unknown; applied: DefaultApplied[] } {
  if (!isObj(pod) || !isObj(pod.spec)) return { pod, applied: [] }
  const applied: DefaultApplied[] = []
  let spec: Obj = pod.spec

  if (Array.isArray(spec.volumes)) {
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
    if (changed) spec = { ...spec, volumes }
  }

  if (spec.hostNetwork === true) {
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
          if (
            (hp === undefined || hp === null || hp === 0) &&
            typeof p.containerPort === 'number'
          ) {
            portsChanged = true
            applied.push({
              path: ['spec', field, ci, 'ports', pi, 'hostPort'],
              kind: 'hostPort',
              note: `with hostNetwork, port ${p.containerPort} of container "${String(c.name ?? '')}" is bound on the node (hostPort defaults to containerPort)`,
            })
            return mark({ ...p, hostPort: p.containerPort })
          }
          return p
        })
        if (!portsChanged) return c
        changed = true
        return { ...c, ports }
      })
      if (changed) spec = { ...spec, [field]: next }
    }
  }

  if (spec === pod.spec) return { pod, applied }
  return { pod: { ...pod, spec }, applied }
}
