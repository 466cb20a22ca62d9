/**
 * Quick fixes for Pod Security Standards violations, as text edits that keep everything else of
 * the text (comments, key order, style), and "Make it meet <level>": every safe fix applied,
 * re-evaluated, until nothing changes (a fixed point). The app's code actions and panel buttons
 * and `podplay fix` call these. Pure and never throws on any text.
 */
import { readInput } from '../evaluate'
import { formatPath } from '../path'
import { CHECKS, evaluatePss, type PssViolation } from '../pss'
import type { Level, Path } from '../report'
import type { PreparedWorkload } from '../stages/context'
import { LineIndex, locate, readYaml, splitChunks, type YamlDocument } from '../yaml'
import type { ChunkResult } from '../yaml/read'
import { DECISIONS, FIXERS, type FixOp } from './fixers'
import { applyEdits, DocEditor, flowText, overlaps, type TextEdit, Unsafe } from './text'

export { applyEdits, type TextEdit } from './text'
export type { FixOp } from './fixers'

/** One safe fix of one violation: the edit that makes it, and what it does in words. */
export interface QuickFix {
  /** Index of the workload in the report's `workloads`. */
  workload: number
  check: string
  /** `set spec.containers[0].securityContext.allowPrivilegeEscalation to false`. */
  description: string
  /** Dotted path of the field the fix writes or removes (from the document root). */
  path: string
  /** 1-based line of the field (or of where it goes) in the text the fix applies to. */
  line: number
  /** The violation's field paths (as the report's violation locations write them), to match markers. */
  violationPaths: string[]
  edit: TextEdit
}

/** A violation no safe fix removes: what a person must decide, in words. */
export interface Decision {
  workload: number
  /** `Deployment default/web`. */
  name: string
  check: string
  /** PSA's words: `reason (detail)`. */
  violation: string
  decide: string
  /** 1-based line of the offending field (or of where it belongs) in the fixed text. */
  line: number
  /** Set when a fix exists but podplay would not apply it to this text, and why. */
  unsafe?: string
}

export interface AppliedFix {
  workload: number
  check: string
  description: string
  /** 1-based line in the fixed text. */
  line: number
}

export interface FixAllResult {
  /** The fixed text (the input itself when nothing could be fixed). */
  text: string
  applied: AppliedFix[]
  decisions: Decision[]
  /** True when every workload of the fixed text meets the level. */
  meets: boolean
  /** Set when the text cannot be fixed at all (YAML errors, no workload): why. */
  unreadable: string | null
}

type Caches = Record<'pod' | 'policy', Map<string, ChunkResult>>

interface Candidate {
  op: FixOp['kind']
  violationPaths: string[]
  workload: number
  check: string
  description: string
  path: Path
  edit: TextEdit
}

interface Round {
  prepared: PreparedWorkload[]
  violations: PssViolation[][]
  candidates: Candidate[]
  unsafe: Map<string, string>
  unreadable: string | null
}

