/**
 * Schema help for the editors: the keys valid where the cursor stands, and the field under the
 * mouse, from the same field tree strict decoding uses (tree.ts); and after `key: ` (or `- ` in a
 * list), the values the field accepts where they are a closed set (values.ts), each with what it
 * does to the pod's Pod Security level (podEffect.ts). The path is read from the lines'
 * indentation, so it works while the text is being typed and is not valid YAML yet: block mappings
 * and block sequences (`- ` items, also written at the parent key's indentation), and flow
 * collections opened on the cursor's line or on a line above (flow.ts). The kind is the document's top-level `kind:`.
 */
import { scalarText } from '../fix/text'
import { type FlowCursor, flowAcross } from './flow'
import { podPathOf, podSecurityEffects } from './podEffect'
import { type FieldType, kindInfo, type StructType } from './tree'
import { type ValueProposal, type ValueSlot, valuesFor } from './values'

/** One key of a struct: its name and its type as the tree writes it. */
export interface SchemaField {
  key: string
  type: string
  /** The struct the field's value is, when it is one (or a list or map of one). */
  struct: string | null
}

export interface SchemaCompletions {
  /** The struct whose keys are valid at the cursor. */
  owner: string
  /** Its dotted path, e.g. `spec.containers[].securityContext`. */
  path: string
  fields: SchemaField[]
  /** Keys already written in that mapping (left out of `fields`). */
  present: string[]
  /** True inside a flow mapping (`{a: 1, |}`): a key is inserted as `key: ` whatever its type. */
  flow: boolean
  /** 1-based column where the text typed for the key starts (the completion replaces it). */
  start: number
}

export interface ValueCompletions {
  /** The struct holding the field, and the field (`SeccompProfile`, `type`). */
  owner: string
  field: string
  /** Dotted path of the value, e.g. `spec.containers[].securityContext.capabilities.drop[]`. */
  path: string
  /** The value's type as the tree writes it. */
  type: string
  /** Each value, what it does, and its YAML text (`'*'` quoted, booleans plain). */
  values: (ValueProposal & { insert: string })[]
  /** 1-based column where the value typed so far starts (the completion replaces it). */
  start: number
}

export interface SchemaFieldAt extends SchemaField {
  owner: string
  path: string
  line: number
  startColumn: number
  endColumn: number
}

const STEP_ITEM = '[]'

interface Line {
  blank: boolean
  indent: number
  /** Column (0-based) of the first `- ` of the line, or -1. */
  dash: number
  /** Column (0-based) where the content after the dashes starts. */
  content: number
  key: string | null
  /** True when something other than a comment follows `key:` on the line. */
  hasValue: boolean
}

const LINE = /^(\s*)((?:-(?:\s+|$))*)(.*)$/
const KEY = /^(?:"([^"]*)"|'([^']*)'|([^\s"'#{}[\],:][^#:]*?))\s*:(?:\s+(.*))?$/

function parseLine(text: string): Line {
  const m = LINE.exec(text)!
  const indent = m[1]!.length
  const rest = m[3]!
  const blank = rest.trim() === '' || rest.trimStart().startsWith('#')
  const k = KEY.exec(rest.trimEnd())
  const value = k?.[4]?.trim() ?? ''
  return {
    blank: blank && m[2] === '',
    indent,
    dash: m[2] === '' ? -1 : indent,
    content: indent + m[2]!.length,
    key: k ? (k[1] ?? k[2] ?? k[3] ?? '').trim() : null,
    hasValue: value !== '' && !value.startsWith('#'),
  }
}

/** The document around a line (0-based): its first and last line, between `---` separators. */
function documentAround(lines: readonly string[], at: number): [number, number] {
  let start = at
  while (start > 0 && !/^---(\s|$)/.test(lines[start - 1]!)) start--
  let end = at
  while (end + 1 < lines.length && !/^(---|\.\.\.)(\s|$)/.test(lines[end + 1]!)) end++
  return [start, end]
}

