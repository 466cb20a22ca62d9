/**
 * The straightforward evaluation: every ordered pair of distinct pods, every probe, every policy
 * traced from scratch. Slow on big worlds; it is the reference the indexed matrix must equal.
 */
import type { NetworkConnection, NetworkRuleRef } from '../report'
import { makeConnection, type SideResult, sideOf } from './connection'
import { probesFor } from './probe'
import type { Direction, NetPod, Probe } from './types'
import { ruleAllows, traceSide } from './verdict'
import type { World } from './world'

export function sideResult(
  w: World,
  dir: Direction,
  src: NetPod,
  dst: NetPod,
  p: Probe,
): SideResult {
  const t = traceSide(w, dir, src, dst, p.port, p.protocol)
  const allowedBy: NetworkRuleRef[] = []
  let onlyIpBlock = true
  let onlyEndPort = true
  t.rules.forEach((rs, i) => {
    for (const r of rs) {
      if (!ruleAllows(r)) continue
      allowedBy.push({
        policy: (t.isolatedBy[i] as (typeof t.isolatedBy)[number]).policy.id,
        rule: r.rule.index,
      })
      if (r.peerVia !== 2) onlyIpBlock = false
      if (r.portVia !== 2) onlyEndPort = false
    }
  })
  const some = allowedBy.length > 0
  return sideOf(
    t.isolatedBy.map((p) => p.policy.id),
    allowedBy,
    some && onlyIpBlock,
    some && onlyEndPort,
  )
}

export function naiveConnections(w: World, probes: Probe[] | null): NetworkConnection[] {
  const out: NetworkConnection[] = []
  for (let s = 0; s < w.pods.length; s++)
    for (let d = 0; d < w.pods.length; d++) {
      if (s === d) continue
      const src = w.pods[s] as NetPod
      const dst = w.pods[d] as NetPod
      for (const p of probesFor(dst, probes)) {
        const egress = sideResult(w, 'egress', src, dst, p)
        const ingress = sideResult(w, 'ingress', src, dst, p)
        out.push(makeConnection(src, dst, p.port, p.protocol, egress, ingress))
      }
    }
  return out
}
