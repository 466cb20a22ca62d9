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
import { escapeTerminal } from '../engine/format/escape'
import { readYaml } from '../engine/yaml'
import { parseCheckArgs, USAGE, UsageError, wantsHelp } from './args'
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
    const args = parseCheckArgs(argv)
    const limits = io.limits ?? LIMITS
    const budget = { left: limits.total }
    const pod = join(args.pods, io.stdin, budget, limits)
    const policy = join(args.policies, io.stdin, budget, limits)
    const report = evaluate(
      { pod: pod.text, policy: policy.text, options: args.options },
      { maxChars: Number.POSITIVE_INFINITY },
    )
    const files = { pod, policy }
    const place = (editor: 'pod' | 'policy', line: number) => {
      const o = origin(files[editor], line)
      return `${o.file}:${o.line}`
    }
    if (args.format === 'json') io.stdout(`${JSON.stringify(withFiles(report, files))}\n`)
    else if (args.format === 'markdown') io.stdout(formatMarkdown(report, place))
    else if (args.format === 'sarif') {
      io.stdout(formatSarif(report, (editor, line) => origin(files[editor], line)))
    } else io.stdout(formatText(report, place))
    const c = counts(report)
    if (c.errors > 0) {
      const first = report.problems.find(isInputError)!
      fail(
        `${c.errors} input error(s); first at ${place(first.editor, first.line)}: ${first.message}`,
      )
      return 2
    }
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
}

/** Whether a joined input holds at least one document that is not empty, comments or null. */
function hasObjects(joined: Joined): boolean {
  return readYaml(joined.text, { maxChars: Number.POSITIVE_INFINITY }).documents.length > 0
}

/**
 * Adds `file` to every line-bearing entry (problems, workloads, and every source location inside
 * them: violations, PodSecurityPolicy details, containers) and makes the lines file-relative.
 */
function withFiles(report: Report, files: Record<'pod' | 'policy', Joined>): unknown {
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
