/** What the pod-spec rules need to know about the spec they judge, and small typed readers. */
import { isObj, type Obj } from '../obj'
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

export const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'] as const
export type ContainerList = (typeof CONTAINER_LISTS)[number]

export const objOrNull = (v: unknown): Obj | null => (isObj(v) ? v : null)
export const items = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
export const strOr = (v: unknown, fallback: string): string =>
  typeof v === 'string' ? v : fallback
export const intOrNull = (v: unknown): number | null =>
  typeof v === 'number' && Number.isInteger(v) ? v : null

/** A pointer field is set when the key holds a value (null and absent are nil). */
export const isSet = (o: Obj, key: string): boolean => o[key] !== undefined && o[key] !== null

/** The container's name, "" when unset (Go's zero value). */
export const nameOf = (c: unknown): string => (isObj(c) ? strOr(c.name, '') : '')

/**
 * Every container with its list and index, in podshelper.VisitContainersWithPath order:
 * init containers, containers, ephemeral containers.
 */
export function visitContainers(spec: Obj, specAt: At, visit: (c: Obj, at: At) => void): void {
  for (const list of CONTAINER_LISTS) {
    const cs = items(spec[list])
    if (cs.length === 0) continue
    const listAt = specAt.child(list)
    cs.forEach((c, i) => {
      if (isObj(c)) visit(c, listAt.index(i))
    })
  }
}

/** hostUsers defaults to true: only an explicit false turns user namespaces on. */
export const hostUsers = (spec: Obj): boolean => spec.hostUsers !== false
