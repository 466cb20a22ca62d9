/**
 * The object as the API server's typed, strict decoder sees it (apimachinery
 * runtime/serializer/json/json.go `unmarshal` -> sigs.k8s.io/json `UnmarshalStrict`, a fork of Go's
 * encoding/json that matches keys case-sensitively and collects unknown fields), plus kubectl's
 * client-side check of `metadata` (cli-runtime resource/metadata_decoder.go). See
 * ../shared/spec/cluster-path.md §4 and §5.
 *
 * One walk over the value, in its own key order, with a path stack; nothing is copied unless
 * something changes, so a well-formed object comes back as the very same object with no problems.
 * The problems are put in order afterwards: kubectl's first (it runs first), then the order of the
 * request body (keys byte-sorted at each level, depth first, as kubectl re-encodes the object), which
 * is the order the server meets them in.
 */
import { goQuote } from '../go/quote'
import { isObj, type Obj } from '../obj'
import type { Path } from '../report'
import { ERR_FORMAT_WRONG, quantityError } from './quantity'
import { suggestField } from './suggest'
import { type FieldType, kindInfo, type StructType, structType } from './tree'

export interface DecodeProblem {
  code: 'unknown-field' | 'wrong-type'
  severity: 'error'
  /** Where the problem is: `basePath` followed by the path inside the decoded value. */
  path: Path
  /** The decoder's own words: `unknown field "spec.securityContex"`, `json: cannot unmarshal ...`. */
  message: string
  /** unknown-field: the closest known field of that struct, for "did you mean". */
  suggestion?: string
  /**
   * `kubectl`: kubectl's own metadata check fails, so kubectl stops before sending anything
   * (`error: unable to decode "<file>": <message>`). `server`: the API server's decoder rejects it.
   */
  by: 'kubectl' | 'server'
  /**
   * wrong-type only: the error comes from a type's own UnmarshalJSON (IntOrString, Quantity, Time).
   * Go ends decoding there and reports it even when an earlier field already had a type error;
   * other type errors are saved and decoding goes on, the first one being reported.
   */
  aborts?: boolean
}

export interface DecodeResult {
  /** The decoded object: unknown and wrongly typed fields and `null` fields removed, `null` list
   * and map items as their type's zero value. The input itself when nothing changed. */
  value: unknown
  /** In request-body order. */
  problems: DecodeProblem[]
}

/** Marks a field the decoder leaves unset. */
const DROP: unique symbol = Symbol('drop')
type Out = unknown | typeof DROP

interface Walk {
  /** Path inside the decoded value: keys, list indexes, map keys. */
  path: (string | number)[]
  /** Go's error context: JSON names of the struct fields entered (no indexes, no map keys). */
  fields: string[]
  /** Go's error context: the innermost struct whose field is being decoded. */
  struct: string
  problems: DecodeProblem[]
  base: Path
  /** kubectl's metadata check: case-insensitive field names, no unknown-field errors. */
  lenient: boolean
}

function whatOf(v: unknown): string {
  if (typeof v === 'string') return 'string'
  if (typeof v === 'boolean') return 'bool'
  if (typeof v === 'number' || typeof v === 'bigint') return 'number'
  if (Array.isArray(v)) return 'array'
  return 'object'
}

/** The number as kubectl sends it: Go's float formatting, which equals JavaScript's for doubles. */
const numberText = (v: number | bigint): string => String(v)

function typeError(w: Walk, what: string, go: string, aborts: boolean): typeof DROP {
  const message = `json: cannot unmarshal ${what} into Go struct field ${w.struct}.${w.fields.join('.')} of type ${go}`
  w.problems.push({
    code: 'wrong-type',
    severity: 'error',
    path: [...w.base, ...w.path],
    message,
    by: w.lenient ? 'kubectl' : 'server',
    ...(aborts && !w.lenient ? { aborts: true } : {}),
  })
  return DROP
}

/** The strict decoder's field path: keys joined by `.`, list indexes as `[i]`. */
export function strictPath(path: readonly (string | number)[]): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out === '' ? part : `.${part}`
  }
  return out
}

const INT_RANGE = {
  int32: [-(2 ** 31), 2 ** 31 - 1],
  int64: [-(2 ** 63), 2 ** 63], // 2 ** 63 itself is excluded below
} as const

