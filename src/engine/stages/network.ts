/**
 * NetworkPolicy: the pods of the pod editor (workloads count as their pods), the pods already
 * running in the cluster (the policy editor's Pods and workloads, issue 11) and the Namespaces of
 * both editors form the world; the NetworkPolicies that stand (either editor, cluster.ts) decide
 * every connection.
 */
import { list, type Obj, obj, stringMap } from '../obj'
import {
  evaluateNetwork,
  type NetNamespace,
  type NetPod,
  type NetworkInput,
  type PortEntry,
} from '../netpol'
import type { EngineOptions, NetworkReport, Path } from '../report'
import type { Found, FoundWorkload } from '../workloads/extract'
import { type PreparedWorkload, report as addProblem, type StageContext } from './context'

/** The standing objects the network is made of (cluster.ts). */
export interface NetworkObjects {
  namespaces: readonly Found[]
  networkPolicies: readonly Found[]
  workloads: readonly PreparedWorkload[]
  /** Pods and workloads already running (policy editor): their templates as written. */
  running?: readonly FoundWorkload[]
}

/** A pod of the network world: where it was found and its (template) metadata and spec. */
interface NetSource {
  found: FoundWorkload
  pod: Obj
}

/** Up to this many connections, every one carries its explanation. */
export const EXPLAIN_LIMIT = 2000

function podOf(w: NetSource): NetPod {
  const spec = obj(w.pod.spec)
  const status = obj(w.found.kind === 'Pod' ? w.found.object.status : undefined)
  const ports = list(spec.containers).flatMap((c) =>
    list(obj(c).ports).flatMap((p) => {
      const port = obj(p)
      if (typeof port.containerPort !== 'number') return []
      return [
        {
          ...(typeof port.name === 'string' && { name: port.name }),
          port: port.containerPort,
          protocol: typeof port.protocol === 'string' ? port.protocol : 'TCP',
        },
      ]
    }),
  )
  return {
    id: `${w.found.namespace}/${w.found.name}`,
    namespace: w.found.namespace,
    name: w.found.name,
    labels: stringMap(obj(w.pod.metadata).labels),
    ip: typeof status.podIP === 'string' ? status.podIP : null,
    ports,
    hostNetwork: spec.hostNetwork === true,
  }
}

function namespaceOf(ns: Found): NetNamespace {
  return { name: ns.name, labels: stringMap(obj(ns.object.metadata).labels) }
}

/** The network world of an evaluation: pods with a name, every Namespace, every NetworkPolicy. */
export function networkInput(objects: NetworkObjects, options: EngineOptions) {
  const sources: NetSource[] = [
    ...objects.workloads,
    ...(objects.running ?? []).flatMap((found) =>
      found.template ? [{ found, pod: found.template }] : [],
    ),
  ]
  const named = sources.filter((w) => w.found.name !== '')
  const pods = named.map(podOf)
  const namespaces = objects.namespaces.map(namespaceOf)
  const input: NetworkInput = {
    namespaces,
    pods,
    policies: objects.networkPolicies.map((p) => ({ object: p.object })),
    ...(options.probes?.length && { probes: options.probes }),
  }
  return { input, named, pods, namespaces }
}

/** A rule's ports as written: `80/TCP`, `http/TCP`, `8000-8080/TCP`, `TCP` (every port). */
function portsOf(ports: readonly PortEntry[]): string[] {
  return ports.map((p) => {
    if (p.port === null) return p.protocol
    return `${p.port}${p.endPort !== null ? `-${p.endPort}` : ''}/${p.protocol}`
  })
}

/** Every connection between the pods (null without NetworkPolicies), explained and located. */
export function networkStage(objects: NetworkObjects, ctx: StageContext): NetworkReport | null {
  const policies = objects.networkPolicies
  if (policies.length === 0) return null
  const { input, named, pods, namespaces } = networkInput(objects, ctx.options)
  const result = evaluateNetwork(input)
  const problem = (
    found: Found,
    path: Path,
    p: { severity: 'error' | 'warning' | 'info'; code: string; message: string },
  ) => addProblem(ctx, found, path, p.severity, p.code, p.message)
  for (const p of result.problems) {
    if (p.policy !== undefined && policies[p.policy]) problem(policies[p.policy]!, p.path, p)
    else if (p.namespace !== undefined) {
      const ns = objects.namespaces.find((n) => n.name === p.namespace)
      const inIt = named.find((w) => w.found.namespace === p.namespace)
      if (ns) problem(ns, p.path, p)
      else if (inIt) problem(inIt.found, ['metadata'], p)
    } else if (p.pod !== undefined) {
      const w = named.find((x) => `${x.found.namespace}/${x.found.name}` === p.pod)
      if (w) problem(w.found, [...w.found.templatePath, ...p.path], p)
    }
  }
  const report: NetworkReport = result.report
  const explain = report.connections.length <= EXPLAIN_LIMIT
  report.connections = report.connections.map((c) => {
    if (!explain || typeof c.port !== 'number') return c
    const e = result.explain(c.from, c.to, c.port, c.protocol)
    return e
      ? { ...c, explanation: { text: e.text, egress: e.egress.text, ingress: e.ingress.text } }
      : c
  })
  if (!explain) report.explanationsOmitted = true
  report.pods = named.map((w, i) => ({
    ...pods[i]!,
    kind: w.found.kind,
    at: ctx.locator.location(w.found.editor, w.found.doc, w.found.at),
  }))
  report.namespaces = namespaces
  const where = (found: Found, path: Path) =>
    ctx.locator.location(found.editor, found.doc, [...found.at, ...path])
  report.policies = result.policies.map((s) => {
    const found = policies[s.index]
    const selectorAt = found
      ? ctx.locator.existing(found.editor, found.doc, [...found.at, 'spec', 'podSelector'])
      : null
    return {
      id: s.id,
      selects: s.selects,
      policyTypes: [...s.normalized.policyTypes],
      rules: s.rules.map((r) => ({
        direction: r.direction,
        rule: r.rule,
        peers: r.peers,
        anyPeer: r.anyPeer,
        effective: r.effective,
        ...(found && { at: where(found, ['spec', r.direction, r.rule]) }),
        ports: portsOf(s.normalized[r.direction][r.rule]?.ports ?? []),
      })),
      valid: s.valid,
      at: found ? where(found, []) : null,
      ...(selectorAt && { selectorAt }),
    }
  })
  report.probes = ctx.options.probes ?? []
  return report
}
