/**
 * Tolerant readers over an untrusted pod object (PSA's visitor.go, plus type guards): a field of
 * the wrong type reads as unset, nothing here throws.
 */
import { isObj, type Obj } from '../obj'
import type { Path } from '../report'

export { isObj, type Obj }

/** The object at `key` of `o`, if it is one. */
export function objAt(o: unknown, key: string): Obj | undefined {
  if (!isObj(o)) return undefined
  const v = o[key]
  return isObj(v) ? v : undefined
}

/** The string at `key`, if it is one. */
export function strAt(o: Obj | undefined, key: string): string | undefined {
  const v = o?.[key]
  return typeof v === 'string' ? v : undefined
}

/** The boolean at `key`, if it is one. */
export function boolAt(o: Obj | undefined, key: string): boolean | undefined {
  const v = o?.[key]
  return typeof v === 'boolean' ? v : undefined
}

/** The integer at `key`, if it is one. */
export function intAt(o: Obj | undefined, key: string): number | undefined {
  const v = o?.[key]
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined
}

/** The array at `key`, if it is one. */
export function arrAt(o: Obj | undefined, key: string): readonly unknown[] | undefined {
  const v = o?.[key]
  return Array.isArray(v) ? v : undefined
}

export const SPEC: Path = ['spec']
export const POD_SC: Path = ['spec', 'securityContext']

export function specOf(pod: unknown): Obj | undefined {
  return objAt(pod, 'spec')
}

export function podSecurityContext(pod: unknown): Obj | undefined {
  return objAt(specOf(pod), 'securityContext')
}

export function annotationsOf(pod: unknown): Obj | undefined {
  return objAt(objAt(pod, 'metadata'), 'annotations')
}

/** `spec.hostUsers` is explicitly false (a user-namespaced pod). */
export function hostUsersFalse(pod: unknown): boolean {
  return boolAt(specOf(pod), 'hostUsers') === false
}

/** `spec.os.name` is `windows`. */
export function isWindowsPod(pod: unknown): boolean {
  return strAt(objAt(specOf(pod), 'os'), 'name') === 'windows'
}

export interface ContainerRef {
  /** `name`, or "" when absent or not a string. */
  readonly name: string
  readonly container: Obj
  /** The container's `securityContext`, if it is an object. */
  readonly sc: Obj | undefined
  /** Path of the container, e.g. ['spec', 'initContainers', 0]. */
  readonly path: Path
}

const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'] as const

/**
 * Every container PSA visits, in its order: init containers, containers, ephemeral containers.
 * Entries that are not objects are skipped.
 */
export function containersOf(pod: unknown): readonly ContainerRef[] {
  // Every check visits the containers of the same pod in turn: remember the last answer.
  if (pod === lastPod && lastContainers !== null) return lastContainers
  const out = visitContainers(pod)
  lastPod = pod
  lastContainers = out
  return out
}

let lastPod: unknown = null
let lastContainers: readonly ContainerRef[] | null = null

function visitContainers(pod: unknown): readonly ContainerRef[] {
  const spec = specOf(pod)
  if (spec === undefined) return []
  const out: ContainerRef[] = []
  for (const list of CONTAINER_LISTS) {
    const items = arrAt(spec, list)
    if (items === undefined) continue
    for (let i = 0; i < items.length; i++) {
      const c = items[i]
      if (!isObj(c)) continue
      out.push({
        name: strAt(c, 'name') ?? '',
        container: c,
        sc: objAt(c, 'securityContext'),
        path: ['spec', list, i],
      })
    }
  }
  return out
}
