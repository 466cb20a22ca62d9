/**
 * The one reader of untrusted YAML values: the type guard, and tolerant readers built on it (a
 * value of the wrong type reads as unset). Two spellings of "unset" serve two styles of caller:
 * `obj`/`list`/`bool`/`int` give `{}`, `[]` or `null`; the `as*` and `*At` readers give undefined.
 */

export type Obj = Record<string, unknown>

export const isObj = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

export const obj = (v: unknown): Obj => (isObj(v) ? v : {})
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
export const asList = list
export const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null)
export const int = (v: unknown): number | null =>
  typeof v === 'number' && Number.isInteger(v) ? v : null

export const asObj = (v: unknown): Obj | undefined => (isObj(v) ? v : undefined)
export const asStr = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)
export const asBool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined)
export const asInt = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) ? v : undefined

/** The strings of a list, other entries left out. */
export const strList = (v: unknown): string[] =>
  list(v).filter((x): x is string => typeof x === 'string')
export const intList = (v: unknown): number[] =>
  list(v).filter((x): x is number => typeof x === 'number' && Number.isInteger(x))

/** The object at `key` of `o`, if it is one. */
export const objAt = (o: unknown, key: string): Obj | undefined =>
  isObj(o) ? asObj(o[key]) : undefined
export const strAt = (o: Obj | undefined, key: string): string | undefined => asStr(o?.[key])
export const boolAt = (o: Obj | undefined, key: string): boolean | undefined => asBool(o?.[key])
export const intAt = (o: Obj | undefined, key: string): number | undefined => asInt(o?.[key])
export const arrAt = (o: Obj | undefined, key: string): readonly unknown[] | undefined => {
  const v = o?.[key]
  return Array.isArray(v) ? v : undefined
}

/**
 * Sets an own property whatever the key: a key from the input (`__proto__` included) is data and
 * never the object's prototype.
 */
export function setOwn(o: Obj, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true })
  else o[key] = value
}

/** The string values of a map (labels, annotations), others left out; keys stay data. */
export function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, x] of Object.entries(obj(v))) if (typeof x === 'string') setOwn(out, k, x)
  return out
}
