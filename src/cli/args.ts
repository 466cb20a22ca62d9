/**
 * Command-line arguments: `podplay check [--pod FILE]... [--policy FILE]... [options]`.
 *
 * An option that takes a value takes the next argument whatever it looks like (`--pod -h` reads a
 * file named -h, `--pod -` reads standard input), or the text after `=` (`--pod=-h`). Help is asked
 * for only by `-h` or `--help` standing as an option of their own.
 */
import type { EngineOptions, Level, Runtime } from '../engine'
import {
  formatProbe,
  isProbe,
  isValidVersion,
  LEVELS,
  PROBE_SYNTAX,
  parseProbe,
  RUNTIMES,
} from '../engine/vocabulary'
import { MAX_FILE_BYTES, MAX_TOTAL_BYTES } from './files'

export type Format = 'text' | 'json' | 'markdown' | 'sarif'

export interface CheckArgs {
  pods: string[]
  policies: string[]
  options: EngineOptions
  format: Format
}

export class UsageError extends Error {}

export const USAGE = `usage: podplay check [--pod FILE]... [--policy FILE]... [options]
       podplay fix --pod FILE [--level baseline|restricted] [--version v1.N|latest]
         (podplay fix --help says more)

  --pod FILE           Pods and workloads (and Namespaces); - for standard input
  --policy FILE        PodSecurityPolicies, Namespaces with pod-security labels, NetworkPolicies
  --level LEVEL        privileged | baseline | restricted (overrides namespace labels)
  --version VERSION    v1.N | latest
  --runtime RUNTIME    containerd | cri-o (default containerd)
  --probe PORT/PROTO   a connection to test between every pair of pods, e.g. 80/TCP (repeatable)
  --psp-usable NAME    a PodSecurityPolicy the pod's service account may use (repeatable)
  --format FORMAT      text | json | markdown | sarif (default text)

Files: at most ${MAX_FILE_BYTES / 1024 / 1024} MiB each and ${MAX_TOTAL_BYTES / 1024 / 1024} MiB in all; UTF-8, or UTF-16 with a byte order mark.
Exit status: 0 all admitted, 1 a policy denies something, 2 unreadable or too large input,
nothing to check (no Kubernetes object in the input) or wrong usage.`

const FORMATS: readonly Format[] = ['text', 'json', 'markdown', 'sarif']

/** Whether the arguments ask for help (`-h`/`--help` as an option, not as an option's value). */
export function wantsHelp(argv: string[]): boolean {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '-h' || arg === '--help') return true
    if (arg.startsWith('--') && !arg.includes('=') && OPTIONS.includes(arg.slice(2))) i++
  }
  return false
}

export function parseCheckArgs(argv: string[]): CheckArgs {
  const [command, ...rest] = argv
  if (command !== 'check')
    throw new UsageError(command ? `unknown command "${command}"` : 'missing command "check"')
  const { values } = parse(rest)
  const pods = values.pod ?? []
  const policies = values.policy ?? []
  if (pods.length === 0 && policies.length === 0)
    throw new UsageError('give at least one --pod FILE')
  if (pods.filter((f) => f === '-').length + policies.filter((f) => f === '-').length > 1) {
    throw new UsageError('standard input (-) can be read only once')
  }
  const options: EngineOptions = {}
  if (values.level !== undefined) {
    if (!LEVELS.includes(values.level as Level))
      throw new UsageError(`--level must be one of ${LEVELS.join(', ')}, not "${values.level}"`)
    options.level = values.level as Level
  }
  if (values.version !== undefined) {
    if (!isValidVersion(values.version))
      throw new UsageError(`--version must be "latest" or "v1.N", not "${values.version}"`)
    options.version = values.version
  }
  if (values.runtime !== undefined) {
    if (!RUNTIMES.includes(values.runtime as Runtime))
      throw new UsageError(
        `--runtime must be one of ${RUNTIMES.join(', ')}, not "${values.runtime}"`,
      )
    options.runtime = values.runtime as Runtime
  }
  const probes = (values.probe ?? []).map((probe) => {
    const p = isProbe(probe) ? parseProbe(probe) : null
    if (p === null) throw new UsageError(`--probe must be ${PROBE_SYNTAX}, not "${probe}"`)
    return formatProbe(p)
  })
  if (probes.length) options.probes = probes
  if (values['psp-usable']?.length) options.pspUsable = values['psp-usable']
  const format = (values.format ?? 'text') as Format
  if (!FORMATS.includes(format))
    throw new UsageError(
      `--format must be one of text, json, markdown, sarif, not "${values.format}"`,
    )
  return { pods, policies, options, format }
}

type Values = {
  [K in (typeof SINGLE)[number]]?: string
} & {
  [K in (typeof MULTIPLE)[number]]?: string[]
}

const SINGLE = ['level', 'version', 'runtime', 'format'] as const
const MULTIPLE = ['pod', 'policy', 'probe', 'psp-usable'] as const
const OPTIONS: readonly string[] = [...SINGLE, ...MULTIPLE]

function parse(args: string[]): { values: Values; help: boolean } {
  const single = new Map<string, string>()
  const multiple = new Map<string, string[]>()
  let help = false
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '-h' || arg === '--help') {
      help = true
      continue
    }
    if (!arg.startsWith('--') || arg === '--') {
      throw new UsageError(
        arg.startsWith('-') && arg !== '-' && arg !== '--'
          ? `unknown option "${arg}"`
          : `unexpected argument "${arg}" (files are given with --pod FILE or --policy FILE)`,
      )
    }
    const eq = arg.indexOf('=')
    const name = arg.slice(2, eq === -1 ? undefined : eq)
    const isSingle = (SINGLE as readonly string[]).includes(name)
    if (!OPTIONS.includes(name)) throw new UsageError(`unknown option "--${name}"`)
    let value: string
    if (eq !== -1) value = arg.slice(eq + 1)
    else if (i + 1 < args.length) value = args[++i]!
    else throw new UsageError(`--${name} needs a value`)
    if (isSingle) single.set(name, value)
    else multiple.set(name, [...(multiple.get(name) ?? []), value])
  }
  const values: Values = {}
  for (const k of SINGLE) values[k] = single.get(k)
  for (const k of MULTIPLE) values[k] = multiple.get(k)
  return { values, help }
}
