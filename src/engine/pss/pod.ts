/**
 * Tolerant readers over an untrusted pod object (PSA's visitor.go, plus type guards): a field of
 * the wrong type reads as unset, nothing here throws.
 */
import { boolAt, type Obj, objAt, strAt } from '../obj'
import type { Path } from '../report'

export { arrAt, boolAt, intAt, isObj, type Obj, objAt, strAt } from '../obj'

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

export { type ContainerRef, containersOf } from '../containers'
