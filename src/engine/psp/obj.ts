/**
 * Tolerant access to untrusted pod and policy data: a value of the wrong type counts as unset.
 */
import { isObj, type Obj, setOwn } from '../obj'
import type { Path } from '../report'

export { asBool, asInt, asList, asObj, asStr, intList, isObj, strList } from '../obj'

/** Deep copy of JSON-like data. */
export function deepCopy<T>(v: T): T {
  if (Array.isArray(v)) return v.map(deepCopy) as T
  if (isObj(v)) {
    const out: Obj = {}
    for (const [k, x] of Object.entries(v)) setOwn(out, k, deepCopy(x))
    return out as T
  }
  return v
}

const isEmpty = (v: unknown) =>
  v === undefined || v === null || (Array.isArray(v) && v.length === 0)

/**
 * Kubernetes semantic equality, as far as JSON shows it: an absent value, null and an empty list
 * are equal; objects compare key by key.
 */
export function semanticEqual(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => semanticEqual(x, b[i]))
  }
  if (isObj(a) && isObj(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)])
    for (const k of keys) if (!semanticEqual(a[k], b[k])) return false
    return true
  }
  return Object.is(a, b)
}

/** The value at a path, or undefined. */
export function getIn(root: unknown, path: Path): unknown {
  let cur = root
  for (const part of path) {
    if (typeof part === 'number') cur = Array.isArray(cur) ? cur[part] : undefined
    else cur = isObj(cur) ? cur[part] : undefined
  }
  return cur
}

/** Sets a value at a path of string keys, creating (or replacing non-object) parents. */
export function setIn(root: Obj, path: Path, value: unknown): void {
  let cur: unknown = root
  for (let i = 0; i < path.length - 1; i++) {
    const part = path[i] as string | number
    const container = cur as Obj & unknown[]
    let next = container[part as never] as unknown
    if (typeof path[i + 1] === 'number' ? !Array.isArray(next) : !isObj(next)) {
      next = {}
      ;(container as Obj)[part as string] = next
    }
    cur = next
  }
  const last = path[path.length - 1]
  if (last !== undefined) (cur as Obj)[last as string] = value
}

/** Byte-order comparison of ASCII-safe strings (code units, never localeCompare). */
export const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