function fitsInt(v: number | bigint, kind: 'int32' | 'int64'): boolean {
  if (typeof v === 'bigint')
    return kind === 'int32'
      ? v >= -(2n ** 31n) && v < 2n ** 31n
      : v >= -(2n ** 63n) && v < 2n ** 63n
  const [min, max] = INT_RANGE[kind]
  return Number.isInteger(v) && v >= min && (kind === 'int32' ? v <= max : v < max)
}

function zeroOf(t: FieldType): unknown {
  switch (t.kind) {
    case 'string':
    case 'bytes':
      return ''
    case 'bool':
      return false
    case 'int32':
    case 'int64':
    case 'double':
    case 'IntOrString':
      return 0
    case 'Quantity':
      return '0'
    case 'struct':
      return Object.create(null)
    default:
      return null
  }
}

function decodeValue(v: unknown, t: FieldType, w: Walk): Out {
  switch (t.kind) {
    case 'string':
      return typeof v === 'string' ? v : typeError(w, whatOf(v), t.go, false)
    case 'bool':
      return typeof v === 'boolean' ? v : typeError(w, whatOf(v), t.go, false)
    case 'int32':
    case 'int64':
      if (typeof v === 'number' || typeof v === 'bigint')
        return fitsInt(v, t.kind) ? v : typeError(w, `number ${numberText(v)}`, t.go, false)
      return typeError(w, whatOf(v), t.go, false)
    case 'double':
      return typeof v === 'number' || typeof v === 'bigint'
        ? v
        : typeError(w, whatOf(v), t.go, false)
    case 'bytes':
      return typeof v === 'string' ? v : typeError(w, whatOf(v), t.go, false)
    case 'Time':
      return typeof v === 'string' ? v : typeError(w, whatOf(v), t.go, true)
    case 'IntOrString':
      if (typeof v === 'string') return v
      if (typeof v === 'number' || typeof v === 'bigint')
        return fitsInt(v, 'int32') ? v : typeError(w, `number ${numberText(v)}`, t.go, true)
      return typeError(w, whatOf(v), t.go, true)
    case 'Quantity': {
      const error =
        typeof v === 'string'
          ? quantityError(v)
          : typeof v === 'number' || typeof v === 'bigint'
            ? quantityError(numberText(v))
            : ERR_FORMAT_WRONG
      if (error === null) return v
      w.problems.push({
        code: 'wrong-type',
        severity: 'error',
        path: [...w.base, ...w.path],
        message: error,
        by: w.lenient ? 'kubectl' : 'server',
        ...(w.lenient ? {} : { aborts: true }),
      })
      return DROP
    }
    case 'any':
      return v
    case 'struct':
      return isObj(v) ? decodeStruct(v, t, w) : typeError(w, whatOf(v), t.go, false)
    case 'list':
      return Array.isArray(v) ? decodeList(v, t.of, w) : typeError(w, whatOf(v), t.go, false)
    case 'map':
      return isObj(v) ? decodeMap(v, t.of, w) : typeError(w, whatOf(v), t.go, false)
  }
}

function decodeList(list: unknown[], of: FieldType, w: Walk): unknown[] {
  let out: unknown[] | null = null
  for (let i = 0; i < list.length; i++) {
    const item = list[i]
    let next: Out
    if (item === null || item === undefined) next = zeroOf(of)
    else {
      w.path.push(i)
      next = decodeValue(item, of, w)
      w.path.pop()
      if (next === DROP) next = zeroOf(of)
    }
    if (next !== item) {
      out ??= list.slice()
      out[i] = next
    }
  }
  return out ?? list
}

/** A fresh object without prototype holding the own entries of `from` that come before `stop`. */
function copyBefore(from: Obj, stop: string): Obj {
  const out = Object.create(null) as Obj
  for (const k in from) {
    if (!Object.hasOwn(from, k)) continue
    if (k === stop) break
    out[k] = from[k]
  }
  return out
}

function decodeMap(map: Obj, of: FieldType, w: Walk): Obj {
  let out: Obj | null = null
  for (const key in map) {
    if (!Object.hasOwn(map, key)) continue
    const item = map[key]
    let next: Out
    if (item === null || item === undefined) next = zeroOf(of)
    else {
      w.path.push(key)
      next = decodeValue(item, of, w)
      w.path.pop()
    }
    if (next !== item) out ??= copyBefore(map, key)
    if (out && next !== DROP) out[key] = next
  }
  return out ?? map
}

