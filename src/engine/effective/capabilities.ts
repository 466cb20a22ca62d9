/**
 * Linux capabilities as the container runtime grants them (pod-security-policy.md §11):
 * the runtime's default set, then `add: [ALL]`, `drop: [ALL]`, each added name, each dropped name
 * (drop wins). Names are upper-cased and compared without the CAP_ prefix, as runtimes do.
 */
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

const KNOWN = new Set<string>(ALL_CAPABILITIES)

/** What a non-privileged container gets when it asks for nothing. */
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
  capabilities: string[]
  added: string[]
  dropped: string[]
  /** Names the runtime would not recognise (e.g. `CAP_CHOWN`, which becomes CAP_CAP_CHOWN). */
  unknown: string[]
}

const sorted = (s: Iterable<string>) => [...s].sort()

export function effectiveCapabilities(
  runtime: Runtime,
  privileged: boolean,
  add: readonly unknown[],
  drop: readonly unknown[],
): CapabilityResult {
  const defaults = RUNTIME_DEFAULTS[runtime]
  const unknown: string[] = []
  const norm = (list: readonly unknown[]) =>
    list.flatMap((raw) => {
      if (typeof raw !== 'string') return []
      const name = raw.toUpperCase()
      if (name === 'ALL' || KNOWN.has(name)) return [name]
      unknown.push(raw)
      return []
    })
  let set: Set<string>
  if (privileged) {
    set = new Set(ALL_CAPABILITIES)
  } else {
    const adds = norm(add)
    const drops = norm(drop)
    set = new Set(defaults)
    if (adds.includes('ALL')) set = new Set(ALL_CAPABILITIES)
    if (drops.includes('ALL')) set.clear()
    for (const a of adds) if (a !== 'ALL') set.add(a)
    for (const d of drops) if (d !== 'ALL') set.delete(d)
  }
  const base = new Set(defaults)
  return {
    capabilities: sorted(set),
    added: sorted([...set].filter((c) => !base.has(c))),
    dropped: sorted(defaults.filter((c) => !set.has(c))),
    unknown,
  }
}
