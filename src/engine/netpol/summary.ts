/**
 * Per policy, for the UI: the normalised form, which pods it selects (subjects, in its own
 * namespace) and which pods each rule's peers match ("hovering a selector shows what it matches").
 */
import { PEER_NO, peerMatchesPod } from './peer'
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
      peers: w.pods
        .filter(
          (pod) =>
            r.peers.length === 0 ||
            r.peers.some((cp) => peerMatchesPod(cp, ns, pod, w) !== PEER_NO),
        )
        .map((pod) => pod.id),
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
