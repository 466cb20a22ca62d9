/**
 * Flow style, for schema help: where a cursor stands inside `{...}` and `[...]`
 * (`securityContext: {runAsNonRoot: true, |}`, `drop: [NET_RAW, |]`), on one line or across lines
 * (`securityContext: {\n  runAsUser: 1000,\n  |\n}`). The text is scanned as YAML reads a flow
 * collection: `,` separates entries, `key: value` pairs (a `:` followed by a space, an indicator or
 * the end), quoted scalars (`'it''s'`, `"a\"b"`) are opaque, and ` #` starts a comment that ends
 * with its line. Collections still open at the cursor are what is being typed; the text before the
 * first opener is the block part of the line it stands on (`key: `, `- `), read by the caller.
 */

export interface FlowCursor {
  /**
   * Offset (0-based) of the outermost collection's opener: the block part of its line ends there.
   * Offsets count in the text given to flowAt (lines joined by `\n` for flowAcross).
   */
  opener: number
  /** Keys (and `[]` for a sequence item) from the outermost collection to the cursor's slot. */
  steps: string[]
  /** `key`: a key of the innermost mapping is being typed; `value`: the value of `steps`' last. */
  slot: 'key' | 'value'
  /** The text typed so far in the slot, and the column (0-based) where it starts. */
  typed: string
  start: number
  /** For a key: the keys already written in that mapping (the whole line), but the one typed. */
  present: string[]
}

interface Frame {
  kind: 'map' | 'seq'
  /** Column of its opener. */
  at: number
  /** The step from the enclosing collection to this one (null for the outermost). */
  step: string | null
  /** In a mapping: the key of the entry being read, once its `:` is passed. */
  key: string | null
  /** Where the current entry's text starts. */
  entry: number
  keys: { key: string; from: number; to: number }[]
  /** The current entry's value was a collection, now closed. */
  filled: boolean
}

/** The innermost collection as it stood at the cursor (its keys keep growing past it). */
interface Snapshot {
  frames: Frame[]
  top: Frame
  entry: number
  key: string | null
}

const unquote = (raw: string): string => {
  const t = raw.trim()
  if (t.length >= 2 && t.startsWith("'") && t.endsWith("'"))
    return t.slice(1, -1).replace(/''/g, "'")
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) return t.slice(1, -1)
  return t
}

/** The end (exclusive) of the quoted scalar that starts at `i`, or the line's length. */
function quoteEnd(line: string, i: number): number {
  const q = line[i]
  for (let j = i + 1; j < line.length; j++) {
    if (q === '"' && line[j] === '\\') j++
    else if (line[j] === q) {
      if (q === "'" && line[j + 1] === "'") j++
      else return j + 1
    }
  }
  return line.length
}

