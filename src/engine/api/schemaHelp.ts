/**
 * Schema help for the editors: the keys valid where the cursor stands, and the field under the
 * mouse, from the same field tree strict decoding uses (tree.ts). The path is read from the lines'
 * indentation, so it works while the text is being typed and is not valid YAML yet: block mappings
 * and block sequences (`- ` items, also written at the parent key's indentation), not flow
 * collections. The kind is the document's top-level `kind:`.
 */
import { type FieldType, kindInfo, type StructType } from './tree'

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

/** The keys valid at a cursor (1-based line and column), or null where none are (a value). */
export function completionsAt(
  text: string,
  line: number,
  column: number,
): SchemaCompletions | null {
  const lines = text.split(/\r?\n/)
  const at = line - 1
  if (at < 0 || at >= lines.length) return null
  const before = lines[at]!.slice(0, Math.max(0, column - 1))
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
  return {
    owner: t.name,
    path: dotted(path),
    fields: [...t.fields]
      .filter(([key]) => !present.includes(key))
      .map(([key, f]) => fieldOf(key, f))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    present,
  }
}

/** The field whose key is under a position (1-based), or null. */
export function fieldAt(text: string, line: number, column: number): SchemaFieldAt | null {
  const lines = text.split(/\r?\n/)
  const at = line - 1
  if (at < 0 || at >= lines.length) return null
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
