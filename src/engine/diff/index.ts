/**
 * What a change does to security (`podplay diff`, cli-and-report.md): two reports evaluated
 * against the same policy, workloads matched by kind, namespace and name, containers by kind of
 * container and name, connections by source, destination, port and protocol. Every difference in
 * privilege is one change with its direction (./compare.ts); riskier first (./order.ts).
 *
 * A workload or container on one side only is compared with an absent one, which has no more than
 * Pod Security's restricted level allows: it is `more` when it brings any privilege beyond that
 * (`less` when one that had some goes), else `neutral`. A network that is null (no NetworkPolicy) allows every connection between the pods
 * of its side.
 */
import { admissionPolicyDenied, workloadTitle } from '../format/shared'
import type { EffectiveContainer, Level, Report, WorkloadReport } from '../report'
import { gateErrorsOf, hostPathsOf, hostPortsOf, rootRank } from '../summary/risk'
import { flag, grants, level, rank, verdict } from './compare'
import { sortChanges, type Weighted, WEIGHT } from './order'
import type { Change, DiffReport, Direction } from './types'

export type { Change, DiffReport, Direction } from './types'

interface ContainerFacts {
  capabilities: string[]
  privileged: boolean
  allowPrivilegeEscalation: boolean
  runAsUser: number | null
  runAsNonRoot: boolean | null
  readOnlyRootFilesystem: boolean
}

interface WorkloadFacts {
  hostPID: boolean
  hostIPC: boolean
  hostNetwork: boolean
  hostUsers: boolean
  hostPorts: string[]
  hostPaths: string[]
  /** By `effective.containers[name]` (or initContainers, ephemeralContainers). */
  containers: Map<string, ContainerFacts>
  highestLevel: Level | null
  enforce: string | null
  enforceLevel: Level | null
  podSecurityAllowed: boolean
  podSecurityPolicy: { allowed: boolean; policy: string | null } | null
  apiServerAllowed: boolean
  /** No ValidatingAdmissionPolicy binding with Deny refuses it. */
  admissionPoliciesAllow: boolean
  starts: boolean
}

/**
 * A container that is not there: what Pod Security's restricted level lets a container have (no
 * capabilities, no escalation, a non-root user; a writable root filesystem, which restricted allows
 * and Kubernetes defaults to). A new container with no more than that is neutral.
 */
const NO_CONTAINER: ContainerFacts = {
  capabilities: [],
  privileged: false,
  allowPrivilegeEscalation: false,
  runAsUser: null,
  runAsNonRoot: true,
  readOnlyRootFilesystem: false,
}

/** A workload that is not there: no privilege, restricted, every gate passed. */
const NO_WORKLOAD: WorkloadFacts = {
  hostPID: false,
  hostIPC: false,
  hostNetwork: false,
  hostUsers: true,
  hostPorts: [],
  hostPaths: [],
  containers: new Map(),
  highestLevel: 'restricted',
  enforce: null,
  enforceLevel: null,
  podSecurityAllowed: true,
  podSecurityPolicy: null,
  apiServerAllowed: true,
  admissionPoliciesAllow: true,
  starts: true,
}

const LIST_NAME = {
  container: 'containers',
  initContainer: 'initContainers',
  ephemeralContainer: 'ephemeralContainers',
} as const

const containerField = (c: EffectiveContainer) => `effective.${LIST_NAME[c.type]}[${c.name}]`

function containerFacts(c: EffectiveContainer): ContainerFacts {
  return {
    capabilities: c.capabilities,
    privileged: c.privileged,
    allowPrivilegeEscalation: c.allowPrivilegeEscalation,
    runAsUser: c.runAsUser,
    runAsNonRoot: c.runAsNonRoot,
    readOnlyRootFilesystem: c.readOnlyRootFilesystem,
  }
}

function workloadFacts(w: WorkloadReport, report: Report): WorkloadFacts {
  const e = w.effective
  const ps = w.podSecurity
  const gates = gateErrorsOf(w)
  const containers = new Map<string, ContainerFacts>()
  for (const c of e.containers) containers.set(containerField(c), containerFacts(c))
  return {
    hostPID: e.hostPID,
    hostIPC: e.hostIPC,
    hostNetwork: e.hostNetwork,
    hostUsers: e.hostUsers,
    hostPorts: hostPortsOf(e),
    hostPaths: hostPathsOf(e),
    containers,
    highestLevel: ps?.highestLevel ?? null,
    enforce: ps ? `${ps.level}:${ps.version}` : null,
    enforceLevel: ps?.level ?? null,
    podSecurityAllowed: ps?.allowed ?? true,
    podSecurityPolicy: w.podSecurityPolicy
      ? { allowed: w.podSecurityPolicy.allowed, policy: w.podSecurityPolicy.policy }
      : null,
    apiServerAllowed: w.apiServer?.allowed ?? true,
    admissionPoliciesAllow: !admissionPolicyDenied(w, report),
    starts: gates.start.length === 0,
  }
}