/** The flow slot at a cursor (0-based column), or null when no collection is open there. */
export function flowAt(line: string, cursor: number): FlowCursor | null {
  const stack: Frame[] = []
  let atCursor: Snapshot | null = null
  let passed = false
  const snapshot = () => {
    if (passed) return
    passed = true
    const top = stack.at(-1)
    if (top && !top.filled) atCursor = { frames: [...stack], top, entry: top.entry, key: top.key }
  }
  for (let i = 0; i < line.length; i++) {
    if (i >= cursor) snapshot()
    const c = line[i]!
    const top = stack.at(-1)
    if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) {
      const eol = line.indexOf('\n', i)
      const end = eol < 0 ? line.length : eol
      if (i >= cursor) break
      if (cursor <= end) return null // the cursor is in a comment
      // a comment on a line above ends with its line; before an entry's text, it is not part of it
      if (top && line.slice(top.entry, i).trim() === '') top.entry = end
      i = end - 1
      continue
    }
    if (c === '"' || c === "'") {
      const end = quoteEnd(line, i)
      if (cursor > i && cursor < end) return null // inside a quoted scalar
      i = end - 1
      continue
    }
    if (c === '{' || c === '[') {
      // in block context only where a value or an item starts (not inside a plain scalar)
      if (!top && !/^\s*(-\s+)*([^#]*:\s+)?$/.test(line.slice(line.lastIndexOf('\n', i) + 1, i)))
        continue
      const step = top ? (top.kind === 'seq' ? '[]' : top.key) : null
      if (top?.kind === 'map' && top.key === null) continue // a collection as a key: not read
      stack.push({
        kind: c === '{' ? 'map' : 'seq',
        at: i,
        step,
        key: null,
        entry: i + 1,
        keys: [],
        filled: false,
      })
      continue
    }
    if (!top) continue
    if (c === '}' || c === ']') {
      stack.pop()
      const outer = stack.at(-1)
      if (outer) {
        outer.entry = i + 1
        outer.filled = true
      }
      continue
    }
    if (c === ',') {
      top.key = null
      top.filled = false
      top.entry = i + 1
      continue
    }
    if (c === ':' && top.kind === 'map' && top.key === null) {
      const next = line[i + 1]
      if (next === undefined || /[\s,{}[\]]/.test(next)) {
        const raw = line.slice(top.entry, i)
        const key = unquote(raw)
        const from = top.entry + raw.length - raw.trimStart().length
        top.keys.push({ key, from, to: i })
        top.key = key
        top.entry = i + 1
      }
    }
  }
  if (line.length <= cursor) snapshot()
  const found = atCursor as Snapshot | null
  if (found === null) return null
  const { frames, top, entry, key } = found
  const typedRaw = line.slice(entry, cursor)
  const typed = typedRaw.trimStart()
  if (/[{}[\],\n]/.test(typed)) return null
  const opener = frames[0]!.at
  const steps = frames.flatMap((f) => (f.step === null ? [] : [f.step]))
  const start = cursor - typed.length
  if (top.kind === 'seq')
    return { opener, steps: [...steps, '[]'], slot: 'value', typed, start, present: [] }
  if (key !== null)
    return { opener, steps: [...steps, key], slot: 'value', typed, start, present: [] }
  if (/:\s/.test(typed)) return null
  return {
    opener,
    steps,
    slot: 'key',
    typed,
    start,
    present: top.keys.filter((k) => k.to < start || k.from > cursor).map((k) => k.key),
  }
}

/** How far up a flow collection's opener is looked for. */
const MAX_LINES = 100

/** Where flowAcross found the slot: the cursor, the line of the outermost opener (0-based). */
export interface FlowAcross {
  flow: FlowCursor
  /** The line whose block part holds the outermost opener (`flow.opener` is its column). */
  line: number
  /** Offset of the cursor's line in the joined text: `flow.start - shift` is a column on it. */
  shift: number
}

/**
 * The flow slot at a cursor (0-based line and column) in a collection opened on that line or on
 * a line above: the farthest line whose opener is still open at the cursor (an inner collection's
 * line also reads as a start). The search stops at a line that starts at column 0 (a top-level
 * key) or a document separator, and reads only lines holding `{` or `[`; the lines below, up to
 * such a line, are read for the keys written after the cursor.
 */
export function flowAcross(lines: readonly string[], at: number, col: number): FlowAcross | null {
  let found: FlowAcross | null = null
  // the lines below, for the keys already written after the cursor
  let below = ''
  for (let i = at + 1; i < lines.length && i <= at + MAX_LINES; i++) {
    if (/^([^\s#]|---|\.\.\.)/.test(lines[i]!)) break
    below += `\n${lines[i]}`
  }
  let text = (lines[at] ?? '') + below
  let shift = 0
  for (let i = at; i >= 0 && i > at - MAX_LINES; i--) {
    const l = lines[i]!
    if (i < at) {
      if (/^(---|\.\.\.)(\s|$)/.test(l)) break
      text = `${l}\n${text}`
      shift += l.length + 1
    }
    if (/[{[]/.test(l)) {
      const flow = flowAt(text, shift + col)
      if (flow !== null && flow.opener < l.length) found = { flow, line: i, shift }
    }
    if (i < at && /^[^\s#]/.test(l)) break
  }
  return found
}
