/**
 * Go-style rendering of field errors as apimachinery (up to 1.24) prints them
 * (spec pod-security-policy.md §6.2): `<path>: <body>`, values in Go syntax.
 */
import { goQuote } from '../go/quote'

/** A nil value or nil pointer, as `field.Error` prints it. */
export const NULL = '"null"'

/** Go `%q` of a string (strconv.Quote): the one quoting function of the engine. */
export { goQuote }

/** `[]int64{1, 2}`, `[]int64{}` or `[]int64(nil)`. */
export function goInt64s(list: readonly number[] | null): string {
  if (list === null) return '[]int64(nil)'
  return `[]int64{${list.join(', ')}}`
}

/** `[]core.Capability{"A", "B"}` or `[]core.Capability(nil)`. */
export function goCaps(list: readonly string[] | null): string {
  if (list === null || list.length === 0) {
    return list === null ? '[]core.Capability(nil)' : '[]core.Capability{}'
  }
  return `[]core.Capability{${list.map(goQuote).join(', ')}}`
}

/** `%v` of ID ranges: `[{1 1} {10 20}]`. */
export function goRanges(ranges: readonly { min: number; max: number }[]): string {
  return `[${ranges.map((r) => `{${r.min} ${r.max}}`).join(' ')}]`
}

const withDetail = (head: string, detail: string) => (detail === '' ? head : `${head}: ${detail}`)

/** `Invalid value: <value>[: detail]`; `value` is already rendered (see the helpers above). */
export function invalid(field: string, value: string, detail: string): string {
  return `${field}: ${withDetail(`Invalid value: ${value}`, detail)}`
}

export function required(field: string, detail: string): string {
  return `${field}: ${withDetail('Required value', detail)}`
}

export function forbidden(field: string, detail: string): string {
  return `${field}: ${withDetail('Forbidden', detail)}`
}

export function duplicate(field: string, value: string): string {
  return `${field}: Duplicate value: ${value}`
}

export function notSupported(field: string, value: string, supported: readonly string[]): string {
  return `${field}: Unsupported value: ${value}: supported values: ${supported.map(goQuote).join(', ')}`
}

/** Go field path helpers: `a.b`, `a[3]`, `a[key]` (map keys unquoted). */
export const child = (base: string, name: string) => (base === '' ? name : `${base}.${name}`)
export const index = (base: string, i: number) => `${base}[${i}]`
export const key = (base: string, k: string) => `${base}[${k}]`
