/**
 * The field tree of fields.generated.ts (and the hand-written, frozen fields.psp.ts) compiled once
 * into linked type objects for the decoder: every struct reference resolved, every Go type name
 * precomputed, fields in `Map`s so that no user key is ever looked up on a plain object.
 */
import { AFTER_STRUCTS } from './fields.after'
import { KINDS, SOURCE, STRUCTS } from './fields.generated'
import { PSP_KINDS, PSP_PACKAGE, PSP_STRUCTS } from './fields.psp'

export { SOURCE }

/** The leaf types of the tree (see the header of fields.generated.ts). */
export type ScalarKind =
  | 'string'
  | 'bool'
  | 'int32'
  | 'int64'
  | 'double'
  | 'bytes'
  | 'Time'
  | 'IntOrString'
  | 'Quantity'
  | 'any'

export interface ScalarType {
  readonly kind: ScalarKind
  /** The Go type named in `cannot unmarshal ... of type <go>` when a value of this field has the wrong type. */
  readonly go: string
  /** The Go type's name as an element of a list or map (`[]<elem>`, `map[string]<elem>`). */
  readonly elem: string
}
export interface ListType {
  readonly kind: 'list'
  readonly of: FieldType
  readonly go: string
  readonly elem: string
}
export interface MapType {
  readonly kind: 'map'
  readonly of: FieldType
  readonly go: string
  readonly elem: string
}
export interface StructType {
  readonly kind: 'struct'
  /** Go struct name, as in `Go struct field <name>.<path>`. */
  readonly name: string
  readonly go: string
  readonly elem: string
  readonly fields: ReadonlyMap<string, FieldType>
}
export type FieldType = ScalarType | ListType | MapType | StructType

/** Go names of the leaf types: [as the mismatched field's type, as an element type]. */
const SCALARS: Record<ScalarKind, readonly [string, string]> = {
  string: ['string', 'string'],
  bool: ['bool', 'bool'],
  int32: ['int32', 'int32'],
  int64: ['int64', 'int64'],
  double: ['float64', 'float64'],
  bytes: ['[]uint8', '[]uint8'],
  // metav1.Time and intstr.IntOrString decode through their own UnmarshalJSON, which unmarshals
  // into a string resp. an int32: Go's error then names that inner type.
  Time: ['string', 'v1.Time'],
  IntOrString: ['int32', 'intstr.IntOrString'],
  Quantity: ['resource.Quantity', 'resource.Quantity'],
  any: ['interface {}', 'interface {}'],
}

function compile(
  sources: readonly (readonly [Record<string, Record<string, string>>, string])[],
): Map<string, StructType> {
  const structs = new Map<string, StructType & { fields: Map<string, FieldType> }>()
  for (const [table, pkg] of sources)
    for (const name of Object.keys(table)) {
      if (structs.has(name)) continue // a later table adds fields to a struct
      const go = `${pkg}.${name}`
      structs.set(name, { kind: 'struct', name, go, elem: go, fields: new Map() })
    }
  const scalars = new Map<string, ScalarType>()
  const parse = (t: string): FieldType => {
    if (t.startsWith('[]')) {
      const of = parse(t.slice(2))
      return { kind: 'list', of, go: `[]${of.elem}`, elem: `[]${of.elem}` }
    }
    if (t.startsWith('map[')) {
      const of = parse(t.slice(4, -1))
      const go = `map[string]${of.elem}`
      return { kind: 'map', of, go, elem: go }
    }
    const struct = structs.get(t)
    if (struct) return struct
    if (!Object.hasOwn(SCALARS, t)) throw new Error(`api tree: unknown type ${t}`)
    let scalar = scalars.get(t)
    if (!scalar) {
      const [go, elem] = SCALARS[t as ScalarKind]
      scalar = { kind: t as ScalarKind, go, elem }
      scalars.set(t, scalar)
    }
    return scalar
  }
  for (const [table] of sources)
    for (const [name, fields] of Object.entries(table)) {
      const target = structs.get(name)!.fields
      for (const [field, t] of Object.entries(fields)) target.set(field, parse(t))
    }
  return structs
}

const STRUCT_TYPES = compile([
  [STRUCTS, 'v1'],
  [AFTER_STRUCTS, 'v1'],
  [PSP_STRUCTS, PSP_PACKAGE],
])

export interface KindInfo {
  readonly root: StructType
  /** The apiVersion the tree describes, e.g. `apps/v1`. */
  readonly apiVersion: string
}

const KIND_INFO = new Map<string, KindInfo>()
for (const table of [KINDS, PSP_KINDS])
  for (const [kind, [root, apiVersion]] of Object.entries(table))
    KIND_INFO.set(kind, { root: STRUCT_TYPES.get(root)!, apiVersion })

/** The root struct of a kind podplay reads, or undefined for any other kind. */
export function kindInfo(kind: string): KindInfo | undefined {
  return KIND_INFO.get(kind)
}

/** A struct of the tree by its Go name (tests and tools). */
export function structType(name: string): StructType | undefined {
  return STRUCT_TYPES.get(name)
}

export function knownKinds(): string[] {
  return [...KIND_INFO.keys()]
}
