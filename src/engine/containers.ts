/**
 * The one container visitor: every container of a pod in the order Kubernetes visits them (init
 * containers, containers, ephemeral containers; PSA's visitor.go, the PodSecurityPolicy plugin,
 * the kubelet), entries that are not objects skipped.
 */
import { isObj, type Obj, objAt, strAt } from './obj'
import type { ContainerType, Path } from './report'

export const CONTAINER_LISTS = [
  { field: 'initContainers', type: 'initContainer' },
  { field: 'containers', type: 'container' },
  { field: 'ephemeralContainers', type: 'ephemeralContainer' },
] as const

export type ContainerField = (typeof CONTAINER_LISTS)[number]['field']

/** The list each kind of container stands in. */
export const LIST_OF: Readonly<Record<ContainerType, ContainerField>> = {
  initContainer: 'initContainers',
  container: 'containers',
  ephemeralContainer: 'ephemeralContainers',
}

export interface ContainerRef {
  /** `name`, or "" when absent or not a string. */
  readonly name: string
  readonly container: Obj
  /** The container's `securityContext`, if it is an object. */
  readonly sc: Obj | undefined
  /** Path of the container in the pod, e.g. ['spec', 'initContainers', 0]. */
  readonly path: Path
  readonly field: ContainerField
  readonly type: ContainerType
  /** Index in its list. */
  readonly index: number
}

/** Every container of the pod, visited afresh (for callers that change the pod as they go). */
export function visitContainers(pod: unknown): ContainerRef[] {
  const spec = objAt(pod, 'spec')
  if (spec === undefined) return []
  const out: ContainerRef[] = []
  for (const { field, type } of CONTAINER_LISTS) {
    const items = spec[field]
    if (!Array.isArray(items)) continue
    for (let index = 0; index < items.length; index++) {
      const container = items[index]
      if (!isObj(container)) continue
      out.push({
        name: strAt(container, 'name') ?? '',
        container,
        sc: objAt(container, 'securityContext'),
        path: ['spec', field, index],
        field,
        type,
        index,
      })
    }
  }
  return out
}

let lastPod: unknown = null
let lastContainers: readonly ContainerRef[] = []

/**
 * Every container of a pod nobody changes (the checks visit the same pod in turn, so the last
 * answer is remembered).
 */
export function containersOf(pod: unknown): readonly ContainerRef[] {
  if (pod !== lastPod) {
    lastContainers = visitContainers(pod)
    lastPod = pod
  }
  return lastContainers
}
