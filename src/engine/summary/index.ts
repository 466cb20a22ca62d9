/**
 * The reviewer's verdict at a glance (issue 11): one row per workload, riskiest first, and the
 * objects podplay does not judge counted by kind. The app's summary table, the text and the
 * Markdown reports all lead with it.
 *
 * Riskiest first means, in this order (ties keep input order):
 * 1. a workload some gate stops (API server, admission, the node) before one that runs;
 * 2. the lower highest Pod Security level it meets (privileged, then baseline, then restricted;
 *    unknown last);
 * 3. a privileged container; 4. more host namespaces shared; 5. host ports; 6. hostPath volumes;
 * 7. more added capabilities; 8. a container running as root, then one with the image's user.
 */
import type { Level, Problem, Report, WorkloadReport } from '../report'
import { workloadDenied } from '../format/shared'
import {
  addedCapabilitiesOf,
  gateErrorsOf,
  hostNamespacesOf,
  hostPathsOf,
  hostPortsOf,
  LEVEL_RANK,
  rootRank,
} from './risk'

export interface SummaryRow {
  kind: string
  namespace: string
  name: string
  editor: 'pod' | 'policy'
  line: number
  /** Index in `report.workloads`. */
  index: number
  /** Some gate stops it (the exit status 1 of `podplay check`). */
  denied: boolean
  /** Pod Security Standards as enforced: `restricted:latest`, allowed or not; null: not judged. */
  enforce: { level: Level; version: string; allowed: boolean } | null
  /** The highest level met at the enforced version; null when unknown. */
  highestLevel: Level | null
  /** PodSecurityPolicy: the admitting policy, or rejected; null without PodSecurityPolicies. */
  podSecurityPolicy: { allowed: boolean; policy: string | null } | null
  /** Warn and audit modes that report something (`warn restricted:latest`). */
  modes: string[]
  apiErrors: string[]
  startErrors: string[]
  /** Names of privileged containers. */
  privileged: string[]
  hostNamespaces: string[]
  hostPorts: string[]
  hostPaths: string[]
  addedCapabilities: string[]
  /** 2: a container runs as root (UID 0); 1: one runs as the image's user unchecked; 0: neither. */
  root: number
}

export interface NotJudged {
  total: number
  /** Most frequent kind first, then by name. */
  byKind: { kind: string; count: number }[]
  /**
   * Objects not judged themselves whose part is to be a ValidatingAdmissionPolicyBinding's
   * parameter (`paramRef`): said apart, with the bindings that read them.
   */
  parameters: { kind: string; namespace: string; name: string; bindings: string[] }[]
}

export interface Summary {
  rows: SummaryRow[]
  denied: number
  notJudged: NotJudged
}

export function summaryRow(w: WorkloadReport, index: number, report?: Report): SummaryRow {
  const e = w.effective
  const ps = w.podSecurity
  const psp = w.podSecurityPolicy
  const gates = gateErrorsOf(w)
  return {
    kind: w.kind,
    namespace: w.namespace,
    name: w.name,
    editor: w.editor,
    line: w.line,
    index,
    denied: workloadDenied(w, report),
    enforce: ps ? { level: ps.level, version: ps.version, allowed: ps.allowed } : null,
    highestLevel: ps?.highestLevel ?? null,
    podSecurityPolicy: psp ? { allowed: psp.allowed, policy: psp.policy } : null,
    modes: (ps?.modes ?? [])
      .filter((m) => m.mode !== 'enforce' && m.outcome !== 'none')
      .map((m) => `${m.mode} ${m.level}:${m.version}`),
    apiErrors: gates.api,
    startErrors: gates.start,
    privileged: e.containers.filter((c) => c.privileged).map((c) => c.name),
    hostNamespaces: hostNamespacesOf(e),
    hostPorts: hostPortsOf(e),
    hostPaths: hostPathsOf(e),
    addedCapabilities: addedCapabilitiesOf(e),
    root: Math.max(0, ...e.containers.map(rootRank)),
  }
}

