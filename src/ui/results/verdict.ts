/** Pure: the one-line verdict over all workloads, each gate counted on its own. */
import type { AdmissionPolicyResult, Report, WorkloadReport } from '../../engine/report'
import { VERDICT_CODES } from '../../engine/vocabulary'

export interface Verdict {
  text: string
  tone: 'good' | 'bad' | 'neutral'
}

/** The kubelet rejects the pod, or one of its containers cannot start. */
export function nodeRefuses(w: WorkloadReport): boolean {
  return (
    (w.effective?.kubeletRejection ?? null) !== null ||
    (w.effective?.containers ?? []).some((c) => (c.startError ?? null) !== null)
  )
}

/**
 * Objects a ValidatingAdmissionPolicy binding with `Deny` refuses (a kept denial), each counted
 * once: a workload and the pod its template creates are one object of the pod editor.
 */
export function admissionDenied(results: readonly AdmissionPolicyResult[] | undefined): number {
  const denied = new Set<string>()
  for (const r of results ?? []) {
    if (r?.allowed !== false) continue
    const o = r.object
    denied.add(`${o?.editor}:${o?.line}:${o?.templateOf ?? `${o?.kind}/${o?.name}`}`)
  }
  return denied.size
}

export function verdictOf(report: Report | null): Verdict {
  if (!report) return { text: 'Evaluating…', tone: 'neutral' }
  const ws = report.workloads ?? []
  const errors = (report.problems ?? []).filter(
    (p) => p.severity === 'error' && !VERDICT_CODES.has(p.code),
  ).length
  const apiRejected = ws.filter((w) => w.apiServer?.allowed === false).length
  const pssDenied = ws.filter((w) => w.podSecurity?.allowed === false).length
  const pspRejected = ws.filter((w) => w.podSecurityPolicy?.allowed === false).length
  const notStarting = ws.filter(nodeRefuses).length
  const vapDenied = admissionDenied(report.admissionPolicies)
  const parts = [`${ws.length} workload${ws.length === 1 ? '' : 's'}`]
  // Each gate refuses on its own: say which one (the API server, each admission, the node)
  if (apiRejected) parts.push(`API: ${apiRejected} rejected`)
  if (pssDenied) parts.push(`PSS: ${pssDenied} denied`)
  if (pspRejected) parts.push(`PSP: ${pspRejected} rejected`)
  if (vapDenied) parts.push(`VAP: ${vapDenied} denied`)
  if (notStarting) parts.push(`node: ${notStarting} not starting`)
  const refused = apiRejected || pssDenied || pspRejected || vapDenied || notStarting
  const judged =
    ws.some((w) => w.podSecurity || w.podSecurityPolicy) ||
    (report.admissionPolicies?.length ?? 0) > 0
  if (!refused && judged) parts.push('all admitted')
  if (errors) parts.push(`${errors} input error${errors === 1 ? '' : 's'}`)
  return {
    text: parts.join(' · '),
    tone: refused || errors ? 'bad' : ws.length ? 'good' : 'neutral',
  }
}
