/**
 * Checks the types of the evaluated Pod fields (schema.ts) and returns a copy of the pod with every
 * wrongly typed field removed, so that the checks judge it as unset, as the spec asks.
 */
import { isObj, type Obj } from '../obj'
import { formatPath } from '../path'
import type { Path } from '../report'
import type { FieldType, Shape } from './schema'

export interface TypeProblem {
  path: Path
  message: string
}

function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`
  if (typeof value === 'object') return 'a map'
  return `${typeof value} ${String(value)}`
}

function expected(type: FieldType): string {
  if (type === 'string') return 'a string'
  if (type === 'boolean') return 'true or false'
  if (type === 'integer') return 'a whole number'
  if (type === 'intOrString') return 'a number or a port name'
  if ('object' in type) return 'a map of fields'
  if ('array' in type) return 'a list'
  return 'a map of strings'
}

function fits(type: FieldType, value: unknown): boolean {
  if (type === 'string') return typeof value === 'string'
  if (type === 'boolean') return typeof value === 'boolean'
  if (type === 'integer') return typeof value === 'number' && Number.isInteger(value)
  if (type === 'intOrString')
    return typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value))
  if ('object' in type) return isObj(value)
  if ('array' in type) return Array.isArray(value)
  return isObj(value)
}

/**
 * Returns the value with wrongly typed fields removed (copying only what changes), and a problem
 * per removed field. `null` stands for "unset" in Kubernetes and is accepted everywhere.
 */
/** `at` is the path of `value`; it is used as a stack while walking and left as it was given. */
export function sanitize(
  value: unknown,
  shape: Shape,
  at: (string | number)[],
  problems: TypeProblem[],
): unknown {
  if (!isObj(value)) return value
  let out: Obj | null = null
  for (const key of Object.keys(shape)) {
    if (!Object.hasOwn(value, key)) continue
    const field = value[key]
    if (field === null || field === undefined) continue
    const type = shape[key]!
    const path = at
    path.push(key)
    const next = check(field, type, path, problems)
    path.pop()
    if (next !== field) {
      out ??= { ...value }
      if (next === undefined) delete out[key]
      else out[key] = next
    }
  }
  return out ?? value
}

function check(
  field: unknown,
  type: FieldType,
  path: (string | number)[],
  problems: TypeProblem[],
): unknown {
  if (!fits(type, field)) {
    const name = String(path[path.length - 1])
    problems.push({
      path: [...path],
      message: `${formatPath(path)}: \`${name}\` must be ${expected(type)}, not ${describeValue(field)}. Kubernetes would reject this object; podplay judges the pod as if the field were unset.`,
    })
    return undefined
  }
  if (typeof type === 'string') return field
  if ('object' in type) return sanitize(field, type.object, path, problems)
  if ('array' in type) {
    const list = field as unknown[]
    let out: unknown[] | null = null
    list.forEach((item, i) => {
      if (item === null || item === undefined) return
      path.push(i)
      const next = check(item, type.array, path, problems)
      path.pop()
      if (next !== item) {
        out ??= [...list]
        out[i] = next === undefined ? null : next
      }
    })
    return out ?? list
  }
  // map of strings: labels and annotations
  const map = field as Obj
  let out: Obj | null = null
  for (const [k, v] of Object.entries(map)) {
    if (typeof v === 'string') continue
    problems.push({
      path: [...path, k],
      message: `${formatPath([...path, k])}: label and annotation values must be strings, not ${describeValue(v)}; quote it ("${String(v)}").`,
    })
    out ??= { ...map }
    delete out[k]
  }
  return out ?? map
}
