/**
 * IPv4 and IPv6 addresses and CIDRs as bigints (spec §7). Parsing follows Kubernetes' sloppy
 * parsers: IPv4 octets with leading zeros read as decimal (reported as a warning by the reader),
 * IPv6 with `::` and an embedded dotted quad. Host bits are kept apart so the reader can warn.
 */
import type { Cidr } from './types'

export interface Ip {
  family: 4 | 6
  value: bigint
}

function parseV4(s: string): { value: bigint; leadingZero: boolean } | null {
  const parts = s.split('.')
  if (parts.length !== 4) return null
  let value = 0n
  let leadingZero = false
  for (const p of parts) {
    if (!/^[0-9]{1,3}$/.test(p)) return null
    const n = Number(p)
    if (n > 255) return null
    if (p.length > 1 && p.startsWith('0')) leadingZero = true
    value = (value << 8n) | BigInt(n)
  }
  return { value, leadingZero }
}

function parseV6(s: string): bigint | null {
  if (s.includes('%')) return null
  let head = s
  let tailV4: bigint | null = null
  const lastColon = s.lastIndexOf(':')
  if (s.includes('.')) {
    const v4 = parseV4(s.slice(lastColon + 1))
    if (!v4) return null
    tailV4 = v4.value
    head = s.slice(0, lastColon + 1)
    if (head.endsWith(':') && !head.endsWith('::')) head = head.slice(0, -1)
  }
  const want = tailV4 === null ? 8 : 6
  const halves = head.split('::')
  if (halves.length > 2) return null
  const group = (h: string) => (h === '' ? [] : h.split(':'))
  const left = group(halves[0] ?? '')
  const right = halves.length === 2 ? group(halves[1] ?? '') : []
  const missing = want - left.length - right.length
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null
  const groups = [...left, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...right]
  let value = 0n
  for (const g of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null
    value = (value << 16n) | BigInt(Number.parseInt(g, 16))
  }
  if (tailV4 !== null) value = (value << 32n) | tailV4
  return value
}

/** An IPv4 or IPv6 address, or null. */
export function parseIp(s: string): Ip | null {
  if (s.includes(':')) {
    const v = parseV6(s)
    return v === null ? null : { family: 6, value: v }
  }
  const v4 = parseV4(s)
  return v4 ? { family: 4, value: v4.value } : null
}

export interface ParsedCidr {
  cidr: Cidr
  /** The address had bits set beyond the prefix (`10.0.1.7/24`). */
  hostBits: boolean
  leadingZero: boolean
}

const width = (f: 4 | 6) => (f === 4 ? 32 : 128)

/** `a.b.c.d/n` or `x::y/n`; null when not a CIDR. */
export function parseCidr(text: string): ParsedCidr | null {
  const slash = text.indexOf('/')
  if (slash < 0) return null
  const addr = text.slice(0, slash)
  const bits = text.slice(slash + 1)
  if (!/^[0-9]{1,3}$/.test(bits)) return null
  const prefix = Number(bits)
  const v6 = addr.includes(':')
  const family: 4 | 6 = v6 ? 6 : 4
  const leadingZero = !v6 && (parseV4(addr)?.leadingZero ?? false)
  const ip = parseIp(addr)
  if (!ip || prefix > width(family)) return null
  const hostMask = (1n << BigInt(width(family) - prefix)) - 1n
  const base = ip.value & ~hostMask
  return {
    cidr: { family, base, prefix, text },
    hostBits: (ip.value & hostMask) !== 0n,
    leadingZero,
  }
}

/** Is the address inside the block? Never across families. */
export function cidrContains(c: Cidr, ip: Ip): boolean {
  if (c.family !== ip.family) return false
  const shift = BigInt(width(c.family) - c.prefix)
  return ip.value >> shift === c.base >> shift
}

/** Is `inner` a strict subset of `outer` (inside it, with a longer prefix)? */
export function strictSubset(inner: Cidr, outer: Cidr): boolean {
  return (
    inner.family === outer.family &&
    inner.prefix > outer.prefix &&
    cidrContains(outer, { family: inner.family, value: inner.base })
  )
}

/** The block in canonical form (`10.0.1.0/24`), for explanations. */
export function formatCidr(c: Cidr): string {
  return `${formatIp({ family: c.family, value: c.base })}/${c.prefix}`
}

export function formatIp(ip: Ip): string {
  if (ip.family === 4) {
    const o = [24n, 16n, 8n, 0n].map((s) => String((ip.value >> s) & 255n))
    return o.join('.')
  }
  const groups: string[] = []
  for (let i = 7; i >= 0; i--) groups.push(((ip.value >> BigInt(i * 16)) & 0xffffn).toString(16))
  return groups.join(':').replace(/(^|:)0(:0)+(:|$)/, '::')
}
