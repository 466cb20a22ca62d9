/**
 * `podplay fix --pod FILE [--level baseline|restricted] [--version v1.N|latest]`
 * (../shared/spec/cli-and-report.md, "podplay fix"): prints the input with the safe fixes that make
 * every workload meet the level, keeping everything it does not have to touch; standard error lists
 * each edit (`file:line: set <path> to <value>`, lines of the printed text) and what a person must
 * decide. Exit status: 0 when the printed text meets the level, 1 when some violation has no safe
 * fix, 2 for unreadable input or wrong usage.
 */
import type { Level } from '../engine'
import { fixAll } from '../engine/fix'
import { escapeTerminal } from '../engine/format/escape'
import { isValidVersion } from '../engine/vocabulary'
import { failedWith, UsageError } from './args'
import { decode, LIMITS, type ReadStdin, readSource } from './files'

export const FIX_USAGE = `usage: podplay fix --pod FILE [--level baseline|restricted] [--version v1.N|latest]

  --pod FILE           Pods and workloads; - for standard input
  --level LEVEL        baseline | restricted (default restricted)
  --version VERSION    v1.N | latest (default latest)

Prints the file with the smallest safe edits that make every workload meet the level; comments,
key order and formatting stay. Standard error lists each edit (FILE:LINE, lines of the printed text)
and each violation a person must decide.
Exit status: 0 the printed text meets the level, 1 some violation has no safe fix, 2 unreadable
input or wrong usage.`

export interface FixArgs {
  pod: string
  level: Level
  version: string
}

export function parseFixArgs(args: string[]): FixArgs {
  const values = new Map<string, string>()
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${arg}"`)
    const eq = arg.indexOf('=')
    const name = arg.slice(2, eq === -1 ? undefined : eq)
    if (!['pod', 'level', 'version'].includes(name))
      throw new UsageError(`unknown option "--${name}" for podplay fix`)
    if (values.has(name)) throw new UsageError(`--${name} is given twice (podplay fix reads one)`)
    let value: string
    if (eq !== -1) value = arg.slice(eq + 1)
    else if (i + 1 < args.length) value = args[++i]!
    else throw new UsageError(`--${name} needs a value`)
    values.set(name, value)
  }
  const pod = values.get('pod')
  if (pod === undefined) throw new UsageError('give the file to fix with --pod FILE')
  const level = values.get('level') ?? 'restricted'
  if (level !== 'baseline' && level !== 'restricted')
    throw new UsageError(`--level must be baseline or restricted, not "${level}"`)
  const version = values.get('version') ?? 'latest'
  if (!isValidVersion(version))
    throw new UsageError(`--version must be "latest" or "v1.N", not "${version}"`)
  return { pod, level, version }
}

export interface FixIo {
  stdin: ReadStdin
  stdout: (s: string) => void
  stderr: (s: string) => void
}

/** Runs `podplay fix` (argv without the command) and returns the exit status. */
export function runFix(args: string[], io: FixIo): number {
  const fail = (message: string) => io.stderr(`podplay: ${escapeTerminal(message)}\n`)
  if (args.some((a) => a === '-h' || a === '--help')) {
    io.stdout(`${FIX_USAGE}\n`)
    return 0
  }
  try {
    const { pod, level, version } = parseFixArgs(args)
    const name = pod === '-' ? '<stdin>' : pod
    let text = decode(readSource(pod, io.stdin, { left: LIMITS.total }), name)
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    const r = fixAll(text, level, version)
    if (r.unreadable !== null) {
      fail(`${name}: ${r.unreadable}`)
      return 2
    }
    io.stdout(r.text)
    for (const a of r.applied)
      io.stderr(`${escapeTerminal(`${name}:${a.line}: ${a.description}`)}\n`)
    for (const d of r.decisions) {
      const why = d.unsafe === undefined ? '' : ` (no automatic fix: ${d.unsafe})`
      io.stderr(
        `${escapeTerminal(`${name}:${d.line}: ${d.name}: ${d.violation}: decide: ${d.decide}${why}`)}\n`,
      )
    }
    return r.meets ? 0 : 1
  } catch (e) {
    return failedWith(e, FIX_USAGE, io.stderr)
  }
}
