import { describe, expect, it } from 'vitest'
import type { Runtime } from '../report'
import { ALL_CAPABILITIES, effectiveCapabilities, goUpper, RUNTIME_DEFAULTS } from './capabilities'

// pod-security-policy.md §11 and cluster-path.md §9.4 (containerd pkg/oci/spec.go, CRI-O
// internal/config/capabilities/capabilities_linux.go), written out here so that the code's own lists
// are checked too.
const CONTAINERD = [
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
]
const CRIO = [
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'NET_BIND_SERVICE',
  'SETGID',
  'SETPCAP',
  'SETUID',
]
const ALL =
  `CHOWN DAC_OVERRIDE DAC_READ_SEARCH FOWNER FSETID KILL SETGID SETUID SETPCAP LINUX_IMMUTABLE
  NET_BIND_SERVICE NET_BROADCAST NET_ADMIN NET_RAW IPC_LOCK IPC_OWNER SYS_MODULE SYS_RAWIO SYS_CHROOT
  SYS_PTRACE SYS_PACCT SYS_ADMIN SYS_BOOT SYS_NICE SYS_RESOURCE SYS_TIME SYS_TTY_CONFIG MKNOD LEASE
  AUDIT_WRITE AUDIT_CONTROL SETFCAP MAC_OVERRIDE MAC_ADMIN SYSLOG WAKE_ALARM BLOCK_SUSPEND AUDIT_READ
  PERFMON BPF CHECKPOINT_RESTORE`.split(/\s+/)
const sorted = (l: string[]) => [...l].sort()
const minus = (a: string[], b: string[]) => sorted(a.filter((x) => !b.includes(x)))
const DEFAULTS: Record<Runtime, string[]> = { containerd: CONTAINERD, 'cri-o': CRIO }

describe('the lists', () => {
  it('has the 41 capabilities of Linux 5.9+', () => {
    expect(ALL).toHaveLength(41)
    expect([...ALL_CAPABILITIES]).toEqual(ALL)
  })
  it('containerd grants 14, CRI-O 9', () => {
    expect([...RUNTIME_DEFAULTS.containerd]).toEqual(CONTAINERD)
    expect([...RUNTIME_DEFAULTS['cri-o']]).toEqual(CRIO)
  })
})

interface Case {
  name: string
  privileged?: boolean
  add?: unknown[]
  drop?: unknown[]
  /** Effective set from the runtime's default set `d`. */
  caps: (d: string[]) => string[]
  unknown?: string[]
}

const cases: Case[] = [
  { name: 'nothing', caps: (d) => d },
  { name: 'add SYS_TIME', add: ['SYS_TIME'], caps: (d) => [...d, 'SYS_TIME'] },
  { name: 'drop CHOWN', drop: ['CHOWN'], caps: (d) => minus(d, ['CHOWN']) },
  { name: 'add ALL', add: ['ALL'], caps: () => ALL },
  { name: 'add all (lower case)', add: ['all'], caps: () => ALL },
  { name: 'drop ALL', drop: ['ALL'], caps: () => [] },
  {
    name: 'drop ALL, add NET_BIND_SERVICE',
    drop: ['ALL'],
    add: ['NET_BIND_SERVICE'],
    caps: () => ['NET_BIND_SERVICE'],
  },
  { name: 'add ALL and drop ALL', add: ['ALL'], drop: ['ALL'], caps: () => [] },
  {
    name: 'add ALL, drop SYS_ADMIN',
    add: ['ALL'],
    drop: ['SYS_ADMIN'],
    caps: () => minus(ALL, ['SYS_ADMIN']),
  },
  {
    name: 'add and drop the same: drop wins',
    add: ['SYS_TIME', 'CHOWN'],
    drop: ['SYS_TIME', 'CHOWN'],
    caps: (d) => minus(d, ['CHOWN']),
  },
  {
    name: 'lower-case names',
    add: ['net_raw', 'sys_time'],
    drop: ['Chown'],
    caps: (d) => minus([...d, 'NET_RAW', 'SYS_TIME'], ['CHOWN']),
  },
  { name: 'the same name twice', add: ['SYS_TIME', 'SYS_TIME'], caps: (d) => [...d, 'SYS_TIME'] },
  { name: 'non-strings are ignored', add: [7, null], caps: (d) => d },
  { name: 'ALL in any case, in drop too', add: ['aLl'], drop: ['All'], caps: () => [] },
  {
    name: 'privileged: unknown names are ignored without error',
    privileged: true,
    add: ['FLY', 'CAP_SYS_TIME', ''],
    drop: ['cap_fly'],
    caps: () => ALL,
  },
  { name: 'privileged', privileged: true, caps: () => ALL },
  {
    name: 'privileged ignores add and drop',
    privileged: true,
    add: ['SYS_TIME'],
    drop: ['ALL'],
    caps: () => ALL,
  },
]

