/**
 * Prose for one rule of one isolating policy (spec §13): which peer and which port entry matched,
 * or why the peers or the ports failed. Rules are counted from 1 in prose ("rule 1" is
 * `spec.ingress[0]`); data keeps the 0-based index.
 */
import { formatPath } from '../path'
import { describePeer, peerMismatch } from './peer'
import { describePortEntry, portMismatch } from './ports'
import type { NetPod } from './types'
import { ruleAllows, type RuleTrace } from './verdict'
import type { CompiledPolicy, World } from './world'

export interface RuleExplanation {
  /** `namespace/name`. */
  policy: string
  /** Index in input.policies (to reveal it in the editor). */
  policyIndex: number
  /** 0-based index in spec.ingress / spec.egress. */
  rule: number
  /** Kubernetes path, e.g. `spec.ingress[0]`. */
  path: string
  matched: boolean
  /** The peer part: what matched or why nothing did. */
  peer: string
  /** The port part: what matched or why nothing did. */
  port: string
  /** True when the only reason it fails is an ipBlock `except` (for the "except never subtracts" note). */
  excludedByExcept: boolean
}

export function explainRule(
  w: World,
  p: CompiledPolicy,
  t: RuleTrace,
  other: NetPod,
  dst: NetPod,
  port: number,
  protocol: string,
): RuleExplanation {
  const ns = p.policy.namespace
  const r = t.rule
  const peers = r.rule.peers
  let peer: string
  let excludedByExcept = false
  if (t.peer === 'any') peer = 'the rule lists no peers (any pod, any IP)'
  else if (t.peer !== null) {
    const desc = describePeer(peers[t.peer] as (typeof peers)[number], ns)
    peer = `peer ${t.peer + 1} (${desc}) matches ${other.id}${t.peerVia === 2 ? ' by its IP (the IP the policy sees)' : ''}`
  } else {
    const reasons = peers.map((pe, i) => {
      const why = peerMismatch(pe, ns, other, w)
      if (why.includes('excluded by except')) excludedByExcept = true
      return peers.length === 1
        ? `its only peer (${describePeer(pe, ns)}) does not match: ${why}`
        : `peer ${i + 1} (${describePeer(pe, ns)}): ${why}`
    })
    peer =
      peers.length === 1 ? (reasons[0] ?? '') : `no peer matches ${other.id}: ${reasons.join('; ')}`
  }
  const entries = r.rule.ports
  let portText: string
  if (t.port === 'any') portText = 'the rule lists no ports (all ports and protocols)'
  else if (t.port !== null) {
    const e = entries[t.port] as (typeof entries)[number]
    const how =
      typeof e.port === 'string'
        ? ` (resolved on ${dst.id})`
        : t.portVia === 2
          ? ' (inside its endPort range)'
          : ''
    portText = `port entry ${t.port + 1} (${describePortEntry(e)}) matches ${port}/${protocol}${how}`
  } else
    portText = `no port entry matches ${port}/${protocol}: ${entries.map((e) => portMismatch(e, dst, port, protocol)).join('; ')}`
  return {
    policy: p.policy.id,
    policyIndex: p.input,
    rule: r.index,
    path: formatPath(['spec', r.direction, r.index]),
    matched: ruleAllows(t),
    peer,
    port: portText,
    excludedByExcept: excludedByExcept && t.port !== null,
  }
}

/** "`x/p` rule 1: <peer>, and <port>" for a matching rule; the failing part(s) otherwise. */
export function ruleSentence(e: RuleExplanation): string {
  const head = `\`${e.policy}\` rule ${e.rule + 1}`
  if (e.matched) return `${head} allows it: ${e.peer}, and ${e.port}`
  const peerOk = !e.peer.startsWith('no peer') && !e.peer.startsWith('its only peer')
  const portOk = !e.port.startsWith('no port')
  if (!peerOk && !portOk) return `${head}: ${e.peer}; also ${e.port}`
  return `${head}: ${!peerOk ? e.peer : `${e.peer}, but ${e.port}`}`
}