/** YAML anchors, aliases or merge keys: one value may stand in several places, so no edits. */
const ALIASING = /(^|[\s[{,])[&*][A-Za-z0-9_][^\s[\]{},]*|(^|[\s{,])<<\s*:/

/** Per text: whether the document at each chunk start uses aliases (computed once per chunk). */
function aliasTester(text: string): (doc: YamlDocument) => boolean {
  let chunks: Map<number, string> | null = null
  const known = new Map<number, boolean>()
  return (doc) => {
    let hit = known.get(doc.base)
    if (hit === undefined) {
      chunks ??= new Map(splitChunks(text).map((c) => [c.start, c.text]))
      hit = ALIASING.test(chunks.get(doc.base) ?? text.slice(doc.base))
      known.set(doc.base, hit)
    }
    return hit
  }
}

function describeOp(op: FixOp, full: Path): string {
  const at = formatPath(full)
  if (op.kind === 'remove') return `remove ${at}`
  if (op.kind === 'append') return `add ${flowText(op.value)} to ${at}`
  return `set ${at} to ${flowText(op.value)}`
}

function workloadName(w: PreparedWorkload): string {
  return `${w.found.kind} ${w.found.namespace}/${w.found.name}`
}

function round(text: string, level: Level, version: string, caches: Caches): Round {
  const read = readInput({ pod: text, policy: '' }, { caches, maxChars: Number.POSITIVE_INFINITY })
  const syntax = read.ctx.problems.find(
    (p) =>
      p.severity === 'error' &&
      (p.code.startsWith('yaml') ||
        p.code === 'document-separator' ||
        p.code === 'alias-bomb' ||
        p.code === 'invalid-key'),
  )
  const out: Round = {
    prepared: read.prepared,
    violations: [],
    candidates: [],
    unsafe: new Map(),
    unreadable: syntax ? `line ${syntax.line}: ${syntax.message}` : null,
  }
  if (syntax) return out
  const crlf = text.includes('\r\n')
  const usesAliases = aliasTester(text)
  read.prepared.forEach((w, index) => {
    const violations = evaluatePss(w.pod, level, version).violations
    out.violations.push(violations)
    const prefix: Path = [...w.found.at, ...w.found.templatePath]
    const doc = w.found.doc
    const exists = (p: Path) => locate(doc, [...prefix, ...p]).exact
    const aliased = usesAliases(doc)
    const editor = new DocEditor(text, doc)
    for (const v of violations) {
      const fixer = FIXERS[v.check]
      if (!fixer) continue
      for (const op of fixer(v, w.pod, exists)) {
        const full = [...prefix, ...op.path]
        try {
          if (aliased) throw new Unsafe('the document uses YAML anchors, aliases or merge keys')
          const made =
            op.kind === 'set'
              ? editor.set(full, op.value)
              : op.kind === 'append'
                ? editor.append(full, op.value)
                : editor.remove(full)
          // a text with Windows line ends gets them in its new lines too
          const edit = crlf ? { ...made, text: made.text.replace(/\r?\n/g, '\r\n') } : made
          out.candidates.push({
            op: op.kind,
            violationPaths: v.paths.map((p) => formatPath([...prefix, ...p])),
            workload: index,
            check: v.check,
            description: describeOp(op, full),
            path: full,
            edit,
          })
        } catch (e) {
          if (!(e instanceof Unsafe)) throw e
          out.unsafe.set(`${index}:${v.check}`, `${describeOp(op, full)}: ${e.message}`)
        }
      }
    }
  })
  return out
}

/** Length of the line break an inserted text starts with (its first line is the next one). */
function leadingBreak(text: string): number {
  return text.startsWith('\r\n') ? 2 : text.startsWith('\n') ? 1 : 0
}

let lastLines: { text: string; index: LineIndex } | null = null

/** 1-based line of an offset (the line index of the last text asked about is kept). */
function lineOf(text: string, offset: number): number {
  if (lastLines === null || lastLines.text !== text)
    lastLines = { text, index: new LineIndex(text) }
  return lastLines.index.at(offset).line
}

/** The safe fixes of the text's violations at a level, each applicable on its own. */
export function quickFixes(text: string, level: Level, version = 'latest'): QuickFix[] {
  try {
    const r = round(text, level, version, { pod: new Map(), policy: new Map() })
    return r.candidates.map((c) => ({
      workload: c.workload,
      check: c.check,
      description: c.description,
      path: formatPath(c.path),
      violationPaths: c.violationPaths,
      line: lineOf(text, c.edit.start + leadingBreak(c.edit.text)),
      edit: c.edit,
    }))
  } catch {
    return []
  }
}

/** What a person must decide about a violation of a check that no safe fix removes, in words. */
export function decisionFor(check: string): string {
  return (
    DECISIONS[check] ?? CHECKS.find((c) => c.id === check)?.remediation ?? 'change the pod by hand'
  )
}

const MAX_ROUNDS = 64

/**
 * "Make it meet <level>": applies every safe fix, evaluates again, and repeats until the text meets
 * the level or nothing more can be fixed. What remains is listed as decisions for a person.
 */
export function fixAll(text: string, level: Level, version = 'latest'): FixAllResult {
  const caches: Caches = { pod: new Map(), policy: new Map() }
  let current = text
  const applied: (AppliedFix & { offset: number; op: Candidate['op']; path: Path })[] = []
  // texts already produced: a fix that undoes another would otherwise go round for ever
  const seen = new Set<string>([text])
  const unsafe = new Map<string, string>()
  let last: Round
  try {
    for (let n = 0; ; n++) {
      last = round(current, level, version, caches)
      if (last.unreadable !== null) break
      for (const [k, v] of last.unsafe) unsafe.set(k, v)
      // by position: an edit can only touch the last one kept (the kept ones do not overlap)
      const chosen: Candidate[] = []
      const byStart = last.candidates
        .map((c, i) => ({ c, i }))
        .sort((a, b) => a.c.edit.start - b.c.edit.start || a.i - b.i)
      for (const { c } of byStart) {
        const prev = chosen[chosen.length - 1]
        if (prev && overlaps(prev.edit, c.edit)) continue
        chosen.push(c)
      }
      if (chosen.length === 0 || n >= MAX_ROUNDS) break
      // where earlier fixes stand after this round's edits
      const edits = chosen.map((c) => c.edit).sort((a, b) => a.start - b.start)
      const next = applyEdits(current, edits)
      if (seen.has(next)) break
      seen.add(next)
      const shift = shifter(edits)
      for (const a of applied) a.offset = shift(a.offset)
      let delta = 0
      for (const c of chosen) {
        const lead = leadingBreak(c.edit.text)
        applied.push({
          workload: c.workload,
          check: c.check,
          description: c.description,
          line: 0,
          offset: c.edit.start + delta + lead,
          op: c.op,
          path: c.path,
        })
        delta += c.edit.text.length - (c.edit.end - c.edit.start)
      }
      current = next
    }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e)
    return {
      text,
      applied: [],
      decisions: [],
      meets: false,
      unreadable: `podplay could not fix this text (an internal error, please report it): ${message}`,
    }
  }
  if (last.unreadable !== null) {
    return { text, applied: [], decisions: [], meets: false, unreadable: last.unreadable }
  }
  if (last.prepared.length === 0) {
    return {
      text,
      applied: [],
      decisions: [],
      meets: false,
      unreadable: 'nothing to fix: no Pod or workload in the input',
    }
  }
  let docs: YamlDocument[] | null = null
  const docsOf = () => {
    docs ??= readYaml(current, { maxChars: Number.POSITIVE_INFINITY }).documents
    return docs
  }
  const decisions: Decision[] = []
  last.violations.forEach((violations, workload) => {
    const w = last.prepared[workload]!
    const prefix: Path = [...w.found.at, ...w.found.templatePath]
    for (const v of violations) {
      const first = v.paths[0]
      const at = locate(w.found.doc, first === undefined ? w.found.at : [...prefix, ...first]).start
      const why = unsafe.get(`${workload}:${v.check}`)
      decisions.push({
        workload,
        name: workloadName(w),
        check: v.check,
        violation: v.detail === '' ? v.reason : `${v.reason} (${v.detail})`,
        decide: decisionFor(v.check),
        line: lineOf(current, at),
        ...(why !== undefined && { unsafe: why }),
      })
    }
  })
  return {
    text: current,
    applied: applied
      .map(({ offset, op, path, ...a }) => ({
        ...a,
        line: finalLine(current, docsOf(), offset, op, path),
      }))
      .sort((a, b) => a.line - b.line),
    decisions,
    meets: decisions.length === 0,
    unreadable: null,
  }
}

/**
 * The line an applied fix is reported at in the fixed text: the field it set (for a list, the item
 * it added), or for a removal the line before the place it left.
 */
function finalLine(
  text: string,
  docs: readonly YamlDocument[],
  offset: number,
  op: FixOp['kind'],
  path: Path,
): number {
  if (op === 'remove') return lineOf(text, Math.max(0, offset - 1))
  let lo = 0
  let hi = docs.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (docs[mid]!.start <= offset) lo = mid + 1
    else hi = mid
  }
  const doc = docs[lo - 1]
  if (doc) {
    const at = locate(doc, op === 'append' ? [...path, lastIndex(doc.value, path)] : path)
    if (at.exact) return lineOf(text, at.start)
  }
  return lineOf(text, offset)
}

function lastIndex(root: unknown, path: Path): number {
  let node = root
  for (const p of path) node = (node as Record<string | number, unknown> | null)?.[p]
  return Array.isArray(node) ? node.length - 1 : 0
}

/** Where offsets stand after non-overlapping edits (sorted by start), by binary search. */
function shifter(edits: readonly TextEdit[]): (offset: number) => number {
  const before: number[] = []
  let sum = 0
  for (const e of edits) {
    before.push(sum)
    sum += e.text.length - (e.end - e.start)
  }
  return (offset) => {
    let lo = 0
    let hi = edits.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (edits[mid]!.start < offset) lo = mid + 1
      else hi = mid
    }
    if (lo === 0) return offset
    const e = edits[lo - 1]!
    if (e.end > offset) return e.start + before[lo - 1]!
    return offset + before[lo - 1]! + e.text.length - (e.end - e.start)
  }
}
