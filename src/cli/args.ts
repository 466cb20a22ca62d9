/**
 * Command-line arguments: `podplay check [--pod FILE]... [--policy FILE]... [options]` and
 * `podplay diff --before FILE... --after FILE... [--policy FILE]... [options]`.
 *
 * An option that takes a value takes the next argument whatever it looks like (`--pod -h` reads a
 * file named -h, `--pod -` reads standard input), or the text after `=` (`--pod=-h`). A file option
 * (`--pod`, `--policy`, `--before`, `--after`) also takes the arguments after its value that do not
 * start with `-` (`--before base/*.yaml` as the shell expands it). A FILE may be a folder or a glob
 * (./inputs.ts). Help is asked for only by `-h` or `--help` standing as an option of their own.
 */
import type { EngineOptions, Level, Runtime } from '../engine'
import { escapeTerminal } from '../engine/format/escape'
import {
  formatProbe,
  isProbe,
  isValidVersion,
  LEVELS,
  PROBE_SYNTAX,
  parseProbe,
  RUNTIMES,
} from '../engine/vocabulary'
import { InputError, MAX_FILE_BYTES, MAX_TOTAL_BYTES } from './files'

export type Format = 'text' | 'json' | 'markdown' | 'sarif'

export interface CheckArgs {
  pods: string[]
  policies: string[]
  options: EngineOptions
  format: Format
}

export interface DiffArgs {
  before: string[]
  after: string[]
  policies: string[]
  options: EngineOptions
  format: Exclude<Format, 'sarif'>
}

export class UsageError extends Error {}

export const USAGE = `usage: podplay check [--pod FILE]... [--policy FILE]... [options]
       podplay diff --before FILE... --after FILE... [--policy FILE]... [options]
       podplay fix --pod FILE [--level baseline|restricted] [--version v1.N|latest]
         (podplay fix --help says more)

  --pod FILE           what is applied: Pods, workloads, and any Namespaces, PodSecurityPolicies,
                       NetworkPolicies; - for standard input
  --policy FILE        what the cluster already has: PodSecurityPolicies, Namespaces with
                       pod-security labels, NetworkPolicies, running Pods and workloads
  --before, --after    (diff) the manifests before and after the change, judged against the same
                       --policy; exit 1 when the change grants more privilege
  FILE                 a file, a folder (its *.yaml, *.yml, *.json, recursively) or a glob
                       (quoted: 'k8s/**/*.yaml')
  --level LEVEL        privileged | baseline | restricted (overrides namespace labels)
  --version VERSION    v1.N | latest
  --runtime RUNTIME    containerd | cri-o (default containerd)
  --probe PORT/PROTO   a connection to test besides the destinations' ports, e.g. 53/UDP (repeatable)
  --psp-usable NAME    a PodSecurityPolicy the pod's service account may use (repeatable)
  --format FORMAT      text | json | markdown | sarif (default text; diff: text | json | markdown)

Files: at most ${MAX_FILE_BYTES / 1024 / 1024} MiB each and ${MAX_TOTAL_BYTES / 1024 / 1024} MiB in all; UTF-8, or UTF-16 with a byte order mark.
Exit status: 0 all admitted (diff: no change grants more), 1 a policy denies something (diff: a
change grants more privilege), 2 unreadable or too large input, nothing to check (no Kubernetes
object in the input) or wrong usage.`

const FORMATS: readonly Format[] = ['text', 'json', 'markdown', 'sarif']
const DIFF_FORMATS: readonly Format[] = ['text', 'json', 'markdown']

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
  for (const only of ['before', 'after'] as const)
    if (values[only]) throw new UsageError(`--${only} is for podplay diff`)
  const pods = values.pod ?? []
  const policies = values.policy ?? []
  if (pods.length === 0 && policies.length === 0)
    throw new UsageError('give at least one --pod FILE')
  onceStdin([...pods, ...policies])
  return { pods, policies, ...common(values, FORMATS) }
}

export function parseDiffArgs(argv: string[]): DiffArgs {
  const { values } = parse(argv[0] === 'diff' ? argv.slice(1) : argv)
  if (values.pod) throw new UsageError('podplay diff takes --before and --after instead of --pod')
  const before = values.before ?? []
  const after = values.after ?? []
  if (before.length === 0 || after.length === 0)
    throw new UsageError('give --before FILE... and --after FILE...')
  const policies = values.policy ?? []
  onceStdin([...before, ...after, ...policies])
  const { options, format } = common(values, DIFF_FORMATS)
  return { before, after, policies, options, format: format as DiffArgs['format'] }
}

function onceStdin(files: string[]): void {
  if (files.filter((f) => f === '-').length > 1)
    throw new UsageError('standard input (-) can be read only once')
}

/** The options check and diff share: the engine's options and the format. */
function common(
  values: Values,
  formats: readonly Format[],
): { options: EngineOptions; format: Format } {
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
  if (!formats.includes(format))
    throw new UsageError(`--format must be one of ${formats.join(', ')}, not "${values.format}"`)
  return { options, format }
}

type Values = {
  [K in (typeof SINGLE)[number]]?: string
} & {
  [K in (typeof MULTIPLE)[number]]?: string[]
}

const SINGLE = ['level', 'version', 'runtime', 'format'] as const
const MULTIPLE = ['pod', 'policy', 'before', 'after', 'probe', 'psp-usable'] as const
/** Options whose value is a FILE: the arguments after it that do not start with `-` are more. */
const FILE_OPTIONS: readonly string[] = ['pod', 'policy', 'before', 'after']
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
    else {
      const values = [value]
      if (FILE_OPTIONS.includes(name))
        while (i + 1 < args.length && !args[i + 1]!.startsWith('-')) values.push(args[++i]!)
      multiple.set(name, [...(multiple.get(name) ?? []), ...values])
    }
  }
  const values: Values = {}
  for (const k of SINGLE) values[k] = single.get(k)
  for (const k of MULTIPLE) values[k] = multiple.get(k)
  return { values, help }
}

/**
 * Exit status 2 for what stopped a command, said on standard error: a usage error with the
 * command's usage, an input error as it is, anything else as an internal error. Every message is
 * escaped for the terminal.
 */
export function failedWith(e: unknown, usage: string, stderr: (text: string) => void): 2 {
  const say = (message: string) => stderr(`podplay: ${escapeTerminal(message)}\n`)
  if (e instanceof UsageError) stderr(`podplay: ${escapeTerminal(e.message)}\n${usage}\n`)
  else if (e instanceof InputError) say(e.message)
  else say(`internal error: ${e instanceof Error ? e.message : String(e)}`)
  return 2
}
