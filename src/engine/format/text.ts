/**
 * The plain-text report: the summary table first (riskiest workload first, objects not judged by
 * kind), then one block per workload, as a reviewer would paste it into a review. Every
 * line goes through escapeTerminal as it is joined, so a name or message from the input can neither
 * send control sequences to a terminal nor start a line of its own.
 */
import { modeShown } from '../pss/modes'
import type { PodSecurityReport, Problem, Report, WorkloadReport } from '../report'
import { isNotJudgedNote, notJudgedLine, summarize } from '../summary'
import { SUMMARY_HEADERS, summaryCells, summaryHead } from '../summary/table'
import { escapeTerminal } from './escape'
import {
  admissionOutcomes,
  admissionPolicyLines,
  containerLine,
  defaultPlace,
  hostNamespaces,
  hostPorts,
  type PlaceName,
  workloadTitle,
} from './shared'
import type { AdmissionOutcome } from '../vap/outcome'

/** Columns padded to their widest cell, each line indented by two spaces. */
export function textTable(headers: readonly string[], rows: string[][]): string[] {
  const cells = [headers.map(escapeTerminal), ...rows.map((r) => r.map(escapeTerminal))]
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)))
  return cells.map((r) => `  ${r.map((c, i) => c.padEnd(widths[i]!)).join('  ')}`.trimEnd())
}

/** The summary: its head, the table (riskiest first), the objects not judged. */
export function summaryText(report: Report, place: PlaceName): string[] {
  const s = summarize(report)
  const out = [`Summary: ${summaryHead(s)}`]
  if (s.rows.length)
    out.push(
      ...textTable(
        SUMMARY_HEADERS,
        s.rows.map((r) => summaryCells(r, place)),
      ),
    )
  const nj = notJudgedLine(s.notJudged)
  if (nj) out.push(`  ${nj}`)
  return out
}

/**
 * Problems, errors first, then warnings, then notes; the objects not judged are one line in the
 * summary instead of one line each (the JSON report keeps every one).
 */
export function groupedProblems(report: Report): Problem[] {
  const rank = { error: 0, warning: 1, info: 2 } as const
  return report.problems
    .filter((p) => !isNotJudgedNote(p))
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank[a.p.severity] - rank[b.p.severity] || a.i - b.i)
    .map(({ p }) => p)
}

export function formatText(report: Report, place: PlaceName = defaultPlace): string {
  const out: string[] = [...summaryText(report, place), '']
  const vapOf = admissionOutcomes(report)
  for (const w of report.workloads) out.push(...workloadBlock(w, place, vapOf(w)), '')
  if (report.workloads.length === 0) out.push('No Pod or workload found.', '')
  const vap = admissionPolicyLines(report)
  if (vap) out.push(vap.head, ...vap.lines.map((l) => `  ${l}`), '')
  if (report.network) {
    const total = report.network.connections.length
    const allowed = report.network.connections.filter((c) => c.allowed).length
    out.push(`Network: ${allowed} of ${total} connections allowed`)
    for (const c of report.network.connections) {
      const why = c.allowed
        ? ''
        : !c.egress.isolated || c.egress.allowedBy.length
          ? ' (denied by ingress)'
          : c.ingress.isolated && !c.ingress.allowedBy.length
            ? ' (denied by egress and ingress)'
            : ' (denied by egress)'
      out.push(
        `  ${c.allowed ? 'allow' : 'DENY '} ${c.from} -> ${c.to} ${c.port}/${c.protocol}${why}`,
      )
      if (!c.allowed && c.explanation) out.push(`        ${c.explanation.text}`)
    }
    out.push('')
  }
  const problems = groupedProblems(report)
  if (problems.length) {
    out.push('Problems:')
    for (const p of problems)
      out.push(`  ${place(p.editor, p.line)}:${p.column} ${p.severity}: ${p.message}`)
    out.push('')
  }
  return out.map(escapeTerminal).join('\n')
}

function workloadBlock(
  w: WorkloadReport,
  place: PlaceName,
  vap: AdmissionOutcome | null,
): string[] {
  const lines = [`${workloadTitle(w)} (${place(w.editor, w.line)})`]
  const api = w.apiServer
  if (api && !api.allowed) {
    lines.push(
      `  API server: ${api.stoppedBy === 'kubectl' ? 'NOT SENT (kubectl refuses to decode it)' : 'REJECTED'}`,
    )
    if (api.decodeError) lines.push(`    ${api.decodeError}`)
    for (const e of api.errors) lines.push(`    - ${e}`)
  }
  const ps = w.podSecurity
  if (ps) {
    lines.push(
      `  Pod Security Standards ${ps.level}:${ps.version}: ${ps.allowed ? 'allowed' : w.kind === 'Pod' ? 'DENIED' : 'DENIED (the pods it creates would be rejected)'}`,
    )
    if (ps.sourceDetail) lines.push(`    why this level: ${ps.sourceDetail}`)
    if (ps.levels) lines.push(`    levels: ${ladder(ps.levels)}`)
    if (ps.message) lines.push(`    ${ps.message}`)
    for (const v of ps.violations) {
      const at = v.locations?.[0]
      lines.push(`    - ${v.reason}: ${v.detail}${at ? ` (${place(at.editor, at.line)})` : ''}`)
    }
    for (const m of ps.modes ?? []) {
      const shown = modeShown(m)
      if (shown)
        lines.push(`    namespace ${m.mode} ${m.level}:${m.version}: ${m.outcome}: ${shown}`)
    }
  }
  const psp = w.podSecurityPolicy
  if (psp) {
    if (psp.allowed) {
      lines.push(
        `  PodSecurityPolicy: admitted by "${psp.policy}"${psp.mutations.length ? `, which sets ${psp.mutations.map((m) => `${m.path}=${JSON.stringify(m.value)}`).join(', ')}` : ' unchanged'}`,
      )
    } else {
      lines.push('  PodSecurityPolicy: REJECTED')
      if (psp.message) lines.push(`    ${psp.message}`)
    }
  }
  // the ValidatingAdmissionPolicy section below has each binding's words
  if (vap)
    lines.push(`  ${vap.verdict === 'denied' ? vap.text.replace('denied', 'DENIED') : vap.text}`)
  const e = w.effective
  lines.push('  Effective on the node:')
  lines.push(`    host namespaces: ${hostNamespaces(e)}`)
  lines.push(`    host ports: ${hostPorts(e)}`)
  const hostPaths = e.volumes.filter((v) => v.type === 'hostPath')
  if (hostPaths.length)
    lines.push(
      `    host paths: ${hostPaths.map((v) => `${v.hostPath} (${v.readOnly ? 'read-only' : 'writable'})`).join(', ')}`,
    )
  if (e.kubeletRejection) lines.push(`    KUBELET REJECTS THE POD: ${e.kubeletRejection}`)
  for (const c of e.containers) {
    lines.push(`    ${containerLine(c)}`)
    if (c.startError) lines.push(`      DOES NOT START: ${c.startError}`)
    else if (c.startDepends) lines.push(`      ${c.startDepends}`)
  }
  return lines
}

/** `privileged: yes; baseline: no, 2 checks; restricted: no, 5 checks` */
export function ladder(levels: NonNullable<PodSecurityReport['levels']>): string {
  return (['privileged', 'baseline', 'restricted'] as const)
    .map((level) => {
      const n = levels[level].violations.length
      return `${level}: ${levels[level].allowed ? 'yes' : `no, ${n} check${n === 1 ? '' : 's'}`}`
    })
    .join('; ')
}
