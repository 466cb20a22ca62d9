/**
 * Pure mapping from a report to marker data per editor: input problems, and every finding that
 * carries source locations (Pod Security Standards violations, PodSecurityPolicy error details, and
 * any other located entry the engine adds). No Monaco import: YamlEditor converts severities.
 */
import type {
  AdmissionPolicyObject,
  AdmissionPolicyResult,
  EditorId,
  Report,
  Severity,
  SourceLocation,
  WorkloadReport,
} from '../engine/report'
import { clip } from '../ui/clip'

export interface MarkerData {
  severity: Severity
  message: string
  startLineNumber: number
  startColumn: number
  endLineNumber: number
  endColumn: number
  source: string
  code?: string
}

export type MarkersByEditor = Record<EditorId, MarkerData[]>

/** More markers than this only slow the editor down; the panel still lists everything. */
export const MAX_MARKERS = 2000
/** A marker's message is shortened past this (a name in it may be megabytes long). */
export const MAX_MARKER_MESSAGE = 1000

const isLocation = (v: unknown): v is SourceLocation => {
  if (typeof v !== 'object' || v === null) return false
  const l = v as Partial<SourceLocation>
  return (l.editor === 'pod' || l.editor === 'policy') && typeof l.line === 'number' && l.line >= 1
}

const positive = (n: unknown, fallback: number) =>
  typeof n === 'number' && Number.isFinite(n) && n >= 1 ? Math.floor(n) : fallback

function range(line: number, column: unknown, endLine: unknown, endCol: unknown) {
  const startLineNumber = positive(line, 1)
  const startColumn = positive(column, 1)
  const endLineNumber = Math.max(positive(endLine, startLineNumber), startLineNumber)
  const endColumn = positive(endCol, startColumn)
  return { startLineNumber, startColumn, endLineNumber, endColumn }
}

/** Entries with `locations` and a message, found anywhere inside a report part (bounded walk). */
function located(
  root: unknown,
  message: (entry: Record<string, unknown>) => string | null,
): { locations: SourceLocation[]; message: string }[] {
  const out: { locations: SourceLocation[]; message: string }[] = []
  const stack: unknown[] = [root]
  let budget = 20_000
  while (stack.length && budget-- > 0) {
    const v = stack.pop()
    if (Array.isArray(v)) {
      for (const x of v) if (typeof x === 'object' && x !== null) stack.push(x)
      continue
    }
    if (typeof v !== 'object' || v === null) continue
    const entry = v as Record<string, unknown>
    if (Array.isArray(entry.locations)) {
      const text = message(entry)
      const locations = entry.locations.filter(isLocation)
      if (text && locations.length) out.push({ locations, message: text })
      continue
    }
    for (const [key, x] of Object.entries(entry))
      if (key !== 'pod' && typeof x === 'object' && x !== null) stack.push(x)
  }
  return out
}

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null)

type Found = [EditorId, MarkerData]

/** One workload's markers, kept per (unchanged) workload report: an edit maps only what changed. */
const BY_WORKLOAD = new WeakMap<object, Found[]>()

export function reportToMarkers(report: Report | null | undefined): MarkersByEditor {
  const out: MarkersByEditor = { pod: [], policy: [] }
  if (!report) return out
  const seen = new Set<string>()
  const add = (editor: EditorId, full: MarkerData) => {
    const m = { ...full, message: clip(full.message, MAX_MARKER_MESSAGE) }
    const key = `${editor}:${m.startLineNumber}:${m.startColumn}:${m.message}`
    if (seen.has(key) || out[editor].length >= MAX_MARKERS) return
    seen.add(key)
    out[editor].push(m)
  }

  for (const p of report.problems ?? []) {
    if (p.editor !== 'pod' && p.editor !== 'policy') continue
    add(p.editor, {
      severity: p.severity,
      message: p.message,
      ...range(p.line, p.column, p.endLine, p.endColumn),
      source: 'podplay',
      code: p.code,
    })
  }

  for (const w of report.workloads ?? []) {
    if (typeof w !== 'object' || w === null) continue
    let found = BY_WORKLOAD.get(w)
    if (!found) {
      found = workloadMarkers(w)
      BY_WORKLOAD.set(w, found)
    }
    for (const [editor, m] of found) add(editor, m)
  }
  for (const [editor, m] of admissionMarkers(report.admissionPolicies)) add(editor, m)
  return out
}

/** `Deployment default/web`, `Pod created by Deployment/web`. */
export function admissionObjectName(o: AdmissionPolicyObject): string {
  if (o.templateOf) return `Pod created by ${o.templateOf}`
  return `${o.kind} ${o.namespace ? `${o.namespace}/` : ''}${o.name}`
}

