import { describe, expect, it } from 'vitest'
import type { Runtime } from '../report'
import { ALL_CAPABILITIES, effectiveCapabilities, RUNTIME_DEFAULTS } from './capabilities'

// pod-security-policy.md §11, written out here so that the code's own lists are checked too.
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
  {
    name: 'CAP_CHOWN is unknown',
    add: ['CAP_SYS_TIME'],
    drop: ['CAP_CHOWN'],
    caps: (d) => d,
    unknown: ['CAP_SYS_TIME', 'CAP_CHOWN'],
  },
  { name: 'a made-up name is unknown', add: ['FLY'], caps: (d) => d, unknown: ['FLY'] },
  { name: 'non-strings are ignored', add: [7, null], caps: (d) => d },
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
