/**
 * Test and benchmark helper: a seeded random world (namespaces, pods, raw NetworkPolicy objects)
 * that exercises every feature: matchLabels and all four operators, empty and absent selectors,
 * several peers, ipBlocks with excepts, numeric, named and ranged ports, all three protocols,
 * explicit and defaulted policyTypes, host-network pods and pods without IPs.
 */
import type { NetNamespace, NetPod, NetPolicyInput, NetworkInput } from '../types'

export type Rand = () => number

/** mulberry32 */
export function seeded(seed: number): Rand {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T
const chance = (r: Rand, p: number) => r() < p

const KEYS = ['app', 'tier', 'env'] as const
const VALUES = ['a', 'b', 'c', 'd'] as const
const PROTOS = ['TCP', 'UDP', 'SCTP'] as const
const NAMES = ['http', 'metrics', 'dns'] as const
const NUMS = [53, 80, 81, 443, 8080] as const

export interface WorldSize {
  namespaces: number
  pods: number
  policies: number
}

function labels(r: Rand): Record<string, string> {
  const out: Record<string, string> = {}
  for (const k of KEYS) if (chance(r, 0.7)) out[k] = pick(r, VALUES)
  return out
}

function selector(r: Rand, namespaces: string[]): unknown {
  const roll = r()
  if (roll < 0.15) return {}
  const s: Record<string, unknown> = {}
  if (chance(r, 0.7)) s.matchLabels = { [pick(r, KEYS)]: pick(r, VALUES) }
  if (chance(r, 0.4)) {
    const op = pick(r, ['In', 'NotIn', 'Exists', 'DoesNotExist'] as const)
    const key = chance(r, 0.3) ? 'kubernetes.io/metadata.name' : pick(r, KEYS)
    const pool = key === 'kubernetes.io/metadata.name' ? namespaces : [...VALUES]
    const values = op === 'In' || op === 'NotIn' ? [pick(r, pool), pick(r, pool)] : undefined
    s.matchExpressions = [{ key, operator: op, ...(values ? { values } : {}) }]
  }
  return s
}

function peer(r: Rand, namespaces: string[]): unknown {
  const roll = r()
  if (roll < 0.15) {
    const n = Math.floor(r() * 4)
    return {
      ipBlock: {
        cidr: pick(r, ['10.0.0.0/8', '10.1.0.0/16', '0.0.0.0/0', `10.${n}.0.0/16`, 'fd00::/8']),
        ...(chance(r, 0.5) ? { except: [`10.${n}.1.0/24`] } : {}),
      },
    }
  }
  const p: Record<string, unknown> = {}
  if (chance(r, 0.7)) p.podSelector = selector(r, namespaces)
  if (chance(r, 0.5) || !('podSelector' in p)) p.namespaceSelector = selector(r, namespaces)
  return p
}

function port(r: Rand): unknown {
  const p: Record<string, unknown> = {}
  if (chance(r, 0.7)) p.protocol = pick(r, PROTOS)
  const roll = r()
  if (roll < 0.5) p.port = pick(r, NUMS)
  else if (roll < 0.7) p.port = pick(r, NAMES)
  else if (roll < 0.85) {
    p.port = 80
    p.endPort = pick(r, [80, 81, 100, 9000])
  }
  return p
}

function rule(r: Rand, namespaces: string[], key: 'from' | 'to'): unknown {
  const out: Record<string, unknown> = {}
  if (chance(r, 0.8))
    out[key] = Array.from({ length: 1 + Math.floor(r() * 2) }, () => peer(r, namespaces))
  if (chance(r, 0.7)) out.ports = Array.from({ length: 1 + Math.floor(r() * 2) }, () => port(r))
  return out
}

export function randomWorld(
  seed: number,
  size: WorldSize,
  probes?: readonly string[],
): NetworkInput {
  const r = seeded(seed)
  const nsNames = Array.from({ length: size.namespaces }, (_, i) => `ns${i}`)
  const namespaces: NetNamespace[] = nsNames
    .filter(() => chance(r, 0.8))
    .map((name) => ({ name, labels: labels(r) }))
  const pods: NetPod[] = Array.from({ length: size.pods }, (_, i) => {
    const namespace = pick(r, nsNames)
    const ports = Array.from({ length: Math.floor(r() * 3) }, () => ({
      name: pick(r, NAMES),
      port: pick(r, NUMS),
      protocol: pick(r, PROTOS),
    }))
    return {
      id: `${namespace}/p${i}`,
      namespace,
      name: `p${i}`,
      labels: labels(r),
      ip: chance(r, 0.9) ? `10.${i % 4}.${Math.floor(i / 250) % 3}.${i % 250}` : null,
      ports,
      hostNetwork: chance(r, 0.05),
    }
  })
  const policies: NetPolicyInput[] = Array.from({ length: size.policies }, (_, i) => {
    const spec: Record<string, unknown> = { podSelector: selector(r, nsNames) }
    if (chance(r, 0.7))
      spec.ingress = Array.from({ length: Math.floor(r() * 3) }, () => rule(r, nsNames, 'from'))
    if (chance(r, 0.5))
      spec.egress = Array.from({ length: Math.floor(r() * 3) }, () => rule(r, nsNames, 'to'))
    if (chance(r, 0.6))
      spec.policyTypes = pick(r, [
        ['Ingress'],
        ['Egress'],
        ['Ingress', 'Egress'],
        ['Egress', 'Ingress'],
      ])
    return {
      object: {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: `pol${i}`, namespace: pick(r, nsNames) },
        spec,
      },
    }
  })
  return { namespaces, pods, policies, ...(probes ? { probes: [...probes] } : {}) }
}