type Emit = (
  weight: number,
  field: string,
  before: unknown,
  after: unknown,
  direction: Direction,
) => void

/** Each container field: its weight and how its change moves privilege. */
const CONTAINER_FIELDS: {
  [K in keyof ContainerFacts]: [number, (b: ContainerFacts, a: ContainerFacts) => Direction]
} = {
  privileged: [WEIGHT.privileged, (b, a) => flag(b.privileged, a.privileged)],
  capabilities: [WEIGHT.capabilities, (b, a) => grants(b.capabilities, a.capabilities)],
  allowPrivilegeEscalation: [
    WEIGHT.escalation,
    (b, a) => flag(b.allowPrivilegeEscalation, a.allowPrivilegeEscalation),
  ],
  runAsUser: [WEIGHT.user, (b, a) => rank(rootRank(b), rootRank(a))],
  runAsNonRoot: [WEIGHT.user, (b, a) => rank(rootRank(b), rootRank(a))],
  readOnlyRootFilesystem: [
    WEIGHT.rootFilesystem,
    (b, a) => flag(!b.readOnlyRootFilesystem, !a.readOnlyRootFilesystem),
  ],
}

function diffContainer(field: string, b: ContainerFacts, a: ContainerFacts, emit: Emit): void {
  for (const [key, [weight, direction]] of Object.entries(CONTAINER_FIELDS) as [
    keyof ContainerFacts,
    (typeof CONTAINER_FIELDS)[keyof ContainerFacts],
  ][]) {
    if (JSON.stringify(b[key]) !== JSON.stringify(a[key]))
      emit(weight, `${field}.${key}`, b[key], a[key], direction(b, a))
  }
}

/** The most privileged direction among changes: more, else less, else neutral. */
function strongest(directions: Direction[]): Direction {
  return directions.includes('more') ? 'more' : directions.includes('less') ? 'less' : 'neutral'
}

/** What a container or workload present on one side brings, against an absent one. */
function presence<T>(facts: T, absent: T, diff: (b: T, a: T, emit: Emit) => void): Direction {
  const found: Direction[] = []
  diff(absent, facts, (_w, _f, _b, _a, d) => found.push(d))
  return strongest(found) === 'more' ? 'more' : 'neutral'
}

function diffWorkload(b: WorkloadFacts, a: WorkloadFacts, emit: Emit): void {
  for (const key of ['hostPID', 'hostIPC', 'hostNetwork'] as const)
    if (b[key] !== a[key]) emit(WEIGHT.hostNamespace, key, b[key], a[key], flag(b[key], a[key]))
  if (b.hostUsers !== a.hostUsers)
    emit(
      WEIGHT.hostNamespace,
      'hostUsers',
      b.hostUsers,
      a.hostUsers,
      flag(b.hostUsers, a.hostUsers),
    )
  if (b.hostPaths.join('\n') !== a.hostPaths.join('\n'))
    emit(
      WEIGHT.hostPath,
      'effective.volumes.hostPath',
      b.hostPaths,
      a.hostPaths,
      grants(b.hostPaths, a.hostPaths),
    )
  if (b.hostPorts.join('\n') !== a.hostPorts.join('\n'))
    emit(WEIGHT.hostPort, 'hostPorts', b.hostPorts, a.hostPorts, grants(b.hostPorts, a.hostPorts))
  for (const [field, bc] of b.containers) {
    const ac = a.containers.get(field)
    if (ac) diffContainer(field, bc, ac, emit)
    else {
      const d = presence(bc, NO_CONTAINER, (x, y, e) => diffContainer(field, x, y, e))
      emit(WEIGHT.presence, field, 'present', null, d === 'more' ? 'less' : 'neutral')
    }
  }
  for (const [field, ac] of a.containers)
    if (!b.containers.has(field)) {
      const d = presence(ac, NO_CONTAINER, (x, y, e) => diffContainer(field, x, y, e))
      emit(WEIGHT.presence, field, null, 'present', d)
    }
  if (b.highestLevel !== a.highestLevel)
    emit(
      WEIGHT.level,
      'podSecurity.highest',
      b.highestLevel,
      a.highestLevel,
      level(b.highestLevel, a.highestLevel),
    )
  if (b.enforce !== a.enforce && b.enforce !== null && a.enforce !== null)
    emit(
      WEIGHT.verdict,
      'podSecurity.enforce',
      b.enforce,
      a.enforce,
      level(b.enforceLevel, a.enforceLevel),
    )
  const safer = level(b.highestLevel, a.highestLevel) === 'less'
  const gate = (field: string, x: boolean, y: boolean) => {
    if (x !== y) emit(WEIGHT.verdict, field, x, y, verdict(x, y, safer))
  }
  gate('podSecurity.allowed', b.podSecurityAllowed, a.podSecurityAllowed)
  const bp = b.podSecurityPolicy
  const ap = a.podSecurityPolicy
  if (bp && ap) {
    gate('podSecurityPolicy.allowed', bp.allowed, ap.allowed)
    if (bp.allowed && ap.allowed && bp.policy !== ap.policy)
      emit(WEIGHT.verdict, 'podSecurityPolicy.policy', bp.policy, ap.policy, 'neutral')
  }
  gate('apiServer.allowed', b.apiServerAllowed, a.apiServerAllowed)
  gate('admissionPolicies.allowed', b.admissionPoliciesAllow, a.admissionPoliciesAllow)
  gate('node.starts', b.starts, a.starts)
}

