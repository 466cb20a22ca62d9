/** Small pieces both the text and the Markdown report use. */
import type {
  EffectiveContainer,
  EffectiveSecurity,
  Problem,
  Report,
  WorkloadReport,
} from '../report'
import { isOfWorkload, workloadResults } from '../vap/ofWorkload'
import { type AdmissionOutcome, admissionOutcome } from '../vap/outcome'

/** Names a place for a reader: `pod.yaml:12` in the CLI, `pod editor line 12` in the app. */
export type PlaceName = (editor: 'pod' | 'policy', line: number) => string

export const defaultPlace: PlaceName = (editor, line) => `${editor} editor line ${line}`

export function workloadTitle(w: WorkloadReport): string {
  return `${w.kind} ${w.namespace}/${w.name || '(no name)'}`
}

export function yesNo(v: boolean): string {
  return v ? 'yes' : 'no'
}

export function hostNamespaces(e: EffectiveSecurity): string {
  return `PID ${yesNo(e.hostPID)}, IPC ${yesNo(e.hostIPC)}, network ${yesNo(e.hostNetwork)}, user namespace ${e.hostUsers ? 'no (host users)' : 'yes (hostUsers: false)'}`
}

export function hostPorts(e: EffectiveSecurity): string {
  if (e.hostPorts.length === 0) return 'none'
  return e.hostPorts
    .map(
      (p) =>
        `${p.hostPort}/${p.protocol} -> ${p.container}:${p.containerPort}${p.defaulted ? ' (hostNetwork default)' : ''}`,
    )
    .join(', ')
}

export function identity(c: EffectiveContainer): string {
  const user =
    c.runAsUser === null
      ? c.runAsNonRoot
        ? 'image user, must be non-root'
        : 'image user (root unless the image says otherwise)'
      : `uid ${c.runAsUser}${c.runAsUser === 0 ? ' (root)' : ''}`
  const group = c.runAsGroup === null ? '' : `, gid ${c.runAsGroup}`
  return `${user}${group}`
}

export function capabilitySummary(c: EffectiveContainer): string {
  if (c.privileged) return `privileged: all ${c.capabilities.length} capabilities and host devices`
  const parts = [`${c.capabilities.length} capabilities`]
  if (c.added.length) parts.push(`added ${c.added.join(', ')}`)
  if (c.dropped.length) parts.push(`dropped ${c.dropped.join(', ')}`)
  if (c.addedByPolicy?.length) parts.push(`policy added ${c.addedByPolicy.join(', ')}`)
  if (c.droppedByPolicy?.length) parts.push(`policy dropped ${c.droppedByPolicy.join(', ')}`)
  if (c.capabilitiesBoundingOnly) parts.push('bounding set only (non-root)')
  return parts.join('; ')
}

export function containerLine(c: EffectiveContainer): string {
  return [
    `${c.type === 'container' ? 'container' : c.type === 'initContainer' ? 'init container' : 'ephemeral container'} ${c.name}`,
    identity(c),
    capabilitySummary(c),
    `privilege escalation ${c.allowPrivilegeEscalation ? 'allowed' : 'blocked'}`,
    `root filesystem ${c.readOnlyRootFilesystem ? 'read-only' : 'writable'}`,
  ].join(' | ')
}

/**
 * Whether a gate stops the workload (cli-and-report.md, turn 2): the API server (decoding or
 * validation), admission (Pod Security Standards enforce, PodSecurityPolicy), or the node (the
 * kubelet rejects the pod, or a container cannot start).
 */
export function workloadDenied(w: WorkloadReport, report?: Report): boolean {
  return (
    admissionPolicyDenied(w, report) ||
    w.apiServer?.allowed === false ||
    w.podSecurity?.allowed === false ||
    w.podSecurityPolicy?.allowed === false ||
    (w.effective.kubeletRejection ?? null) !== null ||
    w.effective.containers.some((c) => (c.startError ?? null) !== null)
  )
}

/** Whether any workload or object is denied (exit status 1 in the CLI). */
export function anyDenied(report: Report): boolean {
  return (
    report.workloads.some((w) => workloadDenied(w)) ||
    (report.admissionPolicies ?? []).some((a) => !a.allowed)
  )
}

/**
 * A ValidatingAdmissionPolicy binding with Deny (or a configuration error) refuses the workload,
 * or the Pod its template creates.
 */
export function admissionPolicyDenied(w: WorkloadReport, report: Report | undefined): boolean {
  return (report?.admissionPolicies ?? []).some((a) => !a.allowed && isOfWorkload(a.object, w))
}

/**
 * Each workload's ValidatingAdmissionPolicy outcome (the workload and the Pod its template
 * creates, the worst; null when no binding judged it), as the app's badge says it.
 */
export function admissionOutcomes(report: Report): (w: WorkloadReport) => AdmissionOutcome | null {
  const results = report.admissionPolicies ?? []
  if (results.length === 0) return () => null
  const of = workloadResults(results)
  return (w) => admissionOutcome(of(w).map((i) => results[i]!))
}

/**
 * Error codes that are a gate's verdict on a workload (the API server decodes or validates it and
 * refuses it), not input podplay cannot read: the workload is denied (exit 1), not unreadable (2).
 */
export const VERDICT_CODES: ReadonlySet<string> = new Set([
  'unknown-field',
  'wrong-type',
  'api-invalid',
])

/** An error that stops podplay from reading the input (broken YAML, a document that is no object). */
export const isInputError = (p: Problem): boolean =>
  p.severity === 'error' && !VERDICT_CODES.has(p.code)

export function counts(report: Report): { errors: number; warnings: number; denied: number } {
  return {
    errors: report.problems.filter(isInputError).length,
    warnings: report.problems.filter((p) => p.severity === 'warning').length,
    denied: report.workloads.filter((w) => workloadDenied(w, report)).length,
  }
}

/** ValidatingAdmissionPolicy results as plain lines (text and Markdown share them). */
export function admissionPolicyLines(report: Report): { head: string; lines: string[] } | null {
  const results = report.admissionPolicies ?? []
  const missed = report.admissionPoliciesNotMatched ?? []
  if (results.length === 0 && missed.length === 0) return null
  const name = (o: { kind: string; namespace: string; name: string; templateOf?: string }) =>
    o.templateOf
      ? `Pod created by ${o.templateOf}`
      : `${o.kind} ${o.namespace ? `${o.namespace}/` : ''}${o.name}`
  const lines: string[] = []
  for (const a of results) {
    const verdict = a.allowed ? (a.failures.length ? 'passes (not Deny)' : 'passes') : 'DENIED'
    lines.push(
      `${name(a.object)}: policy ${a.policy}, binding ${a.binding} [${a.actions.join(', ')}]: ${verdict}${a.skipped ? ` (${a.skipped})` : ''}`,
    )
    if (a.message) lines.push(`  ${a.message}`)
    for (const f of a.failures.slice(1)) lines.push(`  also: ${f.message}`)
    for (const v of a.variables ?? [])
      lines.push(`  variable ${v.name} = ${v.error ?? JSON.stringify(v.value)}`)
    for (const [k, v] of Object.entries(a.audit ?? {})) lines.push(`  audit ${k}: ${v}`)
  }
  for (const m of missed)
    lines.push(`${name(m.object)}: binding ${m.binding} does not match: ${m.reason}`)
  const denied = results.filter((a) => !a.allowed).length
  return {
    head: `ValidatingAdmissionPolicy: ${results.length} evaluation(s), ${denied} denied`,
    lines,
  }
}
