/**
 * Text edits computed from the positions the YAML reader records (yaml/positions.ts), so that
 * everything an edit does not have to touch (comments, key order, quoting, indentation, flow or
 * block style) stays as written. Each primitive either returns the edits or throws `Unsafe` with
 * the reason: when podplay is not sure an edit keeps the document's meaning (anchors and aliases,
 * merge keys, a key sharing its line with others in an unusual way), it offers no fix at all.
 */
import type { Path } from '../report'
import type { YamlDocument } from '../yaml'
import { keyIndex, keyRange } from '../yaml/positions'

/** Replace `[start, end)` of the text with `text` (an insertion when start === end). */
export interface TextEdit {
  start: number
  end: number
  text: string
}

export class Unsafe extends Error {}

/** A value a fix writes: a scalar, a list of scalars, or a mapping of those. */
export type FixValue = boolean | number | string | FixValue[] | { [key: string]: FixValue }

const INDENT = '  '

/** YAML 1.1 words a plain scalar would turn into a boolean or null. */
const SPECIAL = /^(y|yes|n|no|on|off|true|false|null|~)$/i

/** A scalar as YAML text: plain when it reads back as the same string, else double-quoted. */
export function scalarText(value: boolean | number | string): string {
  if (typeof value !== 'string') return String(value)
  return /^[A-Za-z_/][A-Za-z0-9_./-]*$/.test(value) && !SPECIAL.test(value)
    ? value
    : JSON.stringify(value)
}

function isMap(v: FixValue): v is { [key: string]: FixValue } {
  return typeof v === 'object' && !Array.isArray(v)
}

/** A value in flow style: `{a: {b: true}}`, `[ALL]`. */
export function flowText(value: FixValue): string {
  if (Array.isArray(value)) return `[${value.map(flowText).join(', ')}]`
  if (isMap(value))
    return `{${Object.entries(value)
      .map(([k, v]) => `${scalarText(k)}: ${flowText(v)}`)
      .join(', ')}}`
  return scalarText(value)
}

/** `key: value` in block style at an indentation, as lines without a trailing newline. */
function blockEntry(key: string, value: FixValue, indent: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return `${indent}${scalarText(key)}: []`
    return [
      `${indent}${scalarText(key)}:`,
      ...value.map((v) => `${indent}${INDENT}- ${flowText(v)}`),
    ].join('\n')
  }
  if (isMap(value)) {
    return [
      `${indent}${scalarText(key)}:`,
      ...Object.entries(value).map(([k, v]) => blockEntry(k, v, indent + INDENT)),
    ].join('\n')
  }
  return `${indent}${scalarText(key)}: ${scalarText(value)}`
}

/** `{a: {b: v}}` for path [a, b] and value v. */
function nest(path: readonly (string | number)[], value: FixValue): FixValue {
  let out = value
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i]!
    if (typeof key === 'number') throw new Unsafe('a list item that does not exist')
    out = { [key]: out }
  }
  return out
}

