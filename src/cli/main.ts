/**
 * podplay's command line: the same engine and report as the app, for CI.
 * Exit status: 0 all admitted, 1 a policy denies something, 2 unreadable input, nothing to check or
 * wrong usage. Everything from the input that reaches the terminal (the text report, messages on
 * standard error) has its control characters shown escaped.
 */
import {
  anyDenied,
  counts,
  evaluate,
  formatMarkdown,
  formatSarif,
  formatText,
  isInputError,
  type Report,
} from '../engine'
import { diffReports, grantsMore } from '../engine/diff'
import { formatCompareMarkdown, formatCompareText } from '../engine/diff/format'
import { escapeTerminal } from '../engine/format/escape'
import { readYaml } from '../engine/yaml'
import { parseCheckArgs, parseDiffArgs, USAGE, UsageError, wantsHelp } from './args'
import {
  InputError,
  type Joined,
  join,
  LIMITS,
  type Limits,
  origin,
  type ReadStdin,
  readBounded,
} from './files'
import { runFix } from './fix'
import { expandInputs } from './inputs'

export interface Io {
  stdin: ReadStdin
  stdout: (s: string) => void
  stderr: (s: string) => void
  /** Input size limits (LIMITS unless a test sets smaller ones). */
  limits?: Limits
}

const processIo: Io = {
  stdin: (maxBytes) => readBounded(0, maxBytes),
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
}

/** Runs the command line and returns the exit status. */
export function run(argv: string[], io: Io = processIo): number {
  const fail = (message: string) => io.stderr(`podplay: ${escapeTerminal(message)}\n`)
  if (argv[0] === 'fix') return runFix(argv.slice(1), io)
  if (wantsHelp(argv)) {
    io.stdout(`${USAGE}\n`)
    return 0
  }
  try {
    if (argv[0] === 'diff') return runDiff(argv, io)
    const args = parseCheckArgs(argv)
    const limits = io.limits ?? LIMITS
    const budget = { left: limits.total }
    const pod = join(expandInputs(args.pods), io.stdin, budget, limits)
    const policy = join(expandInputs(args.policies), io.stdin, budget, limits)
    const report = evaluate(
      { pod: pod.text, policy: policy.text, options: args.options },
      { maxChars: Number.POSITIVE_INFINITY },
    )
    const files = { pod, policy }
    const place = placeIn(files)
    if (args.format === 'json') io.stdout(`${JSON.stringify(withFiles(report, files))}\n`)
    else if (args.format === 'markdown') io.stdout(formatMarkdown(report, place))
    else if (args.format === 'sarif') {
      io.stdout(formatSarif(report, (editor, line) => origin(files[editor], line)))
    } else io.stdout(formatText(report, place))
    if (inputErrors(report, place, fail)) return 2
    const empty = [
      ['--pod', pod, report.workloads.some((w) => w.editor === 'pod')],
      ['--policy', policy, false],
    ] as const
    for (const [option, joined, known] of empty) {
      if (joined.sources.length === 0 || known || hasObjects(joined)) continue
      const names = joined.sources.map((s) => s.name).join(', ')
      fail(
        `nothing to check: no Kubernetes object in the ${option} input (${names}); it is empty or only comments, as when the command that made it failed`,
      )
      return 2
    }
    return anyDenied(report) ? 1 : 0
  } catch (e) {
    return failed(e, io, fail)
  }
}

type Files = Record<'pod' | 'policy', Joined>

/** Names a line of the joined input by its file: `app.yaml:12`. */
const placeIn = (files: Files) => (editor: 'pod' | 'policy', line: number) => {
  const o = origin(files[editor], line)
  return `${o.file}:${o.line}`
}

/** Says on standard error where the first input error is; true when there is one. */
function inputErrors(
  report: Report,
  place: (editor: 'pod' | 'policy', line: number) => string,
  fail: (message: string) => void,
  side = '',
): boolean {
  const c = counts(report)
  if (c.errors === 0) return false
  const first = report.problems.find(isInputError)!
  fail(
    `${c.errors} input error(s)${side}; first at ${place(first.editor, first.line)}: ${first.message}`,
  )
  return true
}