describe.each(['containerd', 'cri-o'] as const)('%s', (runtime) => {
  it.each(cases)('$name', ({ privileged = false, add = [], drop = [], caps, unknown = [] }) => {
    const d = DEFAULTS[runtime]
    const expected = sorted([...new Set(caps(d))])
    const r = effectiveCapabilities(runtime, privileged, add, drop)
    expect(r.capabilities).toEqual(expected)
    expect(r.added).toEqual(minus(expected, d))
    expect(r.dropped).toEqual(minus(d, expected))
    expect(r.unknown).toEqual(unknown)
    expect(r.error).toBeNull()
  })
})

// The runtimes map names differently (cluster-path.md §9.4, §9.5): containerd
// internal/cri/opts/spec_opts.go WithCapabilities (always CAP_ + upper case; runc
// libcontainer/capabilities/capabilities.go ignores unknown names); CRI-O
// internal/factory/container/container.go SpecSetupCapabilities (cap_-prefixed names kept,
// case-insensitive; runtime-tools validate/capabilities CapValid for drops).
interface NameCase {
  name: string
  add?: unknown[]
  drop?: unknown[]
  containerd: { caps: (d: string[]) => string[]; unknown: string[] }
  crio: { caps: (d: string[]) => string[]; unknown: string[]; error: string | null }
}
const nameCases: NameCase[] = [
  {
    name: 'CAP_SYS_ADMIN: nothing under containerd (CAP_CAP_SYS_ADMIN), SYS_ADMIN under CRI-O',
    add: ['CAP_SYS_ADMIN'],
    containerd: { caps: (d) => d, unknown: ['CAP_SYS_ADMIN'] },
    crio: { caps: (d) => [...d, 'SYS_ADMIN'], unknown: [], error: null },
  },
  {
    name: 'cap_ prefix in any case',
    add: ['cap_sys_time', 'Cap_Net_Raw'],
    drop: ['CAP_CHOWN'],
    containerd: { caps: (d) => d, unknown: ['cap_sys_time', 'Cap_Net_Raw', 'CAP_CHOWN'] },
    crio: {
      caps: (d) => minus([...d, 'SYS_TIME', 'NET_RAW'], ['CHOWN']),
      unknown: [],
      error: null,
    },
  },
  {
    name: 'lower case without prefix is fine on both',
    add: ['sys_admin'],
    containerd: { caps: (d) => [...d, 'SYS_ADMIN'], unknown: [] },
    crio: { caps: (d) => [...d, 'SYS_ADMIN'], unknown: [], error: null },
  },
  {
    name: 'an unknown name to add',
    add: ['FOO'],
    containerd: { caps: (d) => d, unknown: ['FOO'] },
    crio: { caps: (d) => d, unknown: ['FOO'], error: 'unknown capability "CAP_FOO" to add' },
  },
  {
    name: 'an unknown cap_ name to add is quoted as written',
    add: ['cap_foo'],
    containerd: { caps: (d) => d, unknown: ['cap_foo'] },
    crio: { caps: (d) => d, unknown: ['cap_foo'], error: 'unknown capability "cap_foo" to add' },
  },
  {
    name: 'an empty name to add',
    add: [''],
    containerd: { caps: (d) => d, unknown: [''] },
    crio: { caps: (d) => d, unknown: [''], error: 'unknown capability "CAP_" to add' },
  },
  {
    name: 'an unknown name to drop',
    drop: ['FOO'],
    containerd: { caps: (d) => d, unknown: ['FOO'] },
    crio: {
      caps: (d) => d,
      unknown: ['FOO'],
      error: 'failed to drop cap CAP_FOO invalid capability: CAP_FOO',
    },
  },
  {
    name: 'an unknown cap_ name to drop: as written, then upper-cased',
    drop: ['cap_foo'],
    containerd: { caps: (d) => d, unknown: ['cap_foo'] },
    crio: {
      caps: (d) => d,
      unknown: ['cap_foo'],
      error: 'failed to drop cap cap_foo invalid capability: CAP_FOO',
    },
  },
  {
    name: 'the first add error wins over a drop error',
    add: ['SYS_TIME', 'BAR'],
    drop: ['FOO'],
    containerd: { caps: (d) => [...d, 'SYS_TIME'], unknown: ['BAR', 'FOO'] },
    crio: {
      caps: (d) => [...d, 'SYS_TIME'],
      unknown: ['BAR', 'FOO'],
      error: 'unknown capability "CAP_BAR" to add',
    },
  },
  {
    name: 'drop ALL with an unknown add still fails on CRI-O',
    add: ['NET_BIND_SERVICE', 'x'],
    drop: ['ALL'],
    containerd: { caps: () => ['NET_BIND_SERVICE'], unknown: ['x'] },
    crio: {
      caps: () => ['NET_BIND_SERVICE'],
      unknown: ['x'],
      error: 'unknown capability "CAP_X" to add',
    },
  },
]

