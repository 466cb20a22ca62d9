/**
 * Linux capabilities as each container runtime grants them (cluster-path.md §9.4, §9.5):
 * the runtime's default set, then `add: [ALL]`, `drop: [ALL]`, each added name, each dropped name
 * (drop wins). A privileged container gets every capability and its lists are ignored.
 *
 * The runtimes differ in how they turn a Kubernetes name into a Linux one:
 * - containerd (`internal/cri/opts/spec_opts.go` `WithCapabilities`): always `CAP_` + upper case,
 *   so `sys_admin` is CAP_SYS_ADMIN but `CAP_SYS_ADMIN` becomes CAP_CAP_SYS_ADMIN and `""` CAP_.
 *   runc (`libcontainer/capabilities/capabilities.go`, since 1.0.0-rc94) ignores names it does not
 *   know: no error, no capability.
 * - CRI-O (`internal/factory/container/container.go` `SpecSetupCapabilities`): a name that starts
 *   with `cap_` in any case is kept as written, any other gets `CAP_` + upper case; names are
 *   compared case-insensitively. An unknown name fails the container:
 *   `unknown capability "CAP_FOO" to add`, `failed to drop cap CAP_FOO invalid capability: CAP_FOO`
 *   (the latter from runtime-tools `validate/capabilities` `CapValid`).
 */
import { goQuote } from '../go/quote'
import type { Runtime } from '../report'

/** Every capability of Linux 5.9 and later (41), in kernel order. */
export const ALL_CAPABILITIES = [
  'CHOWN',
  'DAC_OVERRIDE',
  'DAC_READ_SEARCH',
  'FOWNER',
  'FSETID',
  'KILL',
  'SETGID',
  'SETUID',
  'SETPCAP',
  'LINUX_IMMUTABLE',
  'NET_BIND_SERVICE',
  'NET_BROADCAST',
  'NET_ADMIN',
  'NET_RAW',
  'IPC_LOCK',
  'IPC_OWNER',
  'SYS_MODULE',
  'SYS_RAWIO',
  'SYS_CHROOT',
  'SYS_PTRACE',
  'SYS_PACCT',
  'SYS_ADMIN',
  'SYS_BOOT',
  'SYS_NICE',
  'SYS_RESOURCE',
  'SYS_TIME',
  'SYS_TTY_CONFIG',
  'MKNOD',
  'LEASE',
  'AUDIT_WRITE',
  'AUDIT_CONTROL',
  'SETFCAP',
  'MAC_OVERRIDE',
  'MAC_ADMIN',
  'SYSLOG',
  'WAKE_ALARM',
  'BLOCK_SUSPEND',
  'AUDIT_READ',
  'PERFMON',
  'BPF',
  'CHECKPOINT_RESTORE',
] as const

/** Linux names (`CAP_CHOWN`, ...) of every capability. */
const LINUX_NAMES = new Set<string>(ALL_CAPABILITIES.map((c) => `CAP_${c}`))

/**
 * What a non-privileged container gets when it asks for nothing: containerd `pkg/oci/spec.go`
 * (14), CRI-O `internal/config/capabilities/capabilities_linux.go` (9).
 */
export const RUNTIME_DEFAULTS: Record<Runtime, readonly string[]> = {
  containerd: [
    'AUDIT_WRITE',
    'CHOWN',
    'DAC_OVERRIDE',
    'FOWNER',
    'FSETID',
    'KILL',
    'MKNOD',
    'NET_BIND_SERVICE',
    'NET_RAW',
    'SETFCAP',
    'SETGID',
    'SETPCAP',
    'SETUID',
    'SYS_CHROOT',
  ],
  'cri-o': [
    'CHOWN',
    'DAC_OVERRIDE',
    'FOWNER',
    'FSETID',
    'KILL',
    'NET_BIND_SERVICE',
    'SETGID',
    'SETPCAP',
    'SETUID',
  ],
}

