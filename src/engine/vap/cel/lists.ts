/**
 * Kubernetes lists library (k8s.io/apiserver/pkg/cel/library/lists.go): `isSorted`, `sum`, `min`,
 * `max`, `indexOf`, `lastIndexOf` over lists of comparable values (ints, doubles, strings, ...).
 */

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0
  if (
    (typeof a === 'number' || typeof a === 'bigint') &&
    (typeof b === 'number' || typeof b === 'bigint')
  ) {
    const x = Number(a)
    const y = Number(b)
    return x < y ? -1 : x > y ? 1 : 0
  }
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b)
  if (a && typeof a === 'object' && 'compareTo' in a && typeof a.compareTo === 'function')
    return Number((a as { compareTo(o: unknown): bigint }).compareTo(b))
  throw new Error(`no such overload: compare(${typeof a}, ${typeof b})`)
}

function equal(a: unknown, b: unknown): boolean {
  if (
    (typeof a === 'number' || typeof a === 'bigint') &&
    (typeof b === 'number' || typeof b === 'bigint')
  )
    return Number(a) === Number(b)
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => equal(x, b[i]))
  return a === b
}

export function isSorted(list: readonly unknown[]): boolean {
  for (let i = 1; i < list.length; i++) if (compare(list[i - 1], list[i]) > 0) return false
  return true
}

export function sum(list: readonly unknown[]): unknown {
  if (list.length === 0) return 0n
  let acc: unknown = list[0]
  for (const x of list.slice(1)) {
    if (typeof acc === 'bigint' && typeof x === 'bigint') {
      acc = acc + x
      if ((acc as bigint) > 9223372036854775807n || (acc as bigint) < -9223372036854775808n)
        throw new Error('integer overflow')
    } else if (typeof acc === 'number' && typeof x === 'number') acc = acc + x
    else if (acc && typeof acc === 'object' && 'add' in acc)
      acc = (acc as { add(o: unknown): unknown }).add(x)
    else throw new Error('no such overload: sum')
  }
  return acc
}

function extreme(list: readonly unknown[], sign: number, name: string): unknown {
  if (list.length === 0) throw new Error(`${name} called on empty list`)
  let best = list[0]
  for (const x of list.slice(1)) if (compare(x, best) * sign > 0) best = x
  return best
}

export const min = (list: readonly unknown[]): unknown => extreme(list, -1, 'min')
export const max = (list: readonly unknown[]): unknown => extreme(list, 1, 'max')

/** Index of the first element equal to `v` (or of the sublist `v`), else -1. */
export function indexOf(list: readonly unknown[], v: unknown): bigint {
  for (let i = 0; i < list.length; i++) if (equal(list[i], v)) return BigInt(i)
  return -1n
}

export function lastIndexOf(list: readonly unknown[], v: unknown): bigint {
  for (let i = list.length - 1; i >= 0; i--) if (equal(list[i], v)) return BigInt(i)
  return -1n
}
