/**
 * The YAML layer: texts in, documents with positions out. Kubernetes' reading rules live in
 * read.ts and scalars.ts; this module splits a text into documents, reuses unchanged ones, and
 * turns field paths back into editor positions.
 */
import type { Path } from '../report'
import { LineIndex } from './lines'
import { keyRange, type PositionMap } from './positions'
import { type ChunkResult, LINE_REF, readChunk, type YamlIssue } from './read'

export { LineIndex } from './lines'

export interface YamlDocument {
  value: unknown
  /** 0-based index among the text's documents. */
  index: number
  /** Absolute offset where the document's content starts. */
  start: number
  /** Absolute offset of the chunk the document's positions are relative to. */
  base: number
  /** Where the document's mappings and sequences stand (relative to `base`). */
  positions: PositionMap
}

export interface YamlProblem {
  line: number
  column: number
  endLine: number
  endColumn: number
  severity: 'error' | 'warning' | 'info'
  code: string
  message: string
}

export interface YamlReadResult {
  documents: YamlDocument[]
  problems: YamlProblem[]
  lines: LineIndex
}

export interface ReadOptions {
  /** Characters evaluated at most; documents past it are reported, not read. */
  maxChars?: number
  /** Previous chunk results to reuse (pass the same object between calls for one editor). */
  cache?: Map<string, ChunkResult>
}

export const DEFAULT_MAX_CHARS = 8 * 1024 * 1024

/**
 * A line that starts with `---` (after `\n` only: `^` with the m flag would also cut after U+2028).
 * kubectl's YAMLReader (apimachinery pkg/util/yaml/decoder.go) cuts at every such line, whatever
 * follows, and drops the line itself.
 */
const SEPARATOR = /(?<![^\n])---[^\n]*/g

/** Go's strings.TrimSpace (unicode.IsSpace: U+0085 yes, U+FEFF no). */
const GO_SPACE =
  /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g

export interface Chunk {
  /** Offset of the chunk's first character. */
  start: number
  text: string
  /** The `---` line that ends the chunk when more than blanks or a comment follow the marker. */
  badSeparator?: { start: number; end: number; rest: string }
}

/**
 * Split a text the way kubectl does: at each line that starts with `---`; the separator lines
 * belong to no chunk. A byte order mark at the start of a chunk is skipped (go-yaml skips it).
 */
export function splitChunks(text: string): Chunk[] {
  const chunks: Chunk[] = []
  const push = (start: number, end: number): Chunk => {
    const skip = text.charCodeAt(start) === 0xfeff && start < end ? 1 : 0
    const chunk: Chunk = { start: start + skip, text: text.slice(start + skip, end) }
    chunks.push(chunk)
    return chunk
  }
  let start = 0
  SEPARATOR.lastIndex = 0
  for (let m = SEPARATOR.exec(text); m !== null; m = SEPARATOR.exec(text)) {
    const chunk = push(start, m.index)
    const line = m[0].endsWith('\r') ? m[0].slice(0, -1) : m[0]
    const rest = m[0].slice(3).replace(GO_SPACE, '')
    if (rest !== '' && !rest.startsWith('#'))
      chunk.badSeparator = { start: m.index, end: m.index + line.length, rest }
    start = Math.min(m.index + m[0].length + 1, text.length)
  }
  push(start, text.length)
  return chunks
}