/** Negative when `a` is riskier than `b` (see the module comment). */
export function compareRisk(a: SummaryRow, b: SummaryRow): number {
  const level = (r: SummaryRow) => (r.highestLevel === null ? 3 : LEVEL_RANK[r.highestLevel])
  return (
    Number(b.denied) - Number(a.denied) ||
    level(a) - level(b) ||
    Number(b.privileged.length > 0) - Number(a.privileged.length > 0) ||
    b.hostNamespaces.length - a.hostNamespaces.length ||
    b.hostPorts.length - a.hostPorts.length ||
    b.hostPaths.length - a.hostPaths.length ||
    b.addedCapabilities.length - a.addedCapabilities.length ||
    b.root - a.root ||
    a.index - b.index
  )
}

/** Kind of a `not-evaluated` problem: its message starts with the kind (workloads/extract.ts). */
function kindOf(message: string): string {
  const m = /^(\S+) "/.exec(message)
  return m ? m[1]! : 'other'
}

/**
 * The notes said in the line of objects not judged rather than one by one: an object podplay
 * does not judge (`not-evaluated`, workloads/extract.ts) or judges only as a binding's parameter
 * (`vap-param`, stages/admissionPolicy.ts).
 */
export const isNotJudgedNote = (p: Problem): boolean =>
  p.code === 'not-evaluated' || p.code === 'vap-param'

/**
 * The objects podplay does not judge, counted by kind, from the report's `not-evaluated` infos,
 * and the binding parameters (`admissionPolicyParams` not judged otherwise).
 */
export function notJudged(report: Report): NotJudged {
  const counts = new Map<string, number>()
  for (const p of report.problems)
    if (p.code === 'not-evaluated') {
      const kind = kindOf(p.message)
      counts.set(kind, (counts.get(kind) ?? 0) + 1)
    }
  const byKind = [...counts]
    .map(([kind, count]) => ({ kind, count }))
    .sort((a, b) => b.count - a.count || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0))
  const parameters = (report.admissionPolicyParams ?? [])
    .filter((p) => !p.judged)
    .map((p) => ({
      kind: p.kind,
      namespace: p.namespace,
      name: p.name,
      bindings: p.bindings.map((b) => b.binding),
    }))
  return { total: byKind.reduce((n, k) => n + k.count, 0), byKind, parameters }
}

/** Binding parameters named in the line; the others are counted. */
export const NAMED_PARAMETERS = 3

/** Kinds named in the line of objects not judged; the others are counted together. */
export const NOT_JUDGED_KINDS = 12

/**
 * `28 objects not judged: 6 ServiceAccount, 4 Role, ...`; past NOT_JUDGED_KINDS kinds, `..., and
 * 40 more of 25 other kinds` (10,000 made-up kinds stay one short line); null when there are none.
 */
export function notJudgedLine(n: NotJudged): string | null {
  const parts: string[] = []
  if (n.total > 0) {
    const named = n.byKind.slice(0, NOT_JUDGED_KINDS)
    const others = n.byKind.slice(NOT_JUDGED_KINDS)
    const rest = others.reduce((sum, k) => sum + k.count, 0)
    parts.push(
      `${n.total} object${n.total === 1 ? '' : 's'} not judged: ${named.map((k) => `${k.count} ${k.kind}`).join(', ')}${others.length ? `, and ${rest} more of ${others.length} other kind${others.length === 1 ? '' : 's'}` : ''}`,
    )
  }
  const params = n.parameters ?? []
  if (params.length > 0) {
    const named = params
      .slice(0, NAMED_PARAMETERS)
      .map(
        (p) =>
          `${p.kind} ${p.namespace ? `${p.namespace}/` : ''}${p.name} (parameter of binding${p.bindings.length === 1 ? '' : 's'} ${p.bindings.join(', ')})`,
      )
    const rest = params.length - named.length
    parts.push(
      `${params.length} binding parameter${params.length === 1 ? '' : 's'}: ${named.join(', ')}${rest ? `, and ${rest} more` : ''}`,
    )
  }
  return parts.length ? parts.join('; ') : null
}

export function summarize(report: Report): Summary {
  const rows = report.workloads.map((w, i) => summaryRow(w, i, report)).sort(compareRisk)
  return { rows, denied: rows.filter((r) => r.denied).length, notJudged: notJudged(report) }
}