describe.each(['containerd', 'cri-o'] as const)('names under %s', (runtime) => {
  it.each(nameCases)('$name', (c) => {
    const d = DEFAULTS[runtime]
    const want = runtime === 'containerd' ? { ...c.containerd, error: null } : c.crio
    const r = effectiveCapabilities(runtime, false, c.add ?? [], c.drop ?? [])
    expect(r.capabilities).toEqual(sorted([...new Set(want.caps(d))]))
    expect(r.unknown).toEqual(want.unknown)
    expect(r.error).toBe(want.error)
  })
})

describe('goUpper: Go maps one code point to one', () => {
  it.each([
    ['sys_admin', 'SYS_ADMIN'],
    ['straße', 'STRAßE'],
    ['ſys_time', 'SYS_TIME'],
  ])('%s -> %s', (input, out) => {
    expect(goUpper(input)).toBe(out)
  })
})

describe('exact counts', () => {
  const counts: [Runtime, boolean, string[], string[], number, number, number][] = [
    ['containerd', false, [], [], 14, 0, 0],
    ['cri-o', false, [], [], 9, 0, 0],
    ['containerd', true, [], [], 41, 27, 0],
    ['cri-o', true, [], [], 41, 32, 0],
    ['containerd', false, ['SYS_TIME'], ['CHOWN'], 14, 1, 1],
    ['cri-o', false, ['net_raw'], [], 10, 1, 0],
    ['containerd', false, [], ['ALL'], 0, 0, 14],
  ]
  it.each(counts)(
    '%s privileged=%s add=%j drop=%j: %i capabilities, %i added, %i dropped',
    (rt, priv, add, drop, n, a, dr) => {
      const r = effectiveCapabilities(rt, priv, add, drop)
      expect([r.capabilities.length, r.added.length, r.dropped.length]).toEqual([n, a, dr])
    },
  )
})
