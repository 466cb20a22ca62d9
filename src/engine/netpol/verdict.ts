/**
 * One side of one connection, with its full trace (spec §3-4): the subject is the source for
 * egress and the destination for ingress; ports are always resolved on the destination. A side
 * allows iff the subject is not isolated in that direction, or some rule of some isolating policy
 * matches both the peer and the port.
 */
import { PEER_NO, PEER_SELECTOR, peerMatchesPod } from './peer'
import { NO, type PortVia, portsMatch } from './ports'
import type { Direction, NetPod } from './types'
import { type CompiledPolicy, type CompiledRule, isolates, type World } from './world'

export interface RuleTrace {
  rule: CompiledRule
  /** Index of the first peer that matched (a selector peer preferred), 'any' for no peers, or null. */
  peer: number | 'any' | null
  /** 1: matched through selectors (or no peers), 2: only through an ipBlock on the pod's IP. */
  peerVia: 0 | 1 | 2
  /** Index of the first port entry that matched, 'any' for no ports, or null. */
  port: number | 'any' | null
  portVia: PortVia
}

export interface SideTrace {
  direction: Direction
  subject: NetPod
  other: NetPod
  isolatedBy: CompiledPolicy[]
  /** Per isolating policy, every rule of that direction. */
  rules: RuleTrace[][]
}

/** Trace one rule against the peer pod and the destination's port. */
export function traceRule(
  w: World,
  p: CompiledPolicy,
  r: CompiledRule,
  peerPod: NetPod,
  dst: NetPod,
  port: number,
  protocol: string,
): RuleTrace {
  let peer: number | 'any' | null = null
  let peerVia: 0 | 1 | 2 = PEER_NO
  if (r.peers.length === 0) {
    peer = 'any'
    peerVia = PEER_SELECTOR
  } else
    for (let i = 0; i < r.peers.length && peerVia !== PEER_SELECTOR; i++) {
      const m = peerMatchesPod(
        r.peers[i] as (typeof r.peers)[number],
        p.policy.namespace,
        peerPod,
        w,
      )
      if (m !== PEER_NO && (peerVia === PEER_NO || m === PEER_SELECTOR)) {
        peer = i
        peerVia = m
      }
    }
  let portIdx: number | 'any' | null = null
  let portVia: PortVia = NO
  const ports = r.rule.ports
  if (ports.length === 0) {
    portIdx = 'any'
    portVia = 1
  } else
    for (let i = 0; i < ports.length && portVia !== 1; i++) {
      const m = portsMatch([ports[i] as (typeof ports)[number]], dst, port, protocol)
      if (m !== NO && (portVia === NO || m === 1)) {
        portIdx = i
        portVia = m
      }
    }
  return { rule: r, peer, peerVia, port: portIdx, portVia }
}

export function traceSide(
  w: World,
  direction: Direction,
  src: NetPod,
  dst: NetPod,
  port: number,
  protocol: string,
): SideTrace {
  const subject = direction === 'egress' ? src : dst
  const other = direction === 'egress' ? dst : src
  const isolatedBy = w.policies.filter((p) => isolates(p, direction, subject))
  const rules = isolatedBy.map((p) =>
    (direction === 'egress' ? p.egress : p.ingress).map((r) =>
      traceRule(w, p, r, other, dst, port, protocol),
    ),
  )
  return { direction, subject, other, isolatedBy, rules }
}

export const ruleAllows = (t: RuleTrace) => t.peerVia !== PEER_NO && t.portVia !== NO

/** The side's verdict from its trace. */
export function sideAllows(t: SideTrace): boolean {
  return t.isolatedBy.length === 0 || t.rules.some((rs) => rs.some(ruleAllows))
}