/** A result's weight: a kept denial is an error, a Warn a warning, anything else information. */
function admissionSeverity(r: AdmissionPolicyResult): Severity {
  if (r.allowed === false) return 'error'
  return (r.actions ?? []).includes('Warn') ? 'warning' : 'info'
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 }
/** Objects named in one expression's marker; the rest are counted. */
const NAMED_OBJECTS = 3

/**
 * ValidatingAdmissionPolicy: each failing expression at its text in the policy editor (one marker
 * per expression and message, naming the objects it fails), the errors failurePolicy Ignore
 * dropped, and at each object in the pod editor its denial, warnings or audited failures.
 */
function admissionMarkers(results: readonly AdmissionPolicyResult[] | undefined): Found[] {
  const out: Found[] = []
  const byExpression = new Map<
    string,
    { at: SourceLocation; severity: Severity; text: string; objects: Set<string> }
  >()
  const atExpression = (at: unknown, severity: Severity, text: string, object: string) => {
    if (!isLocation(at)) return
    const key = `${at.editor}:${at.line}:${at.column}:${text}`
    const known = byExpression.get(key)
    if (!known) {
      byExpression.set(key, { at, severity, text, objects: new Set([object]) })
      return
    }
    if (SEVERITY_RANK[severity] < SEVERITY_RANK[known.severity]) known.severity = severity
    known.objects.add(object)
  }
  for (const r of results ?? []) {
    if (typeof r !== 'object' || r === null) continue
    const object = admissionObjectName(r.object)
    const severity = admissionSeverity(r)
    const failures = r.failures ?? []
    const who = `ValidatingAdmissionPolicy '${r.policy}' with binding '${r.binding}'`
    for (const f of failures)
      atExpression(f.at, severity, `${who} (${(r.actions ?? []).join(', ')}): ${f.message}`, object)
    for (const f of r.ignored ?? [])
      atExpression(f.at, 'info', `${who}: failurePolicy Ignore dropped: ${f.message}`, object)
    const place = r.object.at ?? { editor: r.object.editor, line: r.object.line }
    if (!isLocation(place) || (r.allowed !== false && failures.length === 0)) continue
    const message =
      r.allowed === false && r.message
        ? r.message
        : r.warnings?.length
          ? r.warnings.map((w) => `Warning: ${w}`).join('\n')
          : `${who} (Audit): ${failures.map((f) => f.message).join('; ')}`
    out.push([
      place.editor,
      {
        severity,
        message,
        ...range(place.line, place.column, place.endLine, place.endColumn),
        source: 'ValidatingAdmissionPolicy',
      },
    ])
  }
  for (const e of byExpression.values()) {
    const named = [...e.objects].slice(0, NAMED_OBJECTS)
    const more = e.objects.size - named.length
    const objects = `${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`
    out.push([
      e.at.editor,
      {
        severity: e.severity,
        message: `${e.text}\nfor ${objects}`,
        ...range(e.at.line, e.at.column, e.at.endLine, e.at.endColumn),
        source: 'ValidatingAdmissionPolicy',
      },
    ])
  }
  return out
}

function workloadMarkers(w: WorkloadReport): Found[] {
  const out: Found[] = []
  const add = (editor: EditorId, m: MarkerData) => out.push([editor, m])
  {
    const pss = w.podSecurity
    if (pss) {
      const severity: Severity = pss.allowed ? 'warning' : 'error'
      for (const v of pss.violations ?? [])
        for (const l of (v.locations ?? []).filter(isLocation))
          add(l.editor, {
            severity,
            message: `${v.reason}: ${v.detail}`,
            ...range(l.line, l.column, l.endLine, l.endColumn),
            source: `Pod Security Standards (${pss.level}:${pss.version})`,
            code: v.check,
          })
    }
    const psp = w.podSecurityPolicy
    if (psp) {
      const severity: Severity = psp.allowed ? 'info' : 'error'
      for (const d of psp.errorDetails ?? []) {
        const message = `PodSecurityPolicy ${d.policy}: ${d.message}`
        for (const l of [d.pod, d.policyField])
          if (isLocation(l))
            add(l.editor, {
              severity,
              message,
              ...range(l.line, l.column, l.endLine, l.endColumn),
              source: 'PodSecurityPolicy',
            })
      }
      for (const f of located(psp, (e) => str(e.message) ?? str(e.error) ?? str(e.detail)))
        for (const l of f.locations)
          add(l.editor, {
            severity,
            message: f.message,
            ...range(l.line, l.column, l.endLine, l.endColumn),
            source: 'PodSecurityPolicy',
          })
    }
  }
  return out
}
