/**
 * podplay's command line: the same engine and report as the app, for CI.
 * Exit status: 0 all admitted, 1 a policy denies something, 2 unreadable input or wrong usage.
 */
import { readFileSync } from 'node:fs'
import {
  anyDenied,
  counts,
  evaluate,
  formatMarkdown,
  formatSarif,
  formatText,
  type Report,
} from '../engine'
import { parseCheckArgs, USAGE, UsageError } from './args'
import { InputError, type Joined, join, origin } from './files'

export interface Io {
  stdin: () => string
  stdout: (s: string) => void
  stderr: (s: string) => void
}

const processIo: Io = {
  stdin: () => readFileSync(0, 'utf8'),
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
}

/** Runs the command line and returns the exit status. */
export function run(argv: string[], io: Io = processIo): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(`${USAGE}\n`)
    return 0
  }
  try {
    const args = parseCheckArgs(argv)
    const pod = join(args.pods, io.stdin)
    const policy = join(args.policies, io.stdin)
    const report = evaluate(
      { pod: pod.text, policy: policy.text, options: args.options },
      { maxChars: Number.POSITIVE_INFINITY },
    )
    const files = { pod, policy }
    const place = (editor: 'pod' | 'policy', line: number) => {
      const o = origin(files[editor], line)
      return `${o.file}:${o.line}`
    }
    if (args.format === 'json') io.stdout(`${JSON.stringify(withFiles(report, files), null, 2)}\n`)
    else if (args.format === 'markdown') io.stdout(formatMarkdown(report, place))
    else if (args.format === 'sarif') {
      io.stdout(formatSarif(report, (editor, line) => origin(files[editor], line)))
    } else io.stdout(formatText(report, place))
    const c = counts(report)
    if (c.errors > 0) {
      const first = report.problems.find((p) => p.severity === 'error')!
      io.stderr(
        `podplay: ${c.errors} input error(s); first at ${place(first.editor, first.line)}: ${first.message}\n`,
      )
      return 2
    }
    return anyDenied(report) ? 1 : 0
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`podplay: ${e.message}\n${USAGE}\n`)
      return 2
    }
    if (e instanceof InputError) {
      io.stderr(`podplay: ${e.message}\n`)
      return 2
    }
    io.stderr(`podplay: internal error: ${e instanceof Error ? e.message : String(e)}\n`)
    return 2
  }
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
    const out: Record<string, unknown> = {}
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
