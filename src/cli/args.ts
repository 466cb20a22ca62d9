/** Command-line arguments: `podplay check [--pod FILE]... [--policy FILE]... [options]`. */
import { parseArgs } from 'node:util'
import type { EngineOptions, Level, Runtime } from '../engine'

export type Format = 'text' | 'json' | 'markdown' | 'sarif'

export interface CheckArgs {
  pods: string[]
  policies: string[]
  options: EngineOptions
  format: Format
}

export class UsageError extends Error {}

export const USAGE = `usage: podplay check [--pod FILE]... [--policy FILE]... [options]

  --pod FILE           Pods and workloads (and Namespaces); - for standard input
  --policy FILE        PodSecurityPolicies, Namespaces with pod-security labels, NetworkPolicies
  --level LEVEL        privileged | baseline | restricted (overrides namespace labels)
  --version VERSION    v1.N | latest
  --runtime RUNTIME    containerd | cri-o (default containerd)
  --probe PORT/PROTO   a connection to test between every pair of pods, e.g. 80/TCP (repeatable)
  --psp-usable NAME    a PodSecurityPolicy the pod's service account may use (repeatable)
  --format FORMAT      text | json | markdown | sarif (default text)

Exit status: 0 all admitted, 1 a policy denies something, 2 unreadable input or wrong usage.`

const LEVELS: readonly Level[] = ['privileged', 'baseline', 'restricted']
const RUNTIMES: readonly Runtime[] = ['containerd', 'cri-o']
const FORMATS: readonly Format[] = ['text', 'json', 'markdown', 'sarif']

export function parseCheckArgs(argv: string[]): CheckArgs {
  const [command, ...rest] = argv
  if (command !== 'check')
    throw new UsageError(command ? `unknown command "${command}"` : 'missing command "check"')
  let values: ReturnType<typeof parse>['values']
  try {
    values = parse(rest).values
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e))
  }
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
    if (!/^(latest|v1\.(0|[1-9][0-9]*))$/.test(values.version))
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
  for (const probe of values.probe ?? []) {
    const m = /^([0-9]+)\/(TCP|UDP|SCTP)$/i.exec(probe)
    const port = m ? Number(m[1]) : 0
    if (!m || port < 1 || port > 65535)
      throw new UsageError(
        `--probe must be PORT/PROTOCOL with a port 1-65535 and TCP, UDP or SCTP, e.g. 80/TCP, not "${probe}"`,
      )
  }
  if (values.probe?.length) options.probes = values.probe.map((p) => p.toUpperCase())
  if (values['psp-usable']?.length) options.pspUsable = values['psp-usable']
  const format = (values.format ?? 'text') as Format
  if (!FORMATS.includes(format))
    throw new UsageError(
      `--format must be one of text, json, markdown, sarif, not "${values.format}"`,
    )
  return { pods, policies, options, format }
}

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: false,
    strict: true,
    options: {
      pod: { type: 'string', multiple: true },
      policy: { type: 'string', multiple: true },
      level: { type: 'string' },
      version: { type: 'string' },
      runtime: { type: 'string' },
      probe: { type: 'string', multiple: true },
      'psp-usable': { type: 'string', multiple: true },
      format: { type: 'string' },
    },
  })
}
