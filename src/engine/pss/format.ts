/**
 * PSA's text helpers (policy/helpers.go and Go's fmt): joinQuote, pluralize, sorted sets in byte
 * order, `%q` quoting, and the "pod and containers ..." setters list.
 */

/** Each item in double quotes, joined with ", "; nothing is escaped. */
export function joinQuote(items: readonly string[]): string {
  return items.map((s) => `"${s}"`).join(', ')
}

export function pluralize(singular: string, plural: string, count: number): string {
  return count === 1 ? singular : plural
}

/** Maps a UTF-16 code unit so that comparing units orders strings by code point (= UTF-8 bytes). */
function rank(unit: number): number {
  if (unit >= 0xe000) return unit - 0x800
  if (unit >= 0xd800) return unit + 0x2000
  return unit
}

/** Go's string order (bytes of UTF-8), which differs from JS's only for astral characters. */
export function byteCompare(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x !== y) return rank(x) - rank(y)
  }
  return a.length - b.length
}

/** De-duplicated and sorted in byte order (Go's sets.NewString(...).List()). */
export function sortedSet(items: Iterable<string>): string[] {
  return [...new Set(items)].sort(byteCompare)
}

/** Go's `%q` (strconv.Quote): one function for the whole engine. */
export { goQuote } from '../go/quote'

/** `pod` (when the pod-level field is bad) and `container(s) "a", "b"`, for " and " joining. */
export function setters(pod: boolean, containers: readonly string[]): string[] {
  const out: string[] = []
  if (pod) out.push('pod')
  if (containers.length > 0) {
    out.push(`${pluralize('container', 'containers', containers.length)} ${joinQuote(containers)}`)
  }
  return out
}

/** `container "a"` / `containers "a", "b"`. */
export function containersPhrase(names: readonly string[]): string {
  return `${pluralize('container', 'containers', names.length)} ${joinQuote(names)}`
}
