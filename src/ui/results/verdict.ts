/** Pure: the one-line verdict over all workloads, each gate counted on its own. */
import type { Report, WorkloadReport } from '../../engine/report'
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
  const parts = [`${ws.length} workload${ws.length === 1 ? '' : 's'}`]
  // Each gate refuses on its own: say which one (the API server, each admission, the node)
  if (apiRejected) parts.push(`API: ${apiRejected} rejected`)
  if (pssDenied) parts.push(`PSS: ${pssDenied} denied`)
  if (pspRejected) parts.push(`PSP: ${pspRejected} rejected`)
  if (notStarting) parts.push(`node: ${notStarting} not starting`)
  const refused = apiRejected || pssDenied || pspRejected || notStarting
  if (!refused && ws.some((w) => w.podSecurity || w.podSecurityPolicy)) parts.push('all admitted')
  if (errors) parts.push(`${errors} input error${errors === 1 ? '' : 's'}`)
  return {
    text: parts.join(' · '),
    tone: refused || errors ? 'bad' : ws.length ? 'good' : 'neutral',
  }
}
