/**
 * NetworkPolicy (networking.k8s.io/v1) types: the input model the lead builds from the pod editor,
 * the policy as Kubernetes reads it after validation and defaulting (spec network-policy.md §1-2),
 * and the problems reported about either.
 */
import type { Path, Severity } from '../report'

export interface NetNamespace {
  name: string
  labels: Record<string, string>
}

export interface NetPort {
  name?: string
  port: number
  /** As declared (TCP when the container port leaves it out). */
  protocol: string
}

export interface NetPod {
  /** `namespace/name`. */
  id: string
  namespace: string
  name: string
  labels: Record<string, string>
  /** status.podIP, or null (a pod without an IP never matches an ipBlock). */
  ip: string | null
  ports: NetPort[]
  hostNetwork: boolean
}

/** One NetworkPolicy document as read from YAML: untrusted, any shape. */
export interface NetPolicyInput {
  object: unknown
}

export interface NetOptions {
  /** Default true (upstream conformance): an ipBlock matches pod IPs. False: only host-network pods (node IPs). */
  ipBlockMatchesPods?: boolean
}

export interface NetworkInput {
  namespaces: NetNamespace[]
  pods: NetPod[]
  policies: NetPolicyInput[]
  /** `PORT/PROTOCOL` strings tested on each destination besides its declared ports (issue 11). */
  probes?: string[]
  options?: NetOptions
}

/** A problem about one input; `path` is relative to the object it names. */
export interface NetProblem {
  path: Path
  message: string
  severity: Severity
  /** Stable id, e.g. `netpol-invalid`, `wrong-type`, `netpol-missing-policy-types`. */
  code: string
  /** Index into `input.policies` when the problem is about a policy. */
  policy?: number
  /** Namespace name when the problem is about a namespace. */
  namespace?: string
  /** Pod id when the problem is about a pod. */
  pod?: string
}

export type Protocol = 'TCP' | 'UDP' | 'SCTP'
export const PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP']
export type Direction = 'ingress' | 'egress'
export type PolicyType = 'Ingress' | 'Egress'

export type Operator = 'In' | 'NotIn' | 'Exists' | 'DoesNotExist'

export interface Requirement {
  key: string
  operator: Operator
  values: string[]
}

/** A label selector: every pair and every requirement must hold; both empty = everything. */
export interface Selector {
  matchLabels: [string, string][]
  matchExpressions: Requirement[]
}

export interface Cidr {
  family: 4 | 6
  /** The network address (host bits cleared). */
  base: bigint
  prefix: number
  /** As written. */
  text: string
}

export type Peer =
  | { kind: 'selectors'; podSelector: Selector | null; namespaceSelector: Selector | null }
  | { kind: 'ipBlock'; cidr: Cidr; except: Cidr[] }

export interface PortEntry {
  protocol: Protocol
  /** True when `protocol` was left out and defaulted to TCP. */
  protocolDefaulted: boolean
  /** Absent = every port of the protocol; a number; or a container port name. */
  port: number | string | null
  endPort: number | null
}

export interface Rule {
  /** Empty = every peer (all pods of all namespaces and every IP). */
  peers: Peer[]
  /** Empty = every port and protocol. */
  ports: PortEntry[]
}

export interface NetworkPolicy {
  name: string
  namespace: string
  /** `namespace/name`. */
  id: string
  namespaceDefaulted: boolean
  podSelector: Selector
  /** Effective types after defaulting (§2). */
  policyTypes: PolicyType[]
  /** True when policyTypes was absent or empty and the defaults applied. */
  typesDefaulted: boolean
  ingress: Rule[]
  egress: Rule[]
}

export interface Probe {
  port: number
  protocol: string
}