/** Go's case-insensitive field match (encoding/json `foldName`): ASCII case, K/k and ſ/s. */
function lenientField(t: StructType, key: string): [string, FieldType] | undefined {
  const exact = t.fields.get(key)
  if (exact) return [key, exact]
  const fold = (s: string) =>
    s
      .replace(/\u212a/g, 'k')
      .replace(/\u017f/g, 's')
      .replace(/[A-Z]/g, (c) => c.toLowerCase())
  const folded = fold(key)
  for (const [name, type] of t.fields) if (fold(name) === folded) return [name, type]
  return undefined
}

function decodeStruct(obj: Obj, t: StructType, w: Walk): Obj {
  let out: Obj | null = null
  const outer = w.struct
  for (const key in obj) {
    if (!Object.hasOwn(obj, key)) continue
    const v = obj[key]
    let name = key
    let ft = t.fields.get(key)
    if (ft === undefined && w.lenient) [name, ft] = lenientField(t, key) ?? [key, undefined]
    let next: Out
    if (ft === undefined) {
      if (!w.lenient) unknownField(w, key, t)
      next = DROP
    } else if (v === null || v === undefined) next = DROP
    else {
      w.path.push(key)
      w.fields.push(name)
      w.struct = t.name
      next = decodeValue(v, ft, w)
      w.struct = outer
      w.fields.pop()
      w.path.pop()
    }
    if (next !== v) out ??= copyBefore(obj, key)
    if (out && next !== DROP) out[key] = next
  }
  return out ?? obj
}

function unknownField(w: Walk, key: string, t: StructType): void {
  w.path.push(key)
  const suggestion = suggestField(key, t.fields.keys())
  w.problems.push({
    code: 'unknown-field',
    severity: 'error',
    path: [...w.base, ...w.path],
    message: `unknown field ${goQuote(strictPath(w.path))}`,
    ...(suggestion === undefined ? {} : { suggestion }),
    by: 'server',
  })
  w.path.pop()
}

/** Byte-wise (UTF-8) order of two strings, as Go sorts map keys when encoding. */
function compareBytes(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!
    const y = b.codePointAt(i)!
    if (x !== y) return x < y ? -1 : 1
    if (x > 0xffff) i++
  }
  return a.length - b.length
}

/** Request-body order: depth first, keys byte-sorted, items in order. */
export function compareBodyOrder(a: Path, b: Path): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a[i]!
    const y = b[i]!
    if (x === y) continue
    if (typeof x === 'number' && typeof y === 'number') return x - y
    return compareBytes(String(x), String(y))
  }
  return a.length - b.length
}

/**
 * Decodes `value`, an object of `kind`, as the API server (and, for `metadata`, kubectl) would.
 * Kinds outside the tree come back unchanged with no problems. `basePath` is put in front of every
 * problem's path (for an object inside a List document); messages always use the path from the
 * object's root, as the server does.
 */
export function decodeObject(kind: string, value: unknown, basePath: Path = []): DecodeResult {
  const info = kindInfo(kind)
  if (!info || !isObj(value)) return { value, problems: [] }
  const w: Walk = {
    path: [],
    fields: [],
    struct: info.root.name,
    problems: [],
    base: basePath,
    lenient: false,
  }
  const decoded = decodeStruct(value, info.root, w)
  const problems = w.problems
  const metadata = value.metadata
  if (isObj(metadata)) kubectlMetadataCheck(metadata, basePath, problems)
  if (problems.length > 1)
    problems.sort(
      (a, b) =>
        (a.by === b.by ? 0 : a.by === 'kubectl' ? -1 : 1) ||
        compareBodyOrder(a.path.slice(basePath.length), b.path.slice(basePath.length)),
    )
  return { value: decoded, problems }
}

/**
 * kubectl decodes every object's `metadata` into Go's ObjectMeta with encoding/json (case-insensitive,
 * unknown fields ignored) and stops at a type error before sending. The server would say the same
 * for the same field, so such a problem is marked `kubectl`; a field only kubectl matches (by case)
 * is added.
 */
function kubectlMetadataCheck(metadata: Obj, base: Path, problems: DecodeProblem[]): void {
  const meta = structType('ObjectMeta')!
  const w: Walk = {
    path: ['metadata'],
    fields: ['metadata'],
    struct: 'ObjectMeta',
    problems: [],
    base,
    lenient: true,
  }
  decodeStruct(metadata, meta, w)
  for (const p of w.problems) {
    const same = problems.find(
      (q) => q.code === 'wrong-type' && q.message === p.message && samePath(q.path, p.path),
    )
    if (same) {
      same.by = 'kubectl'
      delete same.aborts
    } else problems.push(p)
  }
}

function samePath(a: Path, b: Path): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}
