/**
 * The YAML layer: texts in, documents with positions out. Kubernetes' reading rules live in
 * read.ts and scalars.ts; this module splits a text into documents, reuses unchanged ones, and
 * turns field paths back into editor positions.
 */
import type { Path } from '../report'
import { LineIndex } from './lines'
import { keyRange, type PositionMap } from './positions'
import { type ChunkResult, readChunk, type YamlIssue } from './read'

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

/** `---` at the start of a line (after `\n` only: `^` with the m flag would also cut after U+2028). */
const DOC_MARKER = /(?<![^\n])---(?=[ \t\r\n]|$)/g

/** Split a text at `---` lines; each chunk keeps its marker line. */
export function splitChunks(text: string): { start: number; text: string }[] {
  const cuts: number[] = [0]
  DOC_MARKER.lastIndex = 0
  for (let m = DOC_MARKER.exec(text); m !== null; m = DOC_MARKER.exec(text)) {
    const cut = directivesBefore(text, m.index)
    if (cut > cuts[cuts.length - 1]!) cuts.push(cut)
  }
  return cuts.map((start, i) => ({ start, text: text.slice(start, cuts[i + 1] ?? text.length) }))
}

/**
 * Directives (`%YAML 1.1`, `%TAG ...`) belong to the document after them: a cut at a `---` moves
 * up to the first directive line right before it (comments and blank lines may sit in between).
 */
function directivesBefore(text: string, marker: number): number {
  let cut = marker
  let end = marker
  while (end > 0) {
    // (lastIndexOf clamps a negative start to 0, which would find the newline at 0 forever)
    const start = end >= 2 ? text.lastIndexOf('\n', end - 2) + 1 : 0
    const line = text.slice(start, end).trimEnd()
    if (line.startsWith('%')) cut = start
    else if (line !== '' && !line.startsWith('#')) break
    end = start
  }
  return cut
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
    issue: Pick<YamlIssue, 'start' | 'end' | 'severity' | 'code' | 'message'>,
  ): YamlProblem => {
    const start = base + Math.max(issue.start, 0)
    const from = lines.at(start)
    const to = lines.at(Math.max(base + issue.end, start + 1))
    return {
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      severity: issue.severity,
      code: issue.code,
      message: issue.message,
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
      message: `The text is ${mb(text.length)} MB; podplay evaluates at most ${mb(maxChars)} MB here (the limit is crossed on this line). Nothing was evaluated: split the manifest, or run the command line (npm run podplay -- check --pod FILE), which has no limit.`,
    })
    return { documents, problems, lines }
  }
  for (const chunk of splitChunks(text)) {
    let result = used.get(chunk.text) ?? cache?.get(chunk.text)
    if (!result) result = readChunk(chunk.text)
    used.set(chunk.text, result)
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
    for (const issue of result.issues) problems.push(toProblem(chunk.start, issue))
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
