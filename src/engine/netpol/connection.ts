/**
 * One report entry (spec §12): `allowed` is egress AND ingress; per side `isolated`,
 * `isolatedBy` (when isolated) and `allowedBy`; `flags` for verdicts that hang on plugin behaviour.
 */
import type { NetworkConnection, NetworkDirection, NetworkRuleRef } from '../report'
import type { NetPod } from './types'

export interface SideResult {
  /** Ids of the isolating policies, sorted; empty = not isolated. */
  isolatedBy: readonly string[]
  /** Every matching (policy, rule), sorted by policy id then rule. */
  allowedBy: NetworkRuleRef[]
  /** Isolated, allowed, and every allowing rule matched the peer only through an ipBlock. */
  onlyIpBlock: boolean
  /** Isolated, allowed, and every allowing rule matched the port only inside an endPort range. */
  onlyEndPort: boolean
}

export const FLAG_ORDER = ['ipBlockPodIP', 'hostNetwork', 'sctp', 'endPort'] as const

function direction(s: SideResult): NetworkDirection {
  if (s.isolatedBy.length === 0) return { isolated: false, allowedBy: [] }
  return { isolated: true, isolatedBy: s.isolatedBy as string[], allowedBy: s.allowedBy }
}

const sideAllows = (s: SideResult) => s.isolatedBy.length === 0 || s.allowedBy.length > 0

export function makeConnection(
  src: NetPod,
  dst: NetPod,
  port: number,
  protocol: string,
  egress: SideResult,
  ingress: SideResult,
): NetworkConnection {
  const allowed = sideAllows(egress) && sideAllows(ingress)
  const c: NetworkConnection = {
    from: src.id,
    to: dst.id,
    port,
    protocol,
    allowed,
    egress: direction(egress),
    ingress: direction(ingress),
  }
  const ipDep =
    (egress.onlyIpBlock && !dst.hostNetwork) || (ingress.onlyIpBlock && !src.hostNetwork)
  const flags: string[] = []
  if (allowed && ipDep) flags.push('ipBlockPodIP')
  if (src.hostNetwork || dst.hostNetwork) flags.push('hostNetwork')
  if (protocol === 'SCTP') flags.push('sctp')
  if (allowed && (egress.onlyEndPort || ingress.onlyEndPort)) flags.push('endPort')
  if (flags.length > 0) c.flags = flags
  return c
}
