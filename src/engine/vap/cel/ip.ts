/**
 * Kubernetes IP and CIDR libraries (k8s.io/apiserver/pkg/cel/library/ip.go, cidr.go; Go's
 * net/netip): `ip`, `isIP`, `ip.isCanonical`, `family`, `isUnspecified`, `isLoopback`,
 * `isLinkLocalMulticast`, `isLinkLocalUnicast`, `isGlobalUnicast`, `cidr`, `isCIDR`, `containsIP`,
 * `containsCIDR`, `ip()`, `masked`, `prefixLength`, `string()`. netip refuses IPv4 octets with
 * leading zeros and zones; so do these.
 */
import { formatIp, type Ip, parseCidr, parseIp } from '../../netpol/ipblock'

const width = (f: 4 | 6) => (f === 4 ? 32 : 128)

function strictIp(s: string): Ip | null {
  if (s.includes('%')) return null
  if (!s.includes(':') && s.split('.').some((o) => o.length > 1 && o.startsWith('0'))) return null
  return parseIp(s)
}

export class IPAddr {
  readonly ip: Ip
  constructor(ip: Ip) {
    this.ip = ip
  }
  family(): bigint {
    return BigInt(this.ip.family)
  }
  private inV4(base: bigint, prefix: number): boolean {
    return (
      this.ip.family === 4 && this.ip.value >> BigInt(32 - prefix) === base >> BigInt(32 - prefix)
    )
  }
  private inV6(base: bigint, prefix: number): boolean {
    return (
      this.ip.family === 6 && this.ip.value >> BigInt(128 - prefix) === base >> BigInt(128 - prefix)
    )
  }
  isUnspecified(): boolean {
    return this.ip.value === 0n
  }
  isLoopback(): boolean {
    return this.inV4(0x7f000000n, 8) || (this.ip.family === 6 && this.ip.value === 1n)
  }
  isLinkLocalMulticast(): boolean {
    return this.inV4(0xe0000000n, 24) || this.inV6(0xff02n << 112n, 16)
  }
  isLinkLocalUnicast(): boolean {
    return this.inV4(0xa9fe0000n, 16) || this.inV6(0xfe80n << 112n, 10)
  }
  isGlobalUnicast(): boolean {
    if (this.ip.family === 4 && this.ip.value === 0xffffffffn) return false
    const multicast = this.inV4(0xe0000000n, 4) || this.inV6(0xffn << 120n, 8)
    return !this.isUnspecified() && !this.isLoopback() && !multicast && !this.isLinkLocalUnicast()
  }
  equals(o: IPAddr): boolean {
    return this.ip.family === o.ip.family && this.ip.value === o.ip.value
  }
  toString(): string {
    return formatIp(this.ip)
  }
}

export class CIDRValue {
  readonly addr: IPAddr
  readonly prefix: number
  constructor(addr: IPAddr, prefix: number) {
    this.addr = addr
    this.prefix = prefix
  }
  private contains(ip: Ip): boolean {
    if (ip.family !== this.addr.ip.family) return false
    const shift = BigInt(width(ip.family) - this.prefix)
    return ip.value >> shift === this.addr.ip.value >> shift
  }
  containsIP(o: IPAddr | string): boolean {
    return this.contains((typeof o === 'string' ? parseIpValue(o) : o).ip)
  }
  containsCIDR(o: CIDRValue | string): boolean {
    const c = typeof o === 'string' ? parseCidrValue(o) : o
    return c.prefix >= this.prefix && this.contains(c.addr.ip)
  }
  ipValue(): IPAddr {
    return this.addr
  }
  masked(): CIDRValue {
    const hostBits = BigInt(width(this.addr.ip.family) - this.prefix)
    const value = (this.addr.ip.value >> hostBits) << hostBits
    return new CIDRValue(new IPAddr({ family: this.addr.ip.family, value }), this.prefix)
  }
  prefixLength(): bigint {
    return BigInt(this.prefix)
  }
  equals(o: CIDRValue): boolean {
    return this.prefix === o.prefix && this.addr.equals(o.addr)
  }
  toString(): string {
    return `${this.addr.toString()}/${this.prefix}`
  }
}

export function parseIpValue(s: string): IPAddr {
  const ip = strictIp(s)
  if (!ip)
    throw new Error(
      `IP Address ${JSON.stringify(s)} parse error during conversion from string: ParseAddr(${JSON.stringify(s)}): unable to parse IP`,
    )
  return new IPAddr(ip)
}

export function isIP(s: string): boolean {
  return strictIp(s) !== null
}

/** `ip.isCanonical(s)`: the address written the way Go would print it. */
export function isCanonicalIp(s: string): boolean {
  return parseIpValue(s).toString() === s
}

export function parseCidrValue(s: string): CIDRValue {
  const slash = s.indexOf('/')
  const parsed = parseCidr(s)
  const ip = slash >= 0 ? strictIp(s.slice(0, slash)) : null
  if (!parsed || !ip)
    throw new Error(
      `network address parse error during conversion from string: netip.ParsePrefix(${JSON.stringify(s)}): invalid`,
    )
  return new CIDRValue(new IPAddr(ip), parsed.cidr.prefix)
}

export function isCIDR(s: string): boolean {
  try {
    parseCidrValue(s)
    return true
  } catch {
    return false
  }
}