export function readYaml(input: string, options: ReadOptions = {}): YamlReadResult {
  // A byte order mark is not part of the first line (editors do not show it): drop it.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  const lines = new LineIndex(text)
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS
  const cache = options.cache
  const used = new Map<string, ChunkResult>()
  const documents: YamlDocument[] = []
  const problems: YamlProblem[] = []

  const toProblem = (
    base: number,
    issue: Pick<YamlIssue, 'start' | 'end' | 'severity' | 'code' | 'message' | 'ref'>,
  ): YamlProblem => {
    const start = base + Math.max(issue.start, 0)
    const from = lines.at(start)
    const to = lines.at(Math.max(base + issue.end, start + 1))
    let message = issue.message
    if (issue.ref !== undefined) {
      const i = message.lastIndexOf(LINE_REF)
      const line = String(lines.at(base + issue.ref).line)
      if (i >= 0) message = message.slice(0, i) + line + message.slice(i + 1)
    }
    return {
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      severity: issue.severity,
      code: issue.code,
      message,
    }
  }

  if (text.length > maxChars) {
    // Too big to evaluate as you type: say so at once instead of reading most of it.
    const cut = lines.at(maxChars)
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1)
    problems.push({
      line: cut.line,
      column: 1,
      endLine: cut.line,
      endColumn: cut.column,
      severity: 'error',
      code: 'too-large',
      message: `The text is ${mb(text.length)} MB; podplay evaluates at most ${mb(maxChars)} MB here (the limit is crossed on this line). Nothing was evaluated: split the manifest, or run the command line (npm run podplay -- check --pod FILE), which reads up to 32 MB a file.`,
    })
    return { documents, problems, lines }
  }
  for (const chunk of splitChunks(text)) {
    let result = used.get(chunk.text) ?? cache?.get(chunk.text)
    if (!result) result = readChunk(chunk.text)
    used.set(chunk.text, result)
    for (const issue of result.issues) problems.push(toProblem(chunk.start, issue))
    const bad = chunk.badSeparator
    if (bad) {
      problems.push(
        toProblem(0, {
          start: bad.start,
          end: bad.end,
          severity: 'error',
          code: 'document-separator',
          message: `invalid Yaml document separator: ${bad.rest}. A line starting with \`---\` separates documents only when nothing but blanks or a \`#\` comment follows it: kubectl stops here (\`error parsing: invalid Yaml document separator\`) and does not apply the document above it, so podplay does not evaluate it. Put the content on the next line.`,
        }),
      )
      continue
    }
    for (const doc of result.docs) {
      if (doc.value === null || doc.value === undefined) continue
      documents.push({
        value: doc.value,
        index: documents.length,
        start: chunk.start + doc.start,
        base: chunk.start,
        positions: result.positions,
      })
    }
  }
  if (cache) {
    cache.clear()
    for (const [k, v] of used) cache.set(k, v)
  }
  return { documents, problems, lines }
}

export interface Located {
  start: number
  end: number
  /** True when the whole path exists; false when an ancestor stands for a missing field. */
  exact: boolean
}

/**
 * Where a path stands in a document: the key of the deepest existing field on the path (a missing
 * field is marked at the nearest existing ancestor). Offsets are absolute.
 */
export function locate(doc: YamlDocument, path: Path): Located {
  let start = doc.start - doc.base
  let end = start
  let node: unknown = doc.value
  let exact = true
  for (const part of path) {
    if (typeof node !== 'object' || node === null) {
      exact = false
      break
    }
    const pos = doc.positions.get(node)
    if (typeof part === 'number' && Array.isArray(node)) {
      const items = pos?.offs
      if (part < 0 || part >= node.length || !items) {
        exact = false
        break
      }
      start = items[part * 2]!
      end = items[part * 2 + 1]!
      node = node[part]
      if (end <= start) end = firstKeyEnd(doc.positions, node, start)
    } else if (!Array.isArray(node) && Object.hasOwn(node, String(part))) {
      const range = pos ? keyRange(pos, node, String(part)) : undefined
      if (range) {
        start = range.keyStart
        end = range.keyEnd
      }
      node = (node as Record<string, unknown>)[String(part)]
    } else {
      exact = false
      break
    }
  }
  return { start: doc.base + start, end: doc.base + end, exact }
}

function firstKeyEnd(positions: PositionMap, node: unknown, start: number): number {
  if (typeof node === 'object' && node !== null && !Array.isArray(node)) {
    const pos = positions.get(node)
    if (pos && pos.offs.length >= 4) return pos.offs[1]!
  }
  return start + 1
}
