/**
 * Reads one chunk of text (what kubectl's YAMLReader hands go-yaml: the lines between two `---`
 * separator lines) the way kubectl does, recording where each key and item stands:
 *
 * - a chunk that starts with a `%YAML`/`%TAG` directive is a document of its own for kubectl, and
 *   go-yaml rejects it (`did not find expected <document start>`);
 * - `...` ends the document: go-yaml decodes only the first document of a chunk, so the text after
 *   `...` is dropped (a warning says so) and not read;
 * - the rest is construct.ts on js-yaml 5's event stream.
 *
 * Sources: apimachinery pkg/util/yaml/decoder.go (YAMLReader), go-yaml v2 yaml.go (`Unmarshal`
 * reads the first document), cluster-path.md §2.
 */
import { type Event, parseEvents, YAMLException } from 'js-yaml'
import { construct, ReadError } from './construct'
import type { PositionMap } from './positions'

export { LINE_REF, MAX_ALIAS_EXPANSION } from './construct'

export interface YamlIssue {
  /** Offsets relative to the chunk. */
  start: number
  end: number
  severity: 'error' | 'warning'
  code:
    | 'yaml-syntax'
    | 'duplicate-key'
    | 'alias-bomb'
    | 'yaml11'
    | 'too-large'
    | 'document-separator'
    | 'ignored-text'
    | 'invalid-key'
    | 'unsupported-value'
  message: string
  /** Offset (relative to the chunk) of a related place; its editor line replaces LINE_REF in `message`. */
  ref?: number
}

export interface ChunkResult {
  /** The documents of this chunk (at most one), with their start offsets in the chunk. */
  docs: { value: unknown; start: number }[]
  issues: YamlIssue[]
  /** Where every mapping and sequence of the chunk stands (offsets relative to the chunk). */
  positions: PositionMap
}

/** Most nesting levels js-yaml reads. */
const MAX_DEPTH = 100

/** A `...` document end marker: at the start of a line, followed by a blank or the end. */
const DOC_END = /(?<![^\n])\.\.\.(?=[ \t\r\n\u0085\u2028\u2029]|$)/g
const LINE = /[^\n]*\n?/g

/** Read one chunk of text. Never throws. */
export function readChunk(source: string): ChunkResult {
  const directive = directiveIssue(source)
  if (directive) return { docs: [], issues: [directive], positions: new Map() }
  const pre: YamlIssue[] = []
  let text = source
  DOC_END.lastIndex = 0
  const end = DOC_END.exec(source)
  if (end) {
    text = source.slice(0, end.index)
    const lineEnd = source.indexOf('\n', end.index)
    const after = source.slice(end.index + 3)
    if (hasContent(after)) {
      pre.push({
        start: end.index,
        end: lineEnd < 0 ? source.length : lineEnd,
        severity: 'warning',
        code: 'ignored-text',
        message:
          '`...` ends the document: kubectl (go-yaml) reads nothing after it up to the next `---` line, so that text is ignored and not evaluated. Start a new document with `---` instead.',
      })
    }
  }
  let events: Event[]
  try {
    events = parseEvents(text, { maxDepth: MAX_DEPTH })
  } catch (e) {
    return { docs: [], issues: [...pre, syntaxIssue(text, e)], positions: new Map() }
  }
  try {
    const r = construct(text, events)
    if (pre.length > 0) r.issues.unshift(...pre)
    return r
  } catch (e) {
    const issue = e instanceof ReadError ? e.issue : syntaxIssue(text, e)
    return { docs: [], issues: [...pre, issue], positions: new Map() }
  }
}

/** Whether a text has anything but blanks and comments. */
function hasContent(text: string): boolean {
  LINE.lastIndex = 0
  for (let m = LINE.exec(text); m !== null && m[0] !== ''; m = LINE.exec(text)) {
    const line = m[0].trim()
    if (line !== '' && !line.startsWith('#')) return true
  }
  return false
}

/**
 * A chunk whose first content line is a directive: kubectl splits the `%YAML` line off from the
 * `---` after it, and go-yaml then finds no document start (parserc.go
 * yaml_parser_parse_document_start). go-yaml counts that error's line from 0 (cluster-path.md §3.5).
 */
function directiveIssue(source: string): YamlIssue | null {
  LINE.lastIndex = 0
  let directive: { start: number; end: number; text: string } | null = null
  let line0 = 0
  for (let m = LINE.exec(source); m !== null && m[0] !== ''; m = LINE.exec(source)) {
    const text = m[0].replace(/\r?\n$/, '')
    const trimmed = text.trim()
    if (directive === null) {
      if (text.startsWith('%')) directive = { start: m.index, end: m.index + text.length, text }
      else if (trimmed !== '' && !trimmed.startsWith('#')) return null
    } else if (trimmed !== '' && !trimmed.startsWith('#') && !text.startsWith('%')) {
      break
    }
    line0++
  }
  if (!directive) return null
  const name = /^%(\S*)/.exec(directive.text)?.[1] ?? ''
  let problem = `yaml: line ${line0}: did not find expected <document start>`
  if (name !== 'YAML' && name !== 'TAG') problem = 'yaml: found unknown directive name'
  else if (name === 'YAML' && !/^%YAML[ \t]+1\.1([ \t]|$)/.test(directive.text))
    problem = 'yaml: found incompatible YAML document'
  return {
    start: directive.start,
    end: directive.end,
    severity: 'error',
    code: 'yaml-syntax',
    message: `kubectl splits the stream at every \`---\` line, so this directive becomes a document of its own, which go-yaml rejects: \`error converting YAML to JSON: ${problem}\`. Remove the directive line.`,
  }
}

function syntaxIssue(source: string, e: unknown): YamlIssue {
  if (e instanceof YAMLException) {
    const at = Math.min(e.mark?.position ?? 0, source.length)
    return {
      start: at,
      end: at + 1,
      severity: 'error',
      code: 'yaml-syntax',
      message: `YAML syntax error: ${e.reason}`,
    }
  }
  const message = e instanceof Error ? e.message : String(e)
  return {
    start: 0,
    end: 1,
    severity: 'error',
    code: 'yaml-syntax',
    message: `YAML could not be read: ${message}`,
  }
}