function kindOf(lines: readonly string[], [start, end]: [number, number]): string | null {
  for (let i = start; i <= end; i++) {
    const m = /^kind:\s*["']?([A-Za-z0-9]+)["']?\s*(#.*)?$/.exec(lines[i]!)
    if (m) return m[1]!
  }
  return null
}

/**
 * The path of keys (and `[]` for a list item) from the document root to the mapping at column
 * `col`, walking up from line `from` (0-based); `inItem`: the mapping is a list item whose dash
 * stands at `col`. Null when a line on the way cannot hold it (a scalar value).
 */
function parentPath(
  lines: readonly string[],
  docStart: number,
  from: number,
  col: number,
  inItem: boolean,
): string[] | null {
  const path: string[] = inItem ? [STEP_ITEM] : []
  let item = inItem
  for (let i = from; i >= docStart && (col > 0 || item); i--) {
    const l = parseLine(lines[i]!)
    if (l.blank) continue
    if (l.dash >= 0) {
      if (l.dash >= col) continue // a sibling item, or deeper
      if (item && l.content > col) continue
      // the mapping is inside this item: its key is the parent when it stands left of the column
      if (l.key !== null && l.content < col + (item ? 1 : 0)) {
        if (l.hasValue) return null
        path.push(l.key)
      } else if (item) return null
      path.push(STEP_ITEM)
      col = l.dash
      item = true
      continue
    }
    if (l.indent < col || (item && l.indent <= col)) {
      if (l.key === null || l.hasValue) return null
      path.push(l.key)
      col = l.indent
      item = false
    }
  }
  return path.reverse()
}

function typeText(t: FieldType): string {
  switch (t.kind) {
    case 'list':
      return `[]${typeText(t.of)}`
    case 'map':
      return `map[string]${typeText(t.of)}`
    case 'struct':
      return t.name
    case 'any':
      return 'any'
    default:
      return t.kind
  }
}

function structOf(t: FieldType): string | null {
  if (t.kind === 'list' || t.kind === 'map') return structOf(t.of)
  return t.kind === 'struct' ? t.name : null
}

function resolve(root: StructType, path: readonly string[]): FieldType | null {
  let t: FieldType = root
  for (const step of path) {
    if (step === STEP_ITEM) {
      if (t.kind !== 'list') return null
      t = t.of
    } else if (t.kind === 'struct') {
      const f = t.fields.get(step)
      if (!f) return null
      t = f
    } else if (t.kind === 'map') t = t.of
    else return null
  }
  return t
}

const dotted = (path: readonly string[]) =>
  path.reduce((s, step) => (step === STEP_ITEM ? `${s}[]` : s === '' ? step : `${s}.${step}`), '')

const fieldOf = (key: string, t: FieldType): SchemaField => ({
  key,
  type: typeText(t),
  struct: structOf(t),
})

/**
 * The keys already written in the mapping at column `col` around line `at` (0-based), which is
 * left out; `startsHere`: the mapping is a list item that starts on that line.
 */
function presentKeys(
  lines: readonly string[],
  [start, end]: [number, number],
  at: number,
  col: number,
  startsHere: boolean,
): string[] {
  const keys: string[] = []
  const take = (l: Line) => {
    if (l.content === col && l.key !== null) keys.push(l.key)
  }
  for (let i = at - 1; i >= start && !startsHere; i--) {
    const l = parseLine(lines[i]!)
    if (l.blank) continue
    if (l.content < col) break
    take(l)
    if (l.dash >= 0 && l.dash < col) break // the first line of the item
  }
  keys.reverse() // in the order they are written
  for (let i = at + 1; i <= end; i++) {
    const l = parseLine(lines[i]!)
    if (l.blank) continue
    if (l.content < col || (l.dash >= 0 && l.dash < col)) break
    take(l)
  }
  return keys
}

let lastText: string | null = null
let lastLines: readonly string[] = []

/**
 * A text's lines, for schema help. One request asks for values, then keys (or for a key, then a
 * value), and the next request is mostly on the same text: the last split is kept, so a
 * megabyte manifest is split once, not on every question.
 */
export function textLines(text: string): readonly string[] {
  if (text !== lastText) {
    lastLines = text.split(/\r?\n/)
    lastText = text
  }
  return lastLines
}

/** The keys valid at a cursor (1-based line and column), or null where none are (a value). */
export function completionsAt(
  text: string,
  line: number,
  column: number,
): SchemaCompletions | null {
  const lines = textLines(text)
  const at = line - 1
  if (at < 0 || at >= lines.length) return null
  const before = lines[at]!.slice(0, Math.max(0, column - 1))
  const inFlow = flowPathAt(lines, at, column)
  if (inFlow) return flowKeys(lines, at, inFlow)
  const m = /^(\s*)((?:-\s+)*)([^\s:#]*)$/.exec(before)
  if (!m) return null
  const doc = documentAround(lines, at)
  const kind = kindOf(lines, doc)
  const root = kind === null ? undefined : kindInfo(kind)?.root
  if (!root) return null
  const inItem = m[2] !== ''
  const col = inItem ? m[1]!.length : m[1]!.length + m[2]!.length
  const path = parentPath(lines, doc[0], at - 1, col, inItem)
  if (path === null) return null
  const t = resolve(root, path)
  if (t?.kind !== 'struct') return null
  const present = presentKeys(lines, doc, at, m[1]!.length + m[2]!.length, inItem)
  return keysOf(t, path, present, false, column - m[3]!.length)
}

function keysOf(
  t: StructType,
  path: readonly string[],
  present: string[],
  flow: boolean,
  start: number,
): SchemaCompletions {
  return {
    owner: t.name,
    path: dotted(path),
    fields: [...t.fields]
      .filter(([key]) => !present.includes(key))
      .map(([key, f]) => fieldOf(key, f))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    present,
    flow,
    start,
  }
}

/** The document's root struct and kind around line `at` (0-based), or null for a kind not read. */
function rootAt(lines: readonly string[], at: number) {
  const doc = documentAround(lines, at)
  const kind = kindOf(lines, doc)
  const root = kind === null ? undefined : kindInfo(kind)?.root
  return root ? { doc, kind: kind!, root } : null
}

/**
 * The path (from the document root) of the value the line's block part holds: `key: ` gives the
 * key's value, `- ` an item of the enclosing list, `- key: ` the key's value in that item.
 */
function blockValuePath(
  lines: readonly string[],
  docStart: number,
  at: number,
  block: string,
): string[] | null {
  const l = parseLine(block)
  const inItem = l.dash >= 0
  if (l.hasValue || (l.key === null && !inItem) || /-\s+-/.test(block)) return null
  if (l.key === null && block.slice(l.content).trim() !== '') return null
  const parent = parentPath(lines, docStart, at - 1, l.indent, inItem)
  if (parent === null) return null
  return l.key !== null ? [...parent, l.key] : parent
}

/** A flow slot at a cursor and the path of its collection (null: its line holds no value). */
interface FlowPath {
  flow: FlowCursor
  path: string[] | null
  /** 1-based column, on the cursor's line, where the text typed in the slot starts. */
  start: number
}

/** The flow slot at a cursor (0-based line, 1-based column), on its line or opened above. */
function flowPathAt(lines: readonly string[], at: number, column: number): FlowPath | null {
  const a = flowAcross(lines, at, column - 1)
  if (a === null) return null
  const r = rootAt(lines, at)
  const base = r && blockValuePath(lines, r.doc[0], a.line, lines[a.line]!.slice(0, a.flow.opener))
  return {
    flow: a.flow,
    path: base ? [...base, ...a.flow.steps] : null,
    start: a.flow.start - a.shift + 1,
  }
}

/** Keys inside a flow mapping. */
function flowKeys(lines: readonly string[], at: number, f: FlowPath): SchemaCompletions | null {
  const r = rootAt(lines, at)
  if (!r || f.flow.slot !== 'key' || f.path === null) return null
  const t = resolve(r.root, f.path)
  if (t?.kind !== 'struct') return null
  return keysOf(t, f.path, f.flow.present, true, f.start)
}

/** The struct field (or list item, or map entry) a value path ends at. */
function slotOf(root: StructType, kind: string, path: readonly string[]): ValueSlot | null {
  const last = path.at(-1)
  if (last === undefined) return null
  const item = last === STEP_ITEM
  const fieldPath = item ? path.slice(0, -1) : path
  const parent = resolve(root, fieldPath.slice(0, -1))
  const field = fieldPath.at(-1)
  if (!parent || field === undefined || field === STEP_ITEM) return null
  if (parent.kind === 'map') {
    const owner = resolve(root, fieldPath.slice(0, -2))
    const mapField = fieldPath.at(-2)
    if (item || owner?.kind !== 'struct' || mapField === undefined) return null
    return { kind, owner: owner.name, field: mapField, type: parent.of, item: false, entry: field }
  }
  if (parent.kind !== 'struct') return null
  const t = parent.fields.get(field)
  if (!t) return null
  if (item && t.kind !== 'list') return null
  return {
    kind,
    owner: parent.name,
    field,
    type: item ? (t as { of: FieldType }).of : t,
    item,
    entry: null,
  }
}

/** Where a value is typed: its path from the document root, its slot, and what was typed of it. */
export interface ValueSlotAt {
  kind: string
  path: string[]
  slot: ValueSlot
  typed: string
}

/**
 * The value slot at a cursor (0-based line `at`, 1-based column): after `key: `, as a list item
 * (`- `), or in a flow collection on the line; null elsewhere.
 */
export function valueSlotAt(
  lines: readonly string[],
  at: number,
  column: number,
): ValueSlotAt | null {
  if (at < 0 || at >= lines.length) return null
  const before = lines[at]!.slice(0, Math.max(0, column - 1))
  const r = rootAt(lines, at)
  if (!r) return null
  let path: string[] | null
  let typed: string
  const f = flowPathAt(lines, at, column)
  if (f !== null) {
    if (f.flow.slot !== 'value') return null
    path = f.path
    typed = f.flow.typed
  } else {
    const m = /^(.*?)([^\s#'"{}[\],:]*)$/.exec(before)!
    typed = m[2]!
    if (!/(^|\s)$/.test(m[1]!) || /(^|\s)#/.test(m[1]!)) return null
    path = blockValuePath(lines, r.doc[0], at, m[1]!)
  }
  if (path === null) return null
  const slot = slotOf(r.root, r.kind, path)
  return slot === null ? null : { kind: r.kind, path, slot, typed }
}

/** A documented value with the YAML text a completion writes. */
export type DocumentedValue = ValueProposal & { insert: string }

/**
 * The closed set of a slot, each value documented: what it does (values.ts), then its effect on
 * the Pod Security level (podEffect.ts). The one source of completion's and hover's value texts.
 */
export function documentedValues({ kind, path, slot }: ValueSlotAt): DocumentedValue[] {
  const values = valuesFor(slot)
  if (values.length === 0) return []
  const podPath = podPathOf(kind, path)
  const effects =
    podPath === null
      ? null
      : podSecurityEffects(
          podPath,
          values.map((v) => v.value),
        )
  return values.map((v, i) => ({
    value: v.value,
    doc: [v.doc, effects?.[i] ?? ''].filter((d) => d !== '').join(' '),
    insert: slot.type.kind === 'bool' ? v.value : scalarText(v.value),
  }))
}

/** The field a value slot belongs to, as hover and completion name it. */
export const valueField = ({ path, slot }: ValueSlotAt) => ({
  owner: slot.owner,
  field: slot.field,
  path: dotted(path),
  type: typeText(slot.type),
})

/**
 * The values of a closed set that may be typed at a cursor (1-based line and column): after
 * `key: `, as a list item (`- `), or in a flow collection on the line; null elsewhere.
 */
export function valueCompletionsAt(
  text: string,
  line: number,
  column: number,
): ValueCompletions | null {
  const at = valueSlotAt(textLines(text), line - 1, column)
  if (at === null) return null
  const values = documentedValues(at)
  if (values.length === 0) return null
  return { ...valueField(at), values, start: column - at.typed.length }
}

const PLAIN_KEY = /[^\s{}[\],:'"#]/

/** The field whose key is under a position inside a flow mapping (`{rule: RunAsAny}`), or null. */
function flowFieldAt(lines: readonly string[], at: number, column: number): SchemaFieldAt | null {
  const text = lines[at]!
  let s = column - 1
  while (s > 0 && PLAIN_KEY.test(text[s - 1]!)) s--
  let e = column - 1
  while (e < text.length && PLAIN_KEY.test(text[e]!)) e++
  const key = text.slice(s, e)
  if (key === '' || text[e] !== ':') return null
  const f = flowPathAt(lines, at, e + 1)
  if (f === null || f.flow.slot !== 'key' || f.flow.typed !== key || f.path === null) return null
  const r = rootAt(lines, at)
  if (!r) return null
  const path = f.path
  const owner = resolve(r.root, path)
  const t = owner?.kind === 'struct' ? owner.fields.get(key) : undefined
  if (!t || owner?.kind !== 'struct') return null
  return {
    ...fieldOf(key, t),
    owner: owner.name,
    path: dotted([...path, key]),
    line: at + 1,
    startColumn: s + 1,
    endColumn: e + 1,
  }
}

/** The field whose key is under a position (1-based), in block or flow style, or null. */
export function fieldAt(text: string, line: number, column: number): SchemaFieldAt | null {
  const lines = textLines(text)
  const at = line - 1
  if (at < 0 || at >= lines.length) return null
  const inFlow = flowFieldAt(lines, at, column)
  if (inFlow) return inFlow
  const l = parseLine(lines[at]!)
  if (l.key === null) return null
  const raw = lines[at]!.slice(l.content)
  const keyStart = l.content + (raw.startsWith('"') || raw.startsWith("'") ? 1 : 0)
  const keyEnd = keyStart + l.key.length
  if (column - 1 < l.content || column - 1 > keyEnd) return null
  const doc = documentAround(lines, at)
  const kind = kindOf(lines, doc)
  const root = kind === null ? undefined : kindInfo(kind)?.root
  if (!root) return null
  const inItem = l.dash >= 0
  const path = parentPath(lines, doc[0], at - 1, inItem ? l.dash : l.indent, inItem)
  if (path === null) return null
  const owner = resolve(root, path)
  if (owner?.kind !== 'struct') return null
  const t = owner.fields.get(l.key)
  if (!t) return null
  return {
    ...fieldOf(l.key, t),
    owner: owner.name,
    path: dotted([...path, l.key]),
    line,
    startColumn: keyStart + 1,
    endColumn: keyEnd + 1,
  }
}
