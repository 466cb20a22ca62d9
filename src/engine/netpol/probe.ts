/**
 * Probes (spec §12): `PORT/PROTOCOL` strings such as `80/TCP`. Each destination is tested on its
 * distinct declared (port, protocol) pairs in declaration order, then on every probe it does not
 * already declare (issue 11: a probe such as `53/UDP` adds to the declared ports, it does not
 * replace them).
 */
import type { NetPod, Probe } from './types'

/**
 * `80/TCP`, `53/udp` (protocol case-insensitive, read upper-case) or a bare `8080` (TCP).
 * Null when the port is not 1-65535 or the protocol is not TCP, UDP or SCTP.
 */
export function parseProbe(s: string): Probe | null {
  const m = /^\s*([0-9]{1,5})(?:\/([A-Za-z]+))?\s*$/.exec(s)
  if (!m) return null
  const port = Number(m[1])
  const protocol = (m[2] ?? 'TCP').toUpperCase()
  if (port < 1 || port > 65535) return null
  if (protocol !== 'TCP' && protocol !== 'UDP' && protocol !== 'SCTP') return null
  return { port, protocol }
}

export const formatProbe = (p: Probe) => `${p.port}/${p.protocol}`

/** The probes given (valid ones, duplicates dropped), or null when none are given. */
export function readProbes(probes: readonly string[] | undefined): Probe[] | null {
  if (!probes || probes.length === 0) return null
  const seen = new Set<string>()
  const out: Probe[] = []
  for (const s of probes) {
    const p = parseProbe(s)
    if (!p || seen.has(formatProbe(p))) continue
    seen.add(formatProbe(p))
    out.push(p)
  }
  return out
}

/** The distinct (port, protocol) pairs the pod declares, in declaration order (protocol default TCP). */
export function declaredProbes(pod: NetPod): Probe[] {
  const seen = new Set<string>()
  const out: Probe[] = []
  for (const p of pod.ports) {
    const probe = { port: p.port, protocol: p.protocol || 'TCP' }
    const key = formatProbe(probe)
    if (seen.has(key)) continue
    seen.add(key)
    out.push(probe)
  }
  return out
}

/** Does the destination serve this port and protocol? (For the matrix's "not applicable".) */
export const serves = (pod: NetPod, port: number, protocol: string) =>
  pod.ports.some((p) => p.port === port && (p.protocol || 'TCP') === protocol)

/** What a destination is tested on: its declared ports, then the extra probes it does not declare. */
export function probesFor(pod: NetPod, probes: readonly Probe[] | null): Probe[] {
  const declared = declaredProbes(pod)
  if (!probes || probes.length === 0) return declared
  const seen = new Set(declared.map(formatProbe))
  return [...declared, ...probes.filter((p) => !seen.has(formatProbe(p)))]
}
