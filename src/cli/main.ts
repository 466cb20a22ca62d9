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
import { createWorkloadMemo } from '../engine/stages/memo'
import { formatCompareMarkdown, formatCompareText } from '../engine/diff/format'
import { escapeTerminal } from '../engine/format/escape'
import { readYaml } from '../engine/yaml'
import { failedWith, parseCheckArgs, parseDiffArgs, USAGE, wantsHelp } from './args'
import {
  type Joined,
  join,
  LIMITS,
  type Limits,
  origin,
  type ReadStdin,
  readBounded,
} from './files'
import { runFix } from './fix'
import { writeJson } from './jsonOut'
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
    // a report of its own (no cache shared with earlier calls): its places are rewritten below
    const report = evaluate(
      { pod: pod.text, policy: policy.text, options: args.options },
      {
        maxChars: Number.POSITIVE_INFINITY,
        caches: { pod: new Map(), policy: new Map() },
        memo: createWorkloadMemo(),
      },
    )
    const files = { pod, policy }
    const place = placeIn(files)
    // the exit status first, its reason printed after the report (the JSON places below are made
    // file-relative in the report itself)
    const reasons: string[] = []
    const status = checkStatus(report, place, { pod, policy }, (m) => reasons.push(m))
    if (args.format === 'json') writeJson(inFiles(files)(report), io.stdout)
    else if (args.format === 'markdown') io.stdout(formatMarkdown(report, place))
    else if (args.format === 'sarif') {
      io.stdout(formatSarif(report, (editor, line) => origin(files[editor], line)))
    } else io.stdout(formatText(report, place))
    for (const reason of reasons) fail(reason)
    return status
  } catch (e) {
    return failedWith(e, USAGE, io.stderr)
  }
}

type Files = Record<'pod' | 'policy', Joined>

/** The exit status of `podplay check`: 2 (with its reason) for input errors or nothing to check. */
function checkStatus(
  report: Report,
  place: (editor: 'pod' | 'policy', line: number) => string,
  files: Files,
  fail: (message: string) => void,
): number {
  if (inputErrors(report, place, fail)) return 2
  const empty = [
    ['--pod', files.pod, report.workloads.some((w) => w.editor === 'pod')],
    ['--policy', files.policy, false],
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
}

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
  const reasons: string[] = []
  const note = (m: string) => reasons.push(m)
  const status =
    inputErrors(before.report, before.place, note, ' before the change') ||
    inputErrors(after.report, after.place, note, ' after the change')
      ? 2
      : grantsMore(diff)
        ? 1
        : 0
  if (args.format === 'json') {
    // both sides may share objects (unchanged workloads judged once): each is mapped in a copy
    const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value))
    const mapBefore = inFiles(before.joined)
    const mapAfter = inFiles(after.joined)
    const inBefore = <T>(value: T): T => mapBefore(copy(value))
    const inAfter = <T>(value: T): T => mapAfter(copy(value))
    const changes = diff.changes.map((c) => ({
      ...c,
      ...(c.at && {
        at: {
          ...(c.at.before && { before: inBefore(c.at.before) }),
          ...(c.at.after && { after: inAfter(c.at.after) }),
        },
      }),
    }))
    writeJson(
      {
        version: 1,
        changes,
        before: inBefore(before.report),
        after: inAfter(after.report),
      },
      io.stdout,
    )
  } else if (args.format === 'markdown') io.stdout(formatCompareMarkdown(diff, places))
  else io.stdout(formatCompareText(diff, places))
  for (const reason of reasons) fail(reason)
  return status
}

/** Whether a joined input holds at least one document that is not empty, comments or null. */
function hasObjects(joined: Joined): boolean {
  return readYaml(joined.text, { maxChars: Number.POSITIVE_INFINITY }).documents.length > 0
}

/**
 * Adds `file` to every line-bearing entry (problems, workloads, and every source location inside
 * them: violations, PodSecurityPolicy details, containers) and makes the lines file-relative, in
 * the report itself (a copy of a large report costs as much as printing it): only for a report
 * printed once and shared with nothing. An object reached twice is mapped once; only the constant keys `file`,
 * `line` and `endLine` are written, never a key from the input.
 */
function inFiles(files: Files): <T>(report: T) => T {
  const seen = new WeakSet<object>()
  const walk = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return
    seen.add(value)
    if (Array.isArray(value)) {
      for (const v of value) walk(v)
      return
    }
    entry(value as Record<string, unknown>, null)
  }
  const entry = (obj: Record<string, unknown>, skip: string | null): void => {
    for (const k of Object.keys(obj)) {
      const v = obj[k]
      if (k === skip) continue
      // the admitted pod is the user's data, not a report entry
      if (k === 'podSecurityPolicy' && typeof v === 'object' && v !== null && !Array.isArray(v)) {
        if (seen.has(v)) continue
        seen.add(v)
        entry(v as Record<string, unknown>, 'pod')
      } else walk(v)
    }
    if ((obj.editor === 'pod' || obj.editor === 'policy') && typeof obj.line === 'number') {
      const o = origin(files[obj.editor], obj.line)
      // the end moves with the start (a marked range never spans two files)
      if (typeof obj.endLine === 'number') obj.endLine = obj.endLine - (obj.line - o.line)
      obj.file = o.file
      obj.line = o.line
    }
  }
  return (report) => {
    walk(report)
    return report
  }
}
