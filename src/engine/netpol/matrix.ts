/**
 * The indexed connection matrix: the same output as naive.ts, computed with every selector
 * evaluated once per (policy, pod) or (peer, pod) instead of once per connection.
 *
 * - Subjects: each policy's podSelector is run over the pods of its namespace once, giving per pod
 *   and direction the isolating policies (already sorted by id, as the policies are).
 * - Peers: each rule's peer list becomes one array over all pods (0 no, 1 selector, 2 ipBlock only),
 *   namespace selectors evaluated once per namespace.
 * - Ports: per (rule, destination, probe) slot, computed once.
 * The rule references in `allowedBy` are shared between connections: treat the report as read-only.
 */
import type { NetworkConnection, NetworkRuleRef } from '../report'
import { makeConnection, OPEN_SIDE, type SideResult } from './connection'
import { PEER_NO, peerMatchesPod } from './peer'
import { portsMatch } from './ports'
import { probesFor } from './probe'
import type { NetPod, Probe } from './types'
import type { CompiledPolicy, CompiledRule, World } from './world'

interface IndexedRule {
  ref: NetworkRuleRef
  rule: CompiledRule
  /** Per pod: 0, 1 (selectors or no peers), 2 (ipBlock only); null = every peer. */
  peers: Uint8Array | null
  /** Per (destination, probe) slot: 0, 1, 2 (endPort range only); null = every port. */
  ports: Uint8Array | null
}

