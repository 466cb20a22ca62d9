/**
 * One report entry (spec §12): `allowed` is egress AND ingress; per side `isolated`,
 * `isolatedBy` (when isolated) and `allowedBy`; `flags` for verdicts that hang on plugin behaviour.
 */
import type { NetworkConnection, NetworkDirection, NetworkRuleRef } from '../report'
import type { NetPod } from './types'

export interface SideResult {
  /** The report's side: `isolatedBy` sorted, present only when isolated; `allowedBy` sorted. */
  direction: NetworkDirection
  /** Isolated, allowed, and every allowing rule matched the peer only through an ipBlock. */
  onlyIpBlock: boolean
  /** Isolated, allowed, and every allowing rule matched the port only inside an endPort range. */
  onlyEndPort: boolean
}

export const FLAG_ORDER = ['ipBlockPodIP', 'hostNetwork', 'sctp', 'endPort'] as const

/** The side of a subject that is not isolated (shared and frozen: the report is read-only). */
export const OPEN: NetworkDirection = Object.freeze({
  isolated: false,
  allowedBy: Object.freeze([]) as unknown as NetworkRuleRef[],
})

export const OPEN_SIDE: SideResult = Object.freeze({
  direction: OPEN,
  onlyIpBlock: false,
  onlyEndPort: false,
})

/** A side from its isolating policies and matching rules. */
export function sideOf(
  isolatedBy: string[],
  allowedBy: NetworkRuleRef[],
  onlyIpBlock: boolean,
  onlyEndPort: boolean,
): SideResult {
  if (isolatedBy.length === 0) return OPEN_SIDE
  return { direction: { isolated: true, isolatedBy, allowedBy }, onlyIpBlock, onlyEndPort }
}

const sideAllows = (s: SideResult) => !s.direction.isolated || s.direction.allowedBy.length > 0

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
    egress: egress.direction,
    ingress: ingress.direction,
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
