/**
 * The Markdown report a reviewer pastes back into a pull request: the summary table first (riskiest
 * first, objects not judged by kind), then per workload its verdicts, the warn and audit modes in
 * Pod Security Admission's words, the ladder of levels and what it gets on the node; then the
 * network and the problems, errors first. Every piece of user text goes
 * through ./escape (text, code span or fence), so nothing in the input can add a heading, a table
 * row, a link, an image or HTML to the review.
 */
import { modeShown } from '../pss/modes'
import type { Report, WorkloadReport } from '../report'
import { notJudgedLine, summarize } from '../summary'
import { SUMMARY_HEADERS, summaryCells } from '../summary/table'
import { escapeMarkdownText as t, markdownCodeSpan as code, markdownFence } from './escape'
import {
  admissionOutcomes,
  admissionPolicyLines,
  capabilitySummary,
  defaultPlace,
  hostNamespaces,
  hostPorts,
  identity,
  type PlaceName,
  workloadDenied,
  workloadTitle,
} from './shared'
import type { AdmissionOutcome } from '../vap/outcome'
import { groupedProblems, ladder } from './text'

/** Connections listed at most in one report. */
export const MAX_ROWS = 200

export function formatMarkdown(report: Report, place: PlaceName = defaultPlace): string {
  const out: string[] = ['## podplay report', '']
  const denied = report.workloads.filter((w) => workloadDenied(w, report))
  out.push(
    `${report.workloads.length} workload(s), ${denied.length} denied, ${report.problems.filter((p) => p.severity === 'error').length} input error(s).`,
    '',
  )
  out.push(...summaryTable(report, place))
  const vapOf = admissionOutcomes(report)
  for (const w of report.workloads) out.push(...workload(w, place, vapOf(w)), '')
  const vap = admissionPolicyLines(report)
  if (vap) out.push(`### ${t(vap.head)}`, '', ...vap.lines.map((l) => `- ${t(l)}`), '')
  if (report.network) {
    const c = report.network.connections
    out.push(
      `### Network: ${c.filter((x) => x.allowed).length} of ${c.length} connections allowed`,
      '',
    )
    // A review comment stays readable: denied connections first, at most MAX_ROWS rows.
    const rows = [...c.filter((x) => !x.allowed), ...c.filter((x) => x.allowed)]
    out.push('| from | to | port | verdict |', '| --- | --- | --- | --- |')
    for (const x of rows.slice(0, MAX_ROWS))
      out.push(
        `| ${t(x.from)} | ${t(x.to)} | ${t(`${x.port}/${x.protocol}`)} | ${x.allowed ? 'allowed' : '**denied**'} |`,
      )
    if (rows.length > MAX_ROWS) out.push('', `… and ${rows.length - MAX_ROWS} more connections.`)
    out.push('')
  }
  const problems = groupedProblems(report)
  if (problems.length) {
    out.push('### Input problems', '')
    for (const p of problems)
      out.push(`- ${t(place(p.editor, p.line))}: **${p.severity}**: ${t(p.message)}`)
    out.push('')
  }
  return out.join('\n')
}

/** The summary: one row per workload, riskiest first, then the objects not judged. */
export function summaryTable(report: Report, place: PlaceName): string[] {
  const s = summarize(report)
  const out: string[] = []
  if (s.rows.length) {
    out.push(
      `| ${SUMMARY_HEADERS.join(' | ')} |`,
      `|${SUMMARY_HEADERS.map(() => ' --- |').join('')}`,
    )
    for (const r of s.rows) {
      const [verdict, ...rest] = summaryCells(r, place)
      out.push(`| ${r.denied ? '**denied** ❌' : t(verdict!)} | ${rest.map(t).join(' | ')} |`)
    }
    out.push('')
  }
  const nj = notJudgedLine(s.notJudged)
  if (nj) out.push(`${t(nj)}.`, '')
  return out
}

function workload(w: WorkloadReport, place: PlaceName, vap: AdmissionOutcome | null): string[] {
  const out = [`### ${t(workloadTitle(w))}`, '']
  const api = w.apiServer
  if (api && !api.allowed) {
    out.push(
      `**API server: ${api.stoppedBy === 'kubectl' ? 'not sent (kubectl refuses it)' : 'rejected'} ❌**`,
      '',
    )
    if (api.decodeError) out.push(markdownFence(api.decodeError), '')
    for (const e of api.errors) out.push(`- ${t(e)}`)
    if (api.errors.length) out.push('')
  }
  const ps = w.podSecurity
  if (ps) {
    out.push(
      `**Pod Security Standards ${code(`${ps.level}:${ps.version}`)}: ${ps.allowed ? 'allowed ✅' : 'denied ❌'}**`,
      '',
    )
    if (ps.levels) out.push(`Levels: ${t(ladder(ps.levels))}`, '')
    if (ps.message) out.push(markdownFence(ps.message), '')
    const modes = (ps.modes ?? []).filter((m) => m.mode !== 'enforce' && modeShown(m) !== null)
    if (modes.length)
      out.push(
        `Namespace modes: ${modes.map((m) => `${m.mode} ${code(`${m.level}:${m.version}`)} ${m.outcome}`).join(', ')}`,
        '',
        markdownFence(modes.map((m) => modeShown(m)).join('\n')),
        '',
      )
    if (ps.violations.length) {
      out.push('| check | reason | detail | where |', '| --- | --- | --- | --- |')
      for (const v of ps.violations) {
        const at = v.locations?.[0]
        out.push(
          `| ${t(v.check)} | ${t(v.reason)} | ${t(v.detail)} | ${at ? t(place(at.editor, at.line)) : ''} |`,
        )
      }
      out.push('')
    }
  }
  const psp = w.podSecurityPolicy
  if (psp) {
    out.push(
      psp.allowed
        ? `**PodSecurityPolicy: admitted by ${code(psp.policy ?? '')}**`
        : '**PodSecurityPolicy: rejected ❌**',
      '',
    )
    if (psp.message) out.push(markdownFence(psp.message), '')
    for (const m of psp.mutations)
      out.push(`- sets ${code(m.path)} = ${code(JSON.stringify(m.value) ?? 'undefined')}`)
    if (psp.mutations.length) out.push('')
  }
  if (vap) out.push(`**${t(vap.text)}${vap.verdict === 'denied' ? ' ❌' : ''}**`, '')
  const e = w.effective
  if (e.kubeletRejection)
    out.push(`**The kubelet rejects the pod ❌**: ${t(e.kubeletRejection)}`, '')
  for (const c of e.containers)
    if (c.startError)
      out.push(`**Container ${code(c.name)} does not start ❌**: ${t(c.startError)}`, '')
  out.push(`- Host namespaces: ${t(hostNamespaces(e))}`, `- Host ports: ${t(hostPorts(e))}`)
  out.push(
    '',
    '| container | user | capabilities | privilege escalation | root filesystem |',
    '| --- | --- | --- | --- | --- |',
  )
  for (const c of e.containers) {
    out.push(
      `| ${t(c.name)} | ${t(identity(c))} | ${t(capabilitySummary(c))} | ${c.allowPrivilegeEscalation ? 'allowed' : 'blocked'} | ${c.readOnlyRootFilesystem ? 'read-only' : 'writable'} |`,
    )
  }
  return out
}
