/**
 * Explanations of one connection (spec §13), computed on demand: for each side whether the subject
 * is isolated and by which policies, which rule allowed it (peer and port) or why every rule failed;
 * both sides always, so the user knows which side to fix.
 */
import type { NetworkConnection, NetworkRuleRef } from '../report'
import { makeConnection } from './connection'
import { explainRule, type RuleExplanation, ruleSentence } from './explainRule'
import { sideResult } from './naive'
import type { Direction, NetPod } from './types'
import { traceSide } from './verdict'
import type { World } from './world'

export interface SideExplanation {
  direction: Direction
  /** The pod the side is about: the source for egress, the destination for ingress. */
  subject: string
  isolated: boolean
  isolatedBy: string[]
  allowed: boolean
  allowedBy: NetworkRuleRef[]
  /** Every rule of every isolating policy, in report order. */
  rules: RuleExplanation[]
  text: string
}

export interface Explanation {
  connection: NetworkConnection
  allowed: boolean
  /** The whole story in a few sentences. */
  text: string
  egress: SideExplanation
  ingress: SideExplanation
}

const quoted = (ids: string[]) => ids.map((id) => `\`${id}\``).join(', ')
const TYPE = { ingress: 'Ingress', egress: 'Egress' } as const

function explainSide(
  w: World,
  dir: Direction,
  src: NetPod,
  dst: NetPod,
  port: number,
  protocol: string,
): SideExplanation {
  const t = traceSide(w, dir, src, dst, port, protocol)
  const rules = t.isolatedBy.flatMap((p, i) =>
    (t.rules[i] ?? []).map((rt) => explainRule(w, p, rt, t.other, dst, port, protocol)),
  )
  const isolatedBy = t.isolatedBy.map((p) => p.policy.id)
  const allowedBy = rules.filter((r) => r.matched).map((r) => ({ policy: r.policy, rule: r.rule }))
  const isolated = isolatedBy.length > 0
  const allowed = !isolated || allowedBy.length > 0
  const s = t.subject
  let text: string
  if (s.hostNetwork)
    text = `${s.id} uses the host network, so no NetworkPolicy isolates it for ${dir}.`
  else if (!isolated)
    text = `${s.id} is not isolated for ${dir}: no NetworkPolicy in ${s.namespace} selects it with ${TYPE[dir]} in its policyTypes.`
  else {
    const head = `${s.id} is isolated for ${dir} by ${quoted(isolatedBy)}`
    const matched = rules.filter((r) => r.matched)
    if (matched.length > 0) {
      text = `${head}; ${matched.map(ruleSentence).join('; also ')}.`
      const cut = rules.find((r) => r.excludedByExcept)
      if (cut)
        text += ` (\`${cut.policy}\` rule ${cut.rule + 1} excludes it with an except, but an except never subtracts from other rules or policies.)`
    } else {
      const why = t.isolatedBy.map((p) => {
        const own = rules.filter((r) => r.policy === p.policy.id)
        if (own.length > 0) return own.map(ruleSentence).join('; ')
        const pol = p.policy
        if (dir === 'ingress' && pol.typesDefaulted && pol.egress.length > 0)
          return `\`${pol.id}\` has no \`policyTypes\`; because it has egress rules it was defaulted to \`[Ingress, Egress]\`, so it isolates ${s.id} for ingress and has no ingress rule`
        return `\`${pol.id}\` has no ${dir} rule (it denies all ${dir})`
      })
      text = `${head}, and no rule allows ${t.other.id} on ${port}/${protocol}: ${why.join('; ')}.`
    }
  }
  return { direction: dir, subject: s.id, isolated, isolatedBy, allowed, allowedBy, rules, text }
}

const refs = (s: SideExplanation) =>
  s.isolated
    ? s.allowedBy.map((r) => `\`${r.policy}\` rule ${r.rule + 1}`).join(', ')
    : `${s.subject} is not isolated for ${s.direction}`

export function explainInWorld(
  w: World,
  from: string,
  to: string,
  port: number,
  protocol: string,
): Explanation | null {
  const src = w.pods.find((p) => p.id === from)
  const dst = w.pods.find((p) => p.id === to)
  if (!src || !dst) return null
  const probe = { port, protocol }
  const connection = makeConnection(
    src,
    dst,
    port,
    protocol,
    sideResult(w, 'egress', src, dst, probe),
    sideResult(w, 'ingress', src, dst, probe),
  )
  const egress = explainSide(w, 'egress', src, dst, port, protocol)
  const ingress = explainSide(w, 'ingress', src, dst, port, protocol)
  const allowed = egress.allowed && ingress.allowed
  let text: string
  if (src === dst)
    text = `Loopback: NetworkPolicy does not enforce a pod's traffic to itself (plugins differ); podplay does not judge it. ${egress.text} ${ingress.text}`
  else if (allowed) text = `Allowed: ${egress.text} ${ingress.text}`
  else if (!egress.allowed && !ingress.allowed)
    text = `Denied by both sides. ${egress.text} ${ingress.text}`
  else if (!egress.allowed)
    text = `Denied by egress: ${egress.text} The ingress side would allow it (${refs(ingress)}).`
  else text = `Denied by ingress: ${ingress.text} The egress side allows it (${refs(egress)}).`
  const notes: string[] = []
  const flags = connection.flags ?? []
  if (flags.includes('ipBlockPodIP'))
    notes.push(
      'This depends on ipBlocks matching pod IPs (upstream conformance and Calico do; Cilium does not for in-cluster endpoints).',
    )
  if (flags.includes('hostNetwork'))
    notes.push(
      "A host-network pod acts as its node: only an ipBlock holding the node IP can match it, and traffic from a pod's own node is always allowed.",
    )
  if (flags.includes('sctp')) notes.push('SCTP needs support from the network plugin.')
  if (flags.includes('endPort'))
    notes.push('This depends on endPort: a plugin without endPort support enforces only `port`.')
  if (notes.length > 0) text += ` ${notes.join(' ')}`
  return { connection, allowed, text, egress, ingress }
}
