/**
 * Port entries (spec §8): `{protocol, port, endPort}`, protocol defaulting to TCP, validation as
 * the API server does it, and matching against the destination's port and protocol. Ports are
 * always the destination's; a named port resolves on the destination pod, with its protocol.
 */
import type { Path } from '../report'
import type { Fields, Obj } from './fields'
import { portNameError } from './labels'
import { type NetPod, PROTOCOLS, type PortEntry, type Protocol } from './types'

const RANGE = 'must be between 1 and 65535, inclusive'
const validPort = (n: number) => Number.isInteger(n) && n >= 1 && n <= 65535

export function readPort(f: Fields, o: Obj, at: Path): PortEntry {
  const proto = f.str(o, 'protocol', at)
  let protocol: Protocol = 'TCP'
  if (proto !== undefined) {
    if ((PROTOCOLS as readonly string[]).includes(proto)) protocol = proto as Protocol
    else
      f.add(
        [...at, 'protocol'],
        'Unsupported value',
        `${JSON.stringify(proto)}: supported values: "SCTP", "TCP", "UDP"`,
      )
  }
  let port: number | string | null = null
  const pv = o.port
  if (typeof pv === 'number') {
    if (!Number.isInteger(pv)) f.wrong([...at, 'port'], 'an integer or a port name', pv)
    else if (!validPort(pv)) f.add([...at, 'port'], 'Invalid value', `${pv}: ${RANGE}`)
    port = pv
  } else if (typeof pv === 'string') {
    const e = portNameError(pv)
    if (e) f.add([...at, 'port'], 'Invalid value', `${JSON.stringify(pv)}: ${e}`)
    port = pv
  } else if (pv !== undefined && pv !== null)
    f.wrong([...at, 'port'], 'an integer or a port name', pv)

  let endPort: number | null = null
  const ev = o.endPort
  if (typeof ev === 'number' && Number.isInteger(ev)) {
    endPort = ev
    if (port === null)
      f.add([...at, 'port'], 'Required value', 'must be specified when endPort is specified')
    else if (typeof port === 'string')
      f.add(
        [...at, 'endPort'],
        'Invalid value',
        `${ev}: may not be specified when port is non-numeric`,
      )
    else if (ev < port)
      f.add([...at, 'endPort'], 'Invalid value', `${ev}: must be greater than or equal to \`port\``)
    if (!validPort(ev)) f.add([...at, 'endPort'], 'Invalid value', `${ev}: ${RANGE}`)
  } else if (ev !== undefined && ev !== null) f.wrong([...at, 'endPort'], 'an integer', ev)

  return { protocol, protocolDefaulted: proto === undefined, port, endPort }
}

/** How an entry matches: no, yes, or yes only through its endPort range (port beyond `port`). */
export const NO = 0
export const YES = 1
export const VIA_END_PORT = 2
export type PortVia = 0 | 1 | 2

/**
 * Does the entry admit `port/protocol` on destination `dst` (a pod, or null for a plain IP)?
 */
export function portEntryMatches(
  e: PortEntry,
  dst: NetPod | null,
  port: number,
  protocol: string,
): PortVia {
  if (e.protocol !== protocol) return NO
  if (e.port === null) return YES
  if (typeof e.port === 'number') {
    if (e.endPort === null) return e.port === port ? YES : NO
    if (port < e.port || port > e.endPort) return NO
    return port === e.port ? YES : VIA_END_PORT
  }
  if (!dst) return NO
  for (const p of dst.ports)
    if (p.name === e.port && p.port === port && (p.protocol || 'TCP') === e.protocol) return YES
  return NO
}

/** A rule's port list: empty admits everything; else the best of its entries. */
export function portsMatch(
  entries: readonly PortEntry[],
  dst: NetPod | null,
  port: number,
  protocol: string,
): PortVia {
  if (entries.length === 0) return YES
  let best: PortVia = NO
  for (const e of entries) {
    const m = portEntryMatches(e, dst, port, protocol)
    if (m === YES) return YES
    if (m === VIA_END_PORT) best = VIA_END_PORT
  }
  return best
}

/** `80/TCP`, `80-90/TCP`, `any TCP port`, `named port serve-80 (TCP)`. */
export function describePortEntry(e: PortEntry): string {
  if (e.port === null) return `any ${e.protocol} port`
  if (typeof e.port === 'string') return `named port ${e.port} (${e.protocol})`
  if (e.endPort !== null) return `${e.port}-${e.endPort}/${e.protocol}`
  return `${e.port}/${e.protocol}`
}

/** Why the entry does not admit the connection, in prose. */
export function portMismatch(
  e: PortEntry,
  dst: NetPod | null,
  port: number,
  protocol: string,
): string {
  const d = describePortEntry(e)
  if (e.protocol !== protocol)
    return `${d} is ${e.protocol}${e.protocolDefaulted ? ' (protocol defaulted to TCP)' : ''}, not ${protocol}`
  if (typeof e.port === 'string') {
    if (!dst) return `${d} never matches an address outside the cluster`
    const named = dst.ports.filter((p) => p.name === e.port)
    if (named.length === 0) return `${d}: ${dst.id} declares no port named ${e.port}`
    return `${d} resolves on ${dst.id} to ${named.map((p) => `${p.port}/${p.protocol || 'TCP'}`).join(', ')}, not ${port}/${protocol}`
  }
  return `${d} does not include ${port}/${protocol}`
}