/**
 * `podplay diff`: both sides judged against the same --policy; exit 1 when a change grants more
 * privilege, 0 otherwise, 2 for unreadable input (either side) or wrong usage.
 */
function runDiff(argv: string[], io: Io): number {
  const fail = (message: string) => io.stderr(`podplay: ${escapeTerminal(message)}\n`)
  const args = parseDiffArgs(argv)
  const limits = io.limits ?? LIMITS
  const budget = { left: limits.total }
  // (standard input is named at most once: parseDiffArgs)
  const stdin = io.stdin
  const policy = join(expandInputs(args.policies), stdin, budget, limits)
  const side = (files: string[]) => {
    // a side may hold nothing yet (a new application, or one removed)
    const pod = join(expandInputs(files, true), stdin, budget, limits)
    const joined: Files = { pod, policy }
    const report = evaluate(
      { pod: pod.text, policy: policy.text, options: args.options },
      { maxChars: Number.POSITIVE_INFINITY },
    )
    return { joined, report, place: placeIn(joined) }
  }
  const before = side(args.before)
  const after = side(args.after)
  const diff = diffReports(before.report, after.report)
  const places = { before: before.place, after: after.place }
  if (args.format === 'json') {
    const changes = diff.changes.map((c) => ({
      ...c,
      ...(c.at && {
        at: {
          ...(c.at.before && { before: withFiles(c.at.before, before.joined) }),
          ...(c.at.after && { after: withFiles(c.at.after, after.joined) }),
        },
      }),
    }))
    io.stdout(
      `${JSON.stringify({
        version: 1,
        changes,
        before: withFiles(before.report, before.joined),
        after: withFiles(after.report, after.joined),
      })}\n`,
    )
  } else if (args.format === 'markdown') io.stdout(formatCompareMarkdown(diff, places))
  else io.stdout(formatCompareText(diff, places))
  if (inputErrors(before.report, before.place, fail, ' before the change')) return 2
  if (inputErrors(after.report, after.place, fail, ' after the change')) return 2
  return grantsMore(diff) ? 1 : 0
}

function failed(e: unknown, io: Io, fail: (message: string) => void): number {
  if (e instanceof UsageError) {
    io.stderr(`podplay: ${escapeTerminal(e.message)}\n${USAGE}\n`)
    return 2
  }
  if (e instanceof InputError) {
    fail(e.message)
    return 2
  }
  fail(`internal error: ${e instanceof Error ? e.message : String(e)}`)
  return 2
}

/** Whether a joined input holds at least one document that is not empty, comments or null. */
function hasObjects(joined: Joined): boolean {
  return readYaml(joined.text, { maxChars: Number.POSITIVE_INFINITY }).documents.length > 0
}

/**
 * Adds `file` to every line-bearing entry (problems, workloads, and every source location inside
 * them: violations, PodSecurityPolicy details, containers) and makes the lines file-relative.
 */
function withFiles(report: unknown, files: Files): unknown {
  const walk = (value: unknown, key: string | null): unknown => {
    if (Array.isArray(value)) return value.map((v) => walk(v, null))
    if (typeof value !== 'object' || value === null) return value
    const obj = value as Record<string, unknown>
    // no prototype: a key from the input ("__proto__") stays a key
    const out: Record<string, unknown> = Object.create(null)
    for (const [k, v] of Object.entries(obj)) {
      // the admitted pod is the user's data, not a report entry
      out[k] = key === 'podSecurityPolicy' && k === 'pod' ? v : walk(v, k)
    }
    if ((obj.editor === 'pod' || obj.editor === 'policy') && typeof obj.line === 'number') {
      const o = origin(files[obj.editor], obj.line)
      out.file = o.file
      out.line = o.line
      // the end moves with the start (a marked range never spans two files)
      if (typeof obj.endLine === 'number') out.endLine = obj.endLine - (obj.line - o.line)
    }
    return out
  }
  return walk(report, null)
}
