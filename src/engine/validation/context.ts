/** What the pod-spec rules need to know about the spec they judge, and small typed readers. */
import { CONTAINER_LISTS } from '../containers'
import { asObj, int, isObj, list, type Obj } from '../obj'
import type { At } from './at'

export interface SpecContext {
  spec: Obj
  /** `spec` for a Pod, `spec.template.spec` for a Deployment, ... */
  specAt: At
  /** The object is a Pod (opts.ResourceIsPod), not a template inside a workload. */
  isPod: boolean
  /** kube-apiserver --allow-privileged (true in kubeadm and most installers). */
  allowPrivileged: boolean
}

/** The container lists, from the one container visitor (engine/containers.ts). */
export const CONTAINER_NAMES = CONTAINER_LISTS.map((l) => l.field)

export const objOrNull = (v: unknown): Obj | null => asObj(v) ?? null
export const items = list
export const strOr = (v: unknown, fallback: string): string =>
  typeof v === 'string' ? v : fallback
export const intOrNull = int

/** A pointer field is set when the key holds a value (null and absent are nil). */
export const isSet = (o: Obj, key: string): boolean => o[key] !== undefined && o[key] !== null

/** The container's name, "" when unset (Go's zero value). */
export const nameOf = (c: unknown): string => (isObj(c) ? strOr(c.name, '') : '')

/**
 * Every container with its list and index, in podshelper.VisitContainersWithPath order:
 * init containers, containers, ephemeral containers.
 */
export function visitContainers(spec: Obj, specAt: At, visit: (c: Obj, at: At) => void): void {
  for (const { field } of CONTAINER_LISTS) {
    const cs = items(spec[field])
    if (cs.length === 0) continue
    const listAt = specAt.child(field)
    cs.forEach((c, i) => {
      if (isObj(c)) visit(c, listAt.index(i))
    })
  }
}

/** hostUsers defaults to true: only an explicit false turns user namespaces on. */
export const hostUsers = (spec: Obj): boolean => spec.hostUsers !== false