const workloadKey = (w: WorkloadReport) => `${w.kind}\0${w.namespace}\0${w.name}`

/** Each pod's id on a side: the network's pods, else the workloads (which are its pods). */
function podIds(r: Report): Set<string> {
  if (r.network?.pods) return new Set(r.network.pods.map((p) => p.id))
  return new Set(r.workloads.filter((w) => w.name !== '').map((w) => `${w.namespace}/${w.name}`))
}

/** Connections newly allowed (more) or denied (less) between pods present on both sides. */
function diffNetwork(before: Report, after: Report, emit: Emit): void {
  if (before.network === null && after.network === null) return
  const afterPods = podIds(after)
  const bothPods = new Set([...podIds(before)].filter((id) => afterPods.has(id)))
  const allowed = (r: Report) => {
    const m = new Map<string, boolean>()
    for (const c of r.network?.connections ?? [])
      if (bothPods.has(c.from) && bothPods.has(c.to))
        m.set(`${c.from} -> ${c.to} ${c.port}/${c.protocol}`, c.allowed)
    return m
  }
  const b = allowed(before)
  const a = allowed(after)
  const keys = new Set([...b.keys(), ...a.keys()])
  for (const key of keys) {
    // Without NetworkPolicies every connection is allowed; a side with policies that lacks the
    // connection does not test its port: no change to report.
    const x = before.network === null ? true : b.get(key)
    const y = after.network === null ? true : a.get(key)
    if (x === undefined || y === undefined || x === y) continue
    emit(
      WEIGHT.network,
      `connection ${key}`,
      x ? 'allowed' : 'denied',
      y ? 'allowed' : 'denied',
      flag(x, y),
    )
  }
}

export function diffReports(before: Report, after: Report): DiffReport {
  const changes: Weighted[] = []
  const at = (w: WorkloadReport) => ({ editor: w.editor, line: w.line })
  const beforeBy = new Map(before.workloads.map((w) => [workloadKey(w), w]))
  const afterKeys = new Set(after.workloads.map(workloadKey))
  const add = (workload: string, where: Change['at']) => {
    const emit: Emit = (weight, field, b, a, direction) =>
      changes.push({
        weight,
        order: changes.length,
        change: {
          workload,
          change: weight !== WEIGHT.presence ? 'changed' : b === null ? 'added' : 'removed',
          field,
          before: b,
          after: a,
          direction,
          ...(where && { at: where }),
        },
      })
    return emit
  }
  for (const aw of after.workloads) {
    const bw = beforeBy.get(workloadKey(aw))
    const emit = add(workloadTitle(aw), bw ? { before: at(bw), after: at(aw) } : { after: at(aw) })
    const af = workloadFacts(aw, after)
    if (bw) diffWorkload(workloadFacts(bw, before), af, emit)
    else emit(WEIGHT.presence, 'workload', null, 'present', presence(af, NO_WORKLOAD, diffWorkload))
  }
  for (const bw of before.workloads) {
    if (afterKeys.has(workloadKey(bw))) continue
    const had = presence(workloadFacts(bw, before), NO_WORKLOAD, diffWorkload)
    add(workloadTitle(bw), { before: at(bw) })(
      WEIGHT.presence,
      'workload',
      'present',
      null,
      had === 'more' ? 'less' : 'neutral',
    )
  }
  diffNetwork(before, after, add('network', undefined))
  return { version: 1, changes: sortChanges(changes), before, after }
}

/** Whether the change grants more privilege (`podplay diff` exits 1). */
export const grantsMore = (d: DiffReport) => d.changes.some((c) => c.direction === 'more')