export interface CapabilityResult {
  /** The bounding set, sorted, without the CAP_ prefix. */
  capabilities: string[]
  added: string[]
  dropped: string[]
  /**
   * Names, as written, that the runtime does not know once mapped (containerd: `CAP_CHOWN`, which
   * becomes CAP_CAP_CHOWN; both runtimes: `FLY`, `""`). Empty for a privileged container.
   */
  unknown: string[]
  /** CRI-O's error for the first unknown name (adds before drops); always null for containerd. */
  error: string | null
}

/**
 * Go's strings.ToUpper, code point by code point: JavaScript's full case mapping can turn one
 * character into several (`ß` -> `SS`), Go's simple mapping never does.
 */
export function goUpper(s: string): string {
  let out = ''
  for (const ch of s) {
    const up = ch.toUpperCase()
    out += [...up].length === 1 ? up : ch
  }
  return out
}

/** Go's strings.EqualFold with "ALL" (ASCII letters: no other character folds to A or L). */
const isAll = (name: string) => name.length === 3 && name.toUpperCase() === 'ALL'

/** containerd: `CAP_` + upper case, always. */
const containerdName = (name: string) => `CAP_${goUpper(name)}`

/** CRI-O `toCAPPrefixed`: kept as written when it starts with `cap_` in any case. */
const crioName = (name: string) => (/^cap_/i.test(name) ? name : `CAP_${goUpper(name)}`)

const strings = (l: readonly unknown[]) => l.filter((n): n is string => typeof n === 'string')
const sorted = (s: Iterable<string>) => [...s].sort()

function result(
  runtime: Runtime,
  set: ReadonlySet<string>,
  unknown: string[],
  error: string | null,
): CapabilityResult {
  const defaults = RUNTIME_DEFAULTS[runtime]
  const base = new Set(defaults)
  return {
    capabilities: sorted(set),
    added: sorted([...set].filter((c) => !base.has(c))),
    dropped: sorted(defaults.filter((c) => !set.has(c))),
    unknown,
    error,
  }
}

export function effectiveCapabilities(
  runtime: Runtime,
  privileged: boolean,
  addList: readonly unknown[],
  dropList: readonly unknown[],
): CapabilityResult {
  // Both runtimes: a privileged container gets every capability, lists ignored, no error.
  if (privileged) return result(runtime, new Set(ALL_CAPABILITIES), [], null)
  const add = strings(addList)
  const drop = strings(dropList)
  const addAll = add.some(isAll)
  const dropAll = drop.some(isAll)
  const unknown: string[] = []
  let set = new Set<string>(RUNTIME_DEFAULTS[runtime])
  if (addAll) set = new Set(ALL_CAPABILITIES)
  if (dropAll) set.clear()

  // CRI-O: the first unknown name stops CreateContainer (adds are read before drops). Later names
  // are still read, so that `unknown` lists every name and `capabilities` what the lists ask for.
  // containerd: runc logs "ignoring unknown or unavailable capabilities: [CAP_CAP_SYS_ADMIN]".
  const toLinux = runtime === 'containerd' ? containerdName : crioName
  const steps = [
    {
      names: add,
      apply: (c: string) => set.add(c),
      fail: (linux: string) => `unknown capability ${goQuote(linux)} to add`,
    },
    {
      names: drop,
      apply: (c: string) => set.delete(c),
      fail: (linux: string, upper: string) =>
        `failed to drop cap ${linux} invalid capability: ${upper}`,
    },
  ]
  let error: string | null = null
  for (const { names, apply, fail } of steps) {
    for (const name of names) {
      if (isAll(name)) continue
      const linux = toLinux(name)
      const upper = goUpper(linux)
      if (LINUX_NAMES.has(upper)) apply(upper.slice(4))
      else {
        unknown.push(name)
        if (runtime === 'cri-o') error ??= fail(linux, upper)
      }
    }
  }
  return result(runtime, set, unknown, error)
}
