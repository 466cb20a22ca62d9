/** The one type guard for untrusted YAML values, and tolerant readers built on it. */

export type Obj = Record<string, unknown>

export const isObj = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** Tolerant readers: a value of the wrong type reads as unset (`{}`, `[]`, `null`). */
export const obj = (v: unknown): Obj => (isObj(v) ? v : {})
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
export const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null)
export const int = (v: unknown): number | null =>
  typeof v === 'number' && Number.isInteger(v) ? v : null
