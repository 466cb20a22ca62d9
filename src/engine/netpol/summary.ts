/**
 * Per policy, for the UI: the normalised form, which pods it selects (subjects, in its own
 * namespace) and which pods each rule's peers match ("hovering a selector shows what it matches").
 */
import { type CompiledPeer, PEER_NO, peerMatchesPod } from './peer'
import type { Direction, NetworkPolicy } from './types'
import { compilePolicy, type CompiledPolicy, type World } from './world'

export interface RuleSummary {
  direction: Direction
  /** 0-based index in spec.ingress / spec.egress. */
  rule: number
  /** True when the rule has no peers (every pod and every IP). */
  anyPeer: boolean
  /** Pod ids its peers match (all pods when anyPeer). */
  peers: string[]
  /** False when the policy's types do not contain this direction (the rule is ignored). */
  effective: boolean
}

export interface PolicySummary {
  /** `namespace/name`. */
  id: string
  /** Index in input.policies. */
  index: number
  /** False when an error problem leaves it out of the verdicts. */
  valid: boolean
  /** True when a later policy with the same id replaces it. */
  replaced: boolean
  /** The policy as Kubernetes reads it (policyTypes defaulted, protocols TCP, namespace default). */
  normalized: NetworkPolicy
  /** Pod ids it selects (never host-network pods). */
  selects: string[]
  rules: RuleSummary[]
}

/** Pods a peer list matches, namespace selectors evaluated once per namespace. */
function matchedBy(w: World, peers: CompiledPeer[], ns: string): string[] {
  if (peers.length === 0) return w.pods.map((p) => p.id)
  const nsOk = new Map<string, boolean[]>()
  const okFor = (podNs: string) => {
    let v = nsOk.get(podNs)
    if (!v) {
      v = peers.map((cp) => (cp.ns ? cp.ns(w.nsLabels(podNs)) : podNs === ns))
      nsOk.set(podNs, v)
    }
    return v
  }
  return w.pods
    .filter((pod) =>
      peers.some((cp, i) =>
        cp.peer.kind === 'ipBlock'
          ? peerMatchesPod(cp, ns, pod, w) !== PEER_NO
          : okFor(pod.namespace)[i] === true && !pod.hostNetwork && (!cp.pod || cp.pod(pod.labels)),
      ),
    )
    .map((pod) => pod.id)
}

export function summarizePolicies(w: World): PolicySummary[] {
  const compiled = new Map<number, CompiledPolicy>(w.policies.map((p) => [p.input, p]))
  const out: PolicySummary[] = []
  for (const e of w.read) {
    if (!e.policy) continue
    const p = compiled.get(e.input) ?? compilePolicy(e.policy, e.input)
    const ns = p.policy.namespace
    const selects = w.pods
      .filter((pod) => pod.namespace === ns && !pod.hostNetwork && p.select(pod.labels))
      .map((pod) => pod.id)
    const rules: RuleSummary[] = [...p.ingress, ...p.egress].map((r) => ({
      direction: r.direction,
      rule: r.index,
      anyPeer: r.peers.length === 0,
      peers: matchedBy(w, r.peers, ns),
      effective: r.direction === 'ingress' ? p.isolatesIngress : p.isolatesEgress,
    }))
    out.push({
      id: p.policy.id,
      index: e.input,
      valid: e.valid,
      replaced: e.replaced,
      normalized: e.policy,
      selects,
      rules,
    })
  }
  return out
}
