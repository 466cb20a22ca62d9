/** The one type guard for untrusted YAML values: a map (not null, not a list). */

export type Obj = Record<string, unknown>

export const isObj = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
