/**
 * The world one evaluation sees (spec §2.4, §12): namespaces with their automatic
 * `kubernetes.io/metadata.name` label, pods, and the valid policies compiled once, sorted by
 * `namespace/name` (byte order), a later duplicate replacing an earlier one as `kubectl apply` does.
 */
import { type Ip, parseIp } from './ipblock'
import { type CompiledPeer, compilePeer, type PeerWorld } from './peer'
import { readPolicy } from './read'
import { compileSelector, type Labels, type Matcher } from './selector'
import type { Direction, NetPod, NetProblem, NetworkInput, NetworkPolicy, Rule } from './types'

export const NAME_LABEL = 'kubernetes.io/metadata.name'

export interface CompiledRule {
  direction: Direction
  /** 0-based index in spec.ingress / spec.egress. */
  index: number
  rule: Rule
  peers: CompiledPeer[]
}

export interface CompiledPolicy {
  policy: NetworkPolicy
  /** Index in input.policies. */
  input: number
  select: Matcher
  isolatesIngress: boolean
  isolatesEgress: boolean
  ingress: CompiledRule[]
  egress: CompiledRule[]
}

export interface ReadEntry {
  input: number
  policy: NetworkPolicy | null
  valid: boolean
  /** Replaced by a later policy with the same namespace/name. */
  replaced: boolean
}

export interface World extends PeerWorld {
  pods: NetPod[]
  namespaces: Map<string, Labels>
  /** Valid, de-duplicated, sorted by id. */
  policies: CompiledPolicy[]
  read: ReadEntry[]
  problems: NetProblem[]
}

function compileRules(direction: Direction, rules: Rule[]): CompiledRule[] {
  return rules.map((rule, index) => ({
    direction,
    index,
    rule,
    peers: rule.peers.map(compilePeer),
  }))
}

export function compilePolicy(policy: NetworkPolicy, input: number): CompiledPolicy {
  return {
    policy,
    input,
    select: compileSelector(policy.podSelector),
    isolatesIngress: policy.policyTypes.includes('Ingress'),
    isolatesEgress: policy.policyTypes.includes('Egress'),
    ingress: compileRules('ingress', policy.ingress),
    egress: compileRules('egress', policy.egress),
  }
}

const byId = (a: CompiledPolicy, b: CompiledPolicy) =>
  a.policy.id < b.policy.id ? -1 : a.policy.id > b.policy.id ? 1 : 0

export function buildWorld(input: NetworkInput): World {
  const problems: NetProblem[] = []
  const namespaces = new Map<string, Labels>()
  for (const ns of input.namespaces) {
    const given = ns.labels[NAME_LABEL]
    if (given !== undefined && given !== ns.name)
      problems.push({
        namespace: ns.name,
        path: ['metadata', 'labels', NAME_LABEL],
        severity: 'warning',
        code: 'netpol-namespace-name-label',
        message: `the control plane sets ${NAME_LABEL}=${ns.name} on namespace ${ns.name}; the value ${JSON.stringify(given)} is replaced`,
      })
    namespaces.set(ns.name, { ...ns.labels, [NAME_LABEL]: ns.name })
  }

  const read: ReadEntry[] = input.policies.map((p, i) => {
    const r = readPolicy(p.object)
    for (const pr of r.problems) problems.push({ ...pr, policy: i })
    if (r.policy?.namespaceDefaulted && r.valid)
      problems.push({
        policy: i,
        path: ['metadata'],
        severity: 'info',
        code: 'netpol-namespace-defaulted',
        message: `metadata.namespace is not set; assumed "default" (what kubectl does with the default context)`,
      })
    return { input: i, policy: r.policy, valid: r.valid, replaced: false }
  })
  const latest = new Map<string, ReadEntry>()
  for (const e of read) {
    if (!e.valid || !e.policy) continue
    const before = latest.get(e.policy.id)
    if (before) {
      before.replaced = true
      problems.push({
        policy: before.input,
        path: ['metadata', 'name'],
        severity: 'warning',
        code: 'netpol-duplicate-name',
        message: `another NetworkPolicy named ${e.policy.id} comes later and replaces this one (only one object can have a name)`,
      })
    }
    latest.set(e.policy.id, e)
  }
  const policies = [...latest.values()]
    .map((e) => compilePolicy(e.policy as NetworkPolicy, e.input))
    .sort(byId)

  const mentioned = [
    ...input.pods.map((p) => p.namespace),
    ...policies.map((p) => p.policy.namespace),
  ]
  for (const ns of mentioned)
    if (!namespaces.has(ns)) {
      namespaces.set(ns, { [NAME_LABEL]: ns })
      problems.push({
        namespace: ns,
        path: [],
        severity: 'info',
        code: 'netpol-namespace-undeclared',
        message: `namespace ${ns} is not declared; it is assumed to exist with only its automatic label ${NAME_LABEL}=${ns}`,
      })
    }

  const ips = new Map<NetPod, Ip | null>()
  for (const pod of input.pods) {
    const ip = pod.ip === null || pod.ip === '' ? null : parseIp(pod.ip)
    if (pod.ip && !ip)
      problems.push({
        pod: pod.id,
        path: ['status', 'podIP'],
        severity: 'warning',
        code: 'netpol-pod-ip',
        message: `${JSON.stringify(pod.ip)} is not an IP address; no ipBlock can match ${pod.id}`,
      })
    ips.set(pod, ip)
  }
  const none: Labels = {}
  return {
    pods: input.pods,
    namespaces,
    policies,
    read,
    problems,
    nsLabels: (ns) => namespaces.get(ns) ?? none,
    ipOf: (pod) => ips.get(pod) ?? (pod.ip ? parseIp(pod.ip) : null),
    ipBlockMatchesPods: input.options?.ipBlockMatchesPods ?? true,
  }
}

/** Does the policy isolate this pod in this direction? (Host-network pods are never isolated.) */
export function isolates(p: CompiledPolicy, dir: Direction, pod: NetPod): boolean {
  if (pod.hostNetwork || pod.namespace !== p.policy.namespace) return false
  if (!(dir === 'ingress' ? p.isolatesIngress : p.isolatesEgress)) return false
  return p.select(pod.labels)
}