export function indexedConnections(w: World, probes: Probe[] | null): NetworkConnection[] {
  const pods = w.pods
  const n = pods.length
  const byNs = new Map<string, number[]>()
  pods.forEach((p, i) => {
    const list = byNs.get(p.namespace)
    if (list) list.push(i)
    else byNs.set(p.namespace, [i])
  })
  const probesOf: Probe[][] = pods.map((p) => probesFor(p, probes))
  const slot0: number[] = []
  let slots = 0
  for (const ps of probesOf) {
    slot0.push(slots)
    slots += ps.length
  }

  const peerArray = (p: CompiledPolicy, r: CompiledRule): Uint8Array | null => {
    if (r.peers.length === 0) return null
    const out = new Uint8Array(n)
    for (const cp of r.peers) {
      if (cp.peer.kind === 'ipBlock') {
        for (let j = 0; j < n; j++)
          if (out[j] === PEER_NO)
            out[j] = peerMatchesPod(cp, p.policy.namespace, pods[j] as NetPod, w)
        continue
      }
      for (const [ns, members] of byNs) {
        if (cp.ns ? !cp.ns(w.nsLabels(ns)) : ns !== p.policy.namespace) continue
        for (const j of members) {
          const pod = pods[j] as NetPod
          if (!pod.hostNetwork && (!cp.pod || cp.pod(pod.labels))) out[j] = 1
        }
      }
    }
    return out
  }
  const portArray = (r: CompiledRule, dsts: Iterable<number>): Uint8Array | null => {
    if (r.rule.ports.length === 0) return null
    const out = new Uint8Array(slots)
    for (const d of dsts) {
      const dst = pods[d] as NetPod
      ;(probesOf[d] as Probe[]).forEach((pr, k) => {
        out[(slot0[d] as number) + k] = portsMatch(r.rule.ports, dst, pr.port, pr.protocol)
      })
    }
    return out
  }

  const ingRules: IndexedRule[][] = pods.map(() => [])
  const egRules: IndexedRule[][] = pods.map(() => [])
  const ingBy: string[][] = pods.map(() => [])
  const egBy: string[][] = pods.map(() => [])
  const all = Array.from({ length: n }, (_, i) => i)
  for (const p of w.policies) {
    const selected = (byNs.get(p.policy.namespace) ?? []).filter((i) => {
      const pod = pods[i] as NetPod
      return !pod.hostNetwork && p.select(pod.labels)
    })
    if (selected.length === 0) continue
    const index = (rules: CompiledRule[], dsts: Iterable<number>) =>
      rules.map((rule) => ({
        ref: { policy: p.policy.id, rule: rule.index },
        rule,
        peers: peerArray(p, rule),
        ports: portArray(rule, dsts),
      }))
    if (p.isolatesIngress) {
      const rules = index(p.ingress, selected)
      for (const i of selected) {
        ingBy[i]?.push(p.policy.id)
        ingRules[i]?.push(...rules)
      }
    }
    if (p.isolatesEgress) {
      const rules = index(p.egress, all)
      for (const i of selected) {
        egBy[i]?.push(p.policy.id)
        egRules[i]?.push(...rules)
      }
    }
  }

  // Per subject and direction: the shared "isolated, nothing matches" side.
  const denied = (by: string[][]) =>
    by.map((b): SideResult | null =>
      b.length === 0
        ? null
        : {
            direction: { isolated: true, isolatedBy: b, allowedBy: [] },
            onlyIpBlock: false,
            onlyEndPort: false,
          },
    )
  const egDenied = denied(egBy)
  const ingDenied = denied(ingBy)

  // A side's result depends only on which rules matched and how: with at most 10 rules that is a
  // 30-bit key, so equal sides share one object (per subject) instead of one per connection.
  const side = (
    none: SideResult | null,
    by: string[],
    rules: IndexedRule[],
    cache: Map<number, SideResult>,
    peer: number,
    slot: number,
  ): SideResult => {
    if (none === null) return OPEN_SIDE
    const cacheable = rules.length <= 10
    let key = 0
    let found = false
    for (let i = 0; i < rules.length; i++) {
      const r = rules[i] as IndexedRule
      const pv = r.peers === null ? 1 : (r.peers[peer] as number)
      if (pv === 0) continue
      const tv = r.ports === null ? 1 : (r.ports[slot] as number)
      if (tv === 0) continue
      found = true
      if (cacheable) key |= (1 << i) | ((pv & 2) << (9 + i)) | ((tv & 2) << (19 + i))
    }
    if (!found) return none
    const hit = cacheable ? cache.get(key) : undefined
    if (hit) return hit
    const allowedBy: NetworkRuleRef[] = []
    let onlyIp = true
    let onlyEnd = true
    for (const r of rules) {
      const pv = r.peers === null ? 1 : (r.peers[peer] as number)
      const tv = r.ports === null ? 1 : (r.ports[slot] as number)
      if (pv === 0 || tv === 0) continue
      allowedBy.push(r.ref)
      if (pv !== 2) onlyIp = false
      if (tv !== 2) onlyEnd = false
    }
    const result: SideResult = {
      direction: { isolated: true, isolatedBy: by, allowedBy },
      onlyIpBlock: onlyIp,
      onlyEndPort: onlyEnd,
    }
    if (cacheable) cache.set(key, result)
    return result
  }
  const ingCache = pods.map(() => new Map<number, SideResult>())

  const out: NetworkConnection[] = []
  for (let s = 0; s < n; s++) {
    const src = pods[s] as NetPod
    const eBy = egBy[s] as string[]
    const eNone = egDenied[s] ?? null
    const eRules = egRules[s] as IndexedRule[]
    const eCache = new Map<number, SideResult>()
    for (let d = 0; d < n; d++) {
      if (s === d) continue
      const dst = pods[d] as NetPod
      const ps = probesOf[d] as Probe[]
      const iBy = ingBy[d] as string[]
      const iNone = ingDenied[d] ?? null
      const iRules = ingRules[d] as IndexedRule[]
      const iCache = ingCache[d] as Map<number, SideResult>
      for (let k = 0; k < ps.length; k++) {
        const pr = ps[k] as Probe
        const slot = (slot0[d] as number) + k
        out.push(
          makeConnection(
            src,
            dst,
            pr.port,
            pr.protocol,
            side(eNone, eBy, eRules, eCache, d, slot),
            side(iNone, iBy, iRules, iCache, s, slot),
          ),
        )
      }
    }
  }
  return out
}
