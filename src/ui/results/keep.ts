/**
 * Structural sharing for the panel (issue 13): a new report of a workload, as the worker sends it,
 * is all new objects even where nothing changed (a keystroke changes one value of one container).
 * `keepEqual` gives back `next` with every part equal to the same part of `prev` replaced by that
 * part of `prev`, so the panel's memoized sections see the same objects and draw only what
 * changed. Pure; plain data only (what the worker sends: objects, arrays, strings, numbers,
 * booleans, null).
 */

const isPlain = (v: object) => {
  const proto = Object.getPrototypeOf(v)
  return proto === Object.prototype || proto === null
}

/** `next`, sharing with `prev` every part that is equal (`prev` itself when all of it is). */
export function keepEqual<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next)) return prev as T
  if (typeof prev !== 'object' || prev === null || typeof next !== 'object' || next === null)
    return next
  if (Array.isArray(prev) !== Array.isArray(next)) return next
  if (Array.isArray(next)) {
    const before = prev as readonly unknown[]
    let same = before.length === next.length
    const out = next.map((x, i) => {
      const kept = i < before.length ? keepEqual(before[i], x) : x
      if (kept !== before[i]) same = false
      return kept
    })
    return (same ? prev : out) as T
  }
  if (!isPlain(prev) || !isPlain(next)) return next
  const before = prev as Record<string, unknown>
  const after = next as Record<string, unknown>
  const keys = Object.keys(after)
  let same = keys.length === Object.keys(before).length
  // keys come from the input: defined, never assigned (no `__proto__` setter)
  const out: Record<string, unknown> =
    Object.getPrototypeOf(next) === null ? Object.create(null) : {}
  for (const k of keys) {
    const kept = Object.hasOwn(before, k) ? keepEqual(before[k], after[k]) : after[k]
    if (!Object.hasOwn(before, k) || kept !== before[k]) same = false
    Object.defineProperty(out, k, { value: kept, enumerable: true, writable: true })
  }
  return (same ? prev : out) as T
}
