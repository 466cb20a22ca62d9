/** Pure: the one-line verdict over all workloads, each policy family counted on its own. */
import type { Report } from '../../engine/report'

export interface Verdict {
  text: string
  tone: 'good' | 'bad' | 'neutral'
}

export function verdictOf(report: Report | null): Verdict {
  if (!report) return { text: 'Evaluating…', tone: 'neutral' }
  const ws = report.workloads ?? []
  const errors = (report.problems ?? []).filter((p) => p.severity === 'error').length
  const pssDenied = ws.filter((w) => w.podSecurity?.allowed === false).length
  const pspRejected = ws.filter((w) => w.podSecurityPolicy?.allowed === false).length
  const parts = [`${ws.length} workload${ws.length === 1 ? '' : 's'}`]
  // Pod Security Standards and PodSecurityPolicy are separate admissions: say which one refuses
  if (pssDenied) parts.push(`PSS: ${pssDenied} denied`)
  if (pspRejected) parts.push(`PSP: ${pspRejected} rejected`)
  if (!pssDenied && !pspRejected && ws.some((w) => w.podSecurity || w.podSecurityPolicy))
    parts.push('all admitted')
  if (errors) parts.push(`${errors} input error${errors === 1 ? '' : 's'}`)
  return {
    text: parts.join(' · '),
    tone: pssDenied || pspRejected || errors ? 'bad' : ws.length ? 'good' : 'neutral',
  }
}
