/**
 * NetworkPolicy reachability (spec network-policy.md): the entry points.
 *
 * `evaluateNetwork` reads and validates the policies, builds the world (namespaces with their
 * automatic name label, pods, compiled policies), lints, and computes every connection with the
 * indexed matrix. `evaluateNetworkNaive` gives the same result the slow, obvious way.
 * Explanations are computed on demand (`explain` / `explainConnection`), never per cell.
 */
import type { NetworkReport } from '../report'
import { type Explanation, explainInWorld } from './explain'
import { lintWorld } from './lint'
import { indexedConnections } from './matrix'
import { naiveConnections } from './naive'
import { readProbes } from './probe'
import { type PolicySummary, summarizePolicies } from './summary'
import type { NetProblem, NetworkInput, Probe } from './types'
import { buildWorld, type World } from './world'

export interface NetworkResult {
  report: NetworkReport
  /** Policy problems carry `policy` (index in input.policies), namespace ones `namespace`, pod ones `pod`. */
  problems: NetProblem[]
  /** One entry per input policy that could be read, in input order. */
  policies: PolicySummary[]
  /** The explanation of one connection (null when either pod id is unknown). */
  explain(from: string, to: string, port: number, protocol: string): Explanation | null
}

function run(
  input: NetworkInput,
  connections: (w: World, p: Probe[] | null) => NetworkReport['connections'],
): NetworkResult {
  const world = buildWorld(input)
  const problems = [...world.problems, ...lintWorld(world, input)]
  const report = { connections: connections(world, readProbes(input.probes)) }
  return {
    report,
    problems,
    policies: summarizePolicies(world),
    explain: (from, to, port, protocol) => explainInWorld(world, from, to, port, protocol),
  }
}

export function evaluateNetwork(input: NetworkInput): NetworkResult {
  return run(input, indexedConnections)
}

/** All pairs, every policy from scratch: the reference for tests and the benchmark. */
export function evaluateNetworkNaive(input: NetworkInput): NetworkResult {
  return run(input, naiveConnections)
}

/** Explain one connection without evaluating the whole matrix (the worker's on-demand call). */
export function explainConnection(
  input: NetworkInput,
  from: string,
  to: string,
  port: number,
  protocol: string,
): Explanation | null {
  return explainInWorld(buildWorld(input), from, to, port, protocol)
}

export type { Explanation, SideExplanation } from './explain'
export { cellKind, type CellKind } from './cell'
export { parseCidr, parseIp, cidrContains } from './ipblock'
export { parseProbe, formatProbe, declaredProbes } from './probe'
export { readPolicy, type ReadPolicyResult } from './read'
export { compileSelector, describeSelector, selectorMatches, type Labels } from './selector'
export type { PolicySummary } from './summary'
export { NAME_LABEL } from './world'
export type * from './types'