/** A `#` outside quotes at a line start or after a blank starts a comment: each comment found. */
export function commentsIn(text: string, start: number, end: number): string[] {
  const found: string[] = []
  let quote: string | null = null
  for (let i = start; i < end; i++) {
    const c = text[i]
    if (c === '\n') {
      quote = null
      continue
    }
    if (quote !== null) {
      if (c === '\\' && quote === '"') i++
      else if (c === quote) quote = null
      continue
    }
    if (c === '"' || c === "'") {
      const prev = text[i - 1]
      if (prev === undefined || /[\s:[{,-]/.test(prev)) quote = c
      continue
    }
    if (c === '#' && (i === 0 || /[ \t\n]/.test(text[i - 1]!))) {
      let e = text.indexOf('\n', i)
      if (e < 0 || e > end) e = end
      found.push(text.slice(i, e).replace(/\s+$/, ''))
      i = e - 1
    }
  }
  return found
}

/** A document of a text, and the edits that can be made in it. */
export class DocEditor {
  readonly text: string
  readonly doc: YamlDocument
  constructor(text: string, doc: YamlDocument) {
    this.text = text
    this.doc = doc
  }

  private abs(rel: number): number {
    return this.doc.base + rel
  }

  private lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1
  }

  /** End of the line holding `offset`, before its `\n` (or `\r\n`). */
  private lineEnd(offset: number): number {
    const nl = this.text.indexOf('\n', offset)
    if (nl < 0) return this.text.length
    return this.text[nl - 1] === '\r' && nl - 1 >= offset ? nl - 1 : nl
  }

  /** Length of the line break at a line end (0 at the end of the text). */
  private breakAt(lineEnd: number): number {
    if (this.text[lineEnd] === '\r' && this.text[lineEnd + 1] === '\n') return 2
    return lineEnd < this.text.length ? 1 : 0
  }

  /** The node at a path, or undefined when a step is missing. */
  private nodeAt(path: Path): unknown {
    let node: unknown = this.doc.value
    for (const part of path) {
      if (typeof node !== 'object' || node === null) return undefined
      if (Array.isArray(node)) {
        if (typeof part !== 'number') return undefined
        node = node[part]
      } else {
        if (!Object.hasOwn(node, String(part))) return undefined
        node = (node as Record<string, unknown>)[String(part)]
      }
    }
    return node
  }

  private posOf(node: unknown) {
    const pos = typeof node === 'object' && node !== null ? this.doc.positions.get(node) : undefined
    if (!pos) throw new Unsafe('podplay cannot see where this part of the document stands')
    return pos
  }

  private isFlow(node: object): boolean {
    const c = this.text[this.abs(this.posOf(node).start)]
    return c === '{' || c === '['
  }

  /** The key's ranges (absolute), checked to be the key as written (not a merge `<<`). */
  private entry(map: object, key: string) {
    const r = keyRange(this.posOf(map), map, key)
    if (!r) throw new Unsafe(`podplay cannot see where "${key}" stands`)
    const written = this.text
      .slice(this.abs(r.keyStart), this.abs(r.keyEnd))
      .replace(/^["']|["']$/g, '')
    if (written !== key) throw new Unsafe('the key comes from a merge key or an alias')
    return {
      keyStart: this.abs(r.keyStart),
      keyEnd: this.abs(r.keyEnd),
      valueStart: this.abs(r.valueStart),
      valueEnd: this.abs(r.valueEnd),
    }
  }

  /** End (absolute) of a value's text: a scalar's end, a collection's last content (or `}`/`]`). */
  private valueEnd(value: unknown, scalarEnd: number): number {
    if (typeof value !== 'object' || value === null) return scalarEnd
    return this.contentEnd(value)
  }

  private contentEnd(node: object): number {
    const pos = this.posOf(node)
    const o = pos.offs
    let end = this.abs(pos.start)
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++)
        end = Math.max(end, this.valueEnd(node[i], this.abs(o[2 * i + 1]!)))
    } else {
      const keys = Object.keys(node)
      for (let i = 0; 4 * i < o.length; i++) {
        const key = pos.names?.[i] ?? keys[i]!
        const value = (node as Record<string, unknown>)[key]
        end = Math.max(end, this.abs(o[4 * i + 1]!), this.valueEnd(value, this.abs(o[4 * i + 3]!)))
      }
    }
    if (this.isFlow(node)) {
      let i = o.length > 0 ? end : this.abs(pos.start) + 1
      while (i < this.text.length && /[\s,]/.test(this.text[i]!)) i++
      const close = Array.isArray(node) ? ']' : '}'
      if (this.text[i] !== close) throw new Unsafe('a flow collection podplay cannot follow')
      return i + 1
    }
    while (end > 0 && /\s/.test(this.text[end - 1]!)) end--
    return end
  }

  /** Set a scalar that exists, or insert the field (and the mappings above it) where it is missing. */
  set(path: Path, value: FixValue): TextEdit {
    const parentPath = path.slice(0, -1)
    const key = path[path.length - 1]!
    const parent = this.nodeAt(parentPath)
    if (
      typeof parent === 'object' &&
      parent !== null &&
      !Array.isArray(parent) &&
      typeof key === 'string' &&
      Object.hasOwn(parent, key)
    ) {
      const current = (parent as Record<string, unknown>)[key]
      const e = this.entry(parent, key)
      if (current === null) return this.replaceNull(parent, key, value)
      if (typeof current === 'object')
        throw new Unsafe(`${key} holds a ${Array.isArray(current) ? 'list' : 'mapping'}`)
      const old = this.text.slice(e.valueStart, e.valueEnd)
      if (old.includes('\n') || /^[*&!|>]/.test(old))
        throw new Unsafe('the value is written in a form podplay does not rewrite')
      return { start: e.valueStart, end: e.valueEnd, text: flowText(value) }
    }
    return this.insert(path, value)
  }

  /** Insert a missing field under its deepest existing ancestor. */
  insert(path: Path, value: FixValue): TextEdit {
    let i = 0
    let node: unknown = this.doc.value
    while (i < path.length) {
      const part = path[i]!
      if (typeof node !== 'object' || node === null) break
      if (Array.isArray(node)) {
        if (typeof part !== 'number' || part >= node.length) throw new Unsafe('a missing list item')
        node = node[part]
      } else {
        if (typeof part !== 'string' || !Object.hasOwn(node, part)) break
        node = (node as Record<string, unknown>)[part]
      }
      i++
    }
    if (i === path.length) throw new Unsafe('the field exists already')
    if (node === null && i > 0) {
      const parent = this.nodeAt(path.slice(0, i - 1))
      const key = path[i - 1]
      if (typeof parent !== 'object' || parent === null || typeof key !== 'string')
        throw new Unsafe('an empty list item')
      return this.replaceNull(parent, key, nest(path.slice(i), value))
    }
    if (typeof node !== 'object' || node === null || Array.isArray(node))
      throw new Unsafe(`${String(path[i - 1] ?? 'the document')} is not a mapping`)
    const key = path[i] as string
    return this.addKey(node, key, nest(path.slice(i + 1), value))
  }

  /** A key whose value is null (`key:`, `key: null`, `key: ~`) gets a value. */
  private replaceNull(parent: object, key: string, value: FixValue): TextEdit {
    const e = this.entry(parent, key)
    const old = this.text.slice(e.valueStart, e.valueEnd)
    if (!/^(|null|Null|NULL|~)$/.test(old)) throw new Unsafe(`${key} is written as ${old}`)
    if (this.isFlow(parent) || (typeof value !== 'object' && old !== '')) {
      return { start: e.valueStart, end: e.valueEnd, text: flowText(value) }
    }
    if (typeof value !== 'object')
      return { start: e.valueStart, end: e.valueEnd, text: ` ${scalarText(value)}` }
    const keyCol = e.keyStart - this.lineStart(e.keyStart)
    const indent = ' '.repeat(keyCol) + INDENT
    const lines = Array.isArray(value)
      ? value.map((v) => `${indent}- ${flowText(v)}`).join('\n')
      : Object.entries(value)
          .map(([k, v]) => blockEntry(k, v, indent))
          .join('\n')
    const lineEnd = this.lineEnd(e.keyEnd)
    if (old !== '') {
      // `key: null # note` -> `key: # note` + the block below
      const between = this.text.slice(e.keyEnd, e.valueStart)
      const after = this.text.slice(e.valueEnd, lineEnd)
      return {
        start: e.keyEnd,
        end: lineEnd,
        text: `${between.replace(/\s+$/, '')}${after.replace(/^\s*/, after.trim() ? ' ' : '')}\n${lines}`,
      }
    }
    return { start: lineEnd, end: lineEnd, text: `\n${lines}` }
  }

  /** A new key at the end of a mapping, in the mapping's style and indentation. */
  private addKey(map: object, key: string, value: FixValue): TextEdit {
    const pos = this.posOf(map)
    if (this.isFlow(map)) {
      const close = this.contentEnd(map) - 1
      let at = close
      while (at > 0 && /\s/.test(this.text[at - 1]!)) at--
      const empty = Object.keys(map).length === 0
      const sep = empty ? '' : this.text[at - 1] === ',' ? ' ' : ', '
      return { start: at, end: at, text: `${sep}${scalarText(key)}: ${flowText(value)}` }
    }
    if (pos.offs.length < 4) throw new Unsafe('an empty block mapping')
    const first = this.abs(pos.offs[0]!)
    const ls = this.lineStart(first)
    const prefix = this.text.slice(ls, first)
    if (!/^[ \t]*(- +)*$/.test(prefix))
      throw new Unsafe('the mapping shares its first line with other content')
    const indent = ' '.repeat(first - ls)
    const at = this.lineEnd(this.contentEnd(map))
    return { start: at, end: at, text: `\n${blockEntry(key, value, indent)}` }
  }

  /** Append a scalar to a list (creating it when missing or empty). */
  append(path: Path, value: FixValue): TextEdit {
    const list = this.nodeAt(path)
    if (list === undefined || list === null) return this.set(path, [value])
    if (!Array.isArray(list)) throw new Unsafe('not a list')
    const pos = this.posOf(list)
    if (this.isFlow(list)) {
      const close = this.contentEnd(list) - 1
      let at = close
      while (at > 0 && /\s/.test(this.text[at - 1]!)) at--
      const sep = list.length === 0 ? '' : this.text[at - 1] === ',' ? ' ' : ', '
      return { start: at, end: at, text: `${sep}${flowText(value)}` }
    }
    const last = list.length - 1
    const itemStart = this.abs(pos.offs[2 * last]!)
    const ls = this.lineStart(itemStart)
    const prefix = this.text.slice(ls, itemStart)
    if (!/^[ \t]*- +$/.test(prefix)) throw new Unsafe('a list item shares its line')
    const end = this.valueEnd(list[last], this.abs(pos.offs[2 * last + 1]!))
    const at = this.lineEnd(end)
    return { start: at, end: at, text: `\n${prefix}${flowText(value)}` }
  }

  /** Remove a key of a mapping or an item of a list, keeping the comments it carried. */
  remove(path: Path): TextEdit {
    const parent = this.nodeAt(path.slice(0, -1))
    const last = path[path.length - 1]!
    if (typeof parent !== 'object' || parent === null) throw new Unsafe('nothing to remove')
    let start: number
    let end: number
    let nextStart: number | null = null
    if (Array.isArray(parent)) {
      if (typeof last !== 'number') throw new Unsafe('not a list item')
      const o = this.posOf(parent).offs
      start = this.abs(o[2 * last]!)
      end = this.valueEnd(parent[last], this.abs(o[2 * last + 1]!))
    } else {
      const key = String(last)
      const e = this.entry(parent, key)
      start = e.keyStart
      end = this.valueEnd((parent as Record<string, unknown>)[key], e.valueEnd)
      const pos = this.posOf(parent)
      const i = keyIndex(pos, parent, key)
      if (4 * (i + 1) < pos.offs.length) nextStart = this.abs(pos.offs[4 * (i + 1)]!)
    }
    if (this.isFlow(parent)) return this.removeFlow(start, end)
    const ls = this.lineStart(start)
    const prefix = this.text.slice(ls, start)
    const le = this.lineEnd(end)
    const comments = commentsIn(this.text, start, le)
    if (Array.isArray(parent) ? /^[ \t]*- +$/.test(prefix) : /^[ \t]*$/.test(prefix)) {
      const indent = /^[ \t]*/.exec(prefix)![0]
      const kept = comments.map((c) => `${indent}${c}\n`).join('')
      const stop = le + this.breakAt(le)
      if (stop === le && ls > 0 && kept === '') {
        const before = this.text[ls - 2] === '\r' ? 2 : 1
        return { start: ls - before, end: le, text: '' }
      }
      return { start: ls, end: stop, text: kept.replace(/\n$/, stop === le ? '' : '\n') }
    }
    if (!Array.isArray(parent) && /^[ \t]*- +$/.test(prefix) && nextStart !== null) {
      // `- hostPort: 80` followed by `  containerPort: 80`: the next key moves up to the dash.
      const indent = /^[ \t]*/.exec(prefix)![0]
      const between = commentsIn(this.text, start, nextStart)
      if (between.length === 0) return { start, end: nextStart, text: '' }
      return {
        start: ls,
        end: nextStart,
        text: `${between.map((c) => `${indent}${c}\n`).join('')}${prefix}`,
      }
    }
    throw new Unsafe('the field shares its line with other content')
  }

  private removeFlow(start: number, end: number): TextEdit {
    let s = start
    let e = end
    const t = this.text
    let j = e
    while (j < t.length && /[ \t\r\n]/.test(t[j]!)) j++
    if (t[j] === ',') {
      e = j + 1
      while (e < t.length && /[ \t]/.test(t[e]!)) e++
    } else {
      let k = s
      while (k > 0 && /[ \t\r\n]/.test(t[k - 1]!)) k--
      if (t[k - 1] === ',') s = k - 1
    }
    if (t.slice(s, e).includes('#')) throw new Unsafe('a comment inside a flow collection')
    return { start: s, end: e, text: '' }
  }
}

/** Whether two edits touch the same text (two insertions at one place count as touching). */
export function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end || b.start === b.end) return a.start <= b.end && b.start <= a.end
  return a.start < b.end && b.start < a.end
}

/** Apply edits that do not overlap; returns the new text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end)
  const parts: string[] = []
  let at = 0
  for (const e of sorted) {
    parts.push(text.slice(at, e.start), e.text)
    at = e.end
  }
  parts.push(text.slice(at))
  return parts.join('')
}
