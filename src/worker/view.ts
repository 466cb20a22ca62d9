/**
 * What the panel and the editors show of a report, and how it travels (issue 10): the worker keeps
 * the whole report and sends the main thread only the parts that changed and are visible: the
 * summary, the problems shown, the network, one light row per workload, the cards that are open,
 * and each editor's markers. Pure: `viewOf` builds a view, `diffView` the delta from the view the
 * main thread holds, `applyDelta` rebuilds the view there (unchanged parts keep their identity,
 * so React redraws only what changed).
 */
import { groupedProblems } from '../engine/format/text'
import type {
  AdmissionPolicyNotMatched,
  AdmissionPolicyResult,
  EditorId,
  Level,
  NetworkReport,
  Problem,
  Report,
  WorkloadReport,
} from '../engine/report'
import {
  compareRisk,
  isNotJudgedNote,
  notJudgedLine,
  notJudged as notJudgedOf,
  type SummaryRow,
  summaryRow,
} from '../engine/summary'
import { errorCells } from '../engine/summary/table'
import { workloadResults } from '../engine/vap/ofWorkload'
import { type AdmissionOutcome, admissionOutcome } from '../engine/vap/outcome'
import { nodeRefuses, type Verdict, verdictOf } from '../ui/results/verdict'
import { type MarkerData, type MarkersByEditor, reportToMarkers } from './markers'

/** Up to this many workloads, every card is open (the panel reads as before). */
export const AUTO_OPEN = 30
/** Problems sent at first; the panel asks for more a page at a time. */
export const PROBLEMS_PAGE = 200
/** ValidatingAdmissionPolicy results (and bindings that did not match) sent at first, per list. */
export const ADMISSION_PAGE = 100

/** One workload's line in the list: who it is and each gate's verdict. */
export interface WorkloadRow {
  key: string
  kind: string
  namespace: string
  name: string
  editor: EditorId
  line: number
  apiRejected: boolean
  nodeRefuses: boolean
  pss: { level: string; allowed: boolean } | null
  psp: boolean | null
  /** The reviewer's summary of the workload (engine/summary), for the summary table. */
  summary: RowSummary
  /**
   * Its ValidatingAdmissionPolicy outcome (the workload and the Pod its template creates, the
   * worst); null when no binding judged it.
   */
  vap: AdmissionBadge | null
}

/** A workload's ValidatingAdmissionPolicy badge and where its entries stand. */
export interface AdmissionBadge extends AdmissionOutcome {
  /** Indices of its results in the report's list (and `AdmissionView.results`), in order. */
  results: number[]
}

/** One line of the summary table (issue 11): the engine's `SummaryRow` in words for a cell. */
export interface RowSummary {
  /** Some gate stops it. */
  denied: boolean
  /** `restricted:latest`, enforced; null when Pod Security does not judge it. */
  enforce: string | null
  highestLevel: Level | null
  /** The admitting PodSecurityPolicy's name, or null when rejected; undefined without any. */
  psp: { allowed: boolean; policy: string | null } | null
  /** Warn and audit modes that report something (`warn restricted:latest`). */
  modes: string[]
  /** The API server's and the node's first errors, cut (`API: ...`, `start: ...`). */
  errors: string[]
  privileged: string[]
  hostNamespaces: string[]
  hostPorts: string[]
  hostPaths: string[]
  addedCapabilities: string[]
}

/** The objects podplay does not judge: one line, and each one when the user expands it. */
export interface NotJudgedView {
  /** `28 objects not judged: 6 ServiceAccount, 4 Role, ...; 1 binding parameter: ...` */
  line: string
  count: number
  /**
   * Each object's problem (the first `ViewRequest.problems`), only when the panel asked
   * (`ViewRequest.notJudged`).
   */
  shown: readonly Problem[] | null
}

/** What the main thread asks to see. */
export interface ViewRequest {
  /** Keys of the cards opened by the user (every card is open up to AUTO_OPEN workloads). */
  open: readonly string[]
  /** How many problems to send. */
  problems: number
  /** How many ValidatingAdmissionPolicy results (and not-matched bindings) to send. */
  admission?: number
  /** Send the objects not judged one by one (the line is expanded). */
  notJudged?: boolean
  /** The lesson step whose goal the worker checks on each report (issue 12); absent: none. */
  goal?: string | null
}

/** A lesson step's goal checked on the report: met, or what is still missing in words. */
export interface GoalStatus {
  step: string
  met: boolean
  missing: readonly string[]
}

/** Checks a step's goal on a report; null for an unknown step (the worker's is worker/goal.ts). */
export type GoalChecker = (step: string, report: Report) => GoalStatus | null

export const DEFAULT_VIEW: ViewRequest = {
  open: [],
  problems: PROBLEMS_PAGE,
  admission: ADMISSION_PAGE,
}

/** The ValidatingAdmissionPolicy part: the first results and not-matched bindings, and counts. */
export interface AdmissionView {
  /** One per (object, binding) that matched, in document order (the first `request.admission`). */
  results: readonly AdmissionPolicyResult[]
  resultCount: number
  /** Bindings that did not match an object, and why (the first `request.admission`). */
  notMatched: readonly AdmissionPolicyNotMatched[]
  notMatchedCount: number
  /** Over all results: kept denials, and results with failures that did not deny. */
  denied: number
  failedNotDenied: number
}

export interface ReportView {
  verdict: Verdict
  /**
   * The problems shown (the first `ViewRequest.problems`, errors first, without the objects not
   * judged), and how many there are.
   */
  problems: readonly Problem[]
  problemCount: number
  notJudged: NotJudgedView | null
  network: NetworkReport | null
  /** Null when the input has no ValidatingAdmissionPolicy result and no unmatched binding. */
  admission: AdmissionView | null
  rows: readonly WorkloadRow[]
  /** Indices into `rows`, riskiest first (engine/summary `compareRisk`). */
  order: readonly number[]
  /** The open cards' whole workload reports, by row key. */
  cards: Readonly<Record<string, WorkloadReport>>
  markers: MarkersByEditor
  /** The asked lesson step's goal on this report; null when none was asked. */
  goal: GoalStatus | null
}

/** The parts of a view that changed; a `full` delta replaces the whole view. */
export interface ViewDelta {
  full?: true
  verdict: Verdict
  problems?: { shown: Problem[]; count: number }
  notJudged?: NotJudgedView | null
  network?: NetworkReport | null
  admission?: AdmissionView | null
  /** The new number of rows and the rows that changed, by index. */
  rows?: { count: number; changed: [number, WorkloadRow][] }
  order?: number[]
  /** Cards to show (a report) or to drop (null). */
  cards?: Record<string, WorkloadReport | null>
  markers?: Partial<MarkersByEditor>
  goal?: GoalStatus | null
}

const ROWS = new WeakMap<object, WorkloadRow>()

function rowSummary(r: SummaryRow): RowSummary {
  return {
    denied: r.denied,
    enforce: r.enforce ? `${r.enforce.level}:${r.enforce.version}` : null,
    highestLevel: r.highestLevel,
    psp: r.podSecurityPolicy,
    modes: r.modes,
    errors: errorCells(r),
    privileged: r.privileged,
    hostNamespaces: r.hostNamespaces,
    hostPorts: r.hostPorts,
    hostPaths: r.hostPaths,
    addedCapabilities: r.addedCapabilities,
  }
}

const SUMMARIES = new WeakMap<object, SummaryRow>()

/**
 * The engine's summary row of a workload, kept with its report (an edit re-evaluates only what it
 * changed, so the others keep their reports): only its place and a ValidatingAdmissionPolicy
 * elsewhere in the report, which may deny it (`vap`), are looked at again.
 */
function summaryOf(w: WorkloadReport, index: number, vap: AdmissionBadge | null): SummaryRow {
  let s = SUMMARIES.get(w)
  if (!s) {
    s = summaryRow(w, index)
    SUMMARIES.set(w, s)
  }
  const denied = s.denied || vap?.verdict === 'denied'
  if (s.index === index && s.denied === denied) return s
  return { ...s, index, denied }
}

/** Each workload's ValidatingAdmissionPolicy badge (vap/ofWorkload.ts, vap/outcome.ts). */
function admissionBadges(report: Report, workloads: readonly WorkloadReport[]) {
  const results = report.admissionPolicies ?? []
  if (results.length === 0) return workloads.map(() => null)
  const of = workloadResults(results)
  return workloads.map((w): AdmissionBadge | null => {
    const mine = of(w)
    const outcome = admissionOutcome(mine.map((i) => results[i]!))
    return outcome && { ...outcome, results: mine }
  })
}

function rowOf(
  w: WorkloadReport,
  key: string,
  s: SummaryRow,
  vap: AdmissionBadge | null,
): WorkloadRow {
  const known = ROWS.get(w)
  if (known?.key === key && known.summary.denied === s.denied && sameJson(known.vap, vap))
    return known
  const summary = rowSummary(s)
  const row: WorkloadRow = {
    key,
    kind: String(w.kind),
    namespace: String(w.namespace),
    name: String(w.name),
    editor: w.editor,
    line: w.line,
    apiRejected: w.apiServer?.allowed === false,
    nodeRefuses: nodeRefuses(w),
    pss: w.podSecurity
      ? { level: w.podSecurity.level, allowed: w.podSecurity.allowed === true }
      : null,
    psp: w.podSecurityPolicy ? w.podSecurityPolicy.allowed === true : null,
    summary,
    vap,
  }
  ROWS.set(w, row)
  return row
}

/** Stable keys: where a workload comes from and who it is (not its line, which moves). */
export function rowKeys(workloads: readonly WorkloadReport[]): string[] {
  const used = new Map<string, number>()
  return workloads.map((w) => {
    const base = `${w?.editor}:${w?.kind}:${w?.namespace}/${w?.name}`
    const n = used.get(base) ?? 0
    used.set(base, n + 1)
    return n === 0 ? base : `${base}#${n + 1}`
  })
}

const first = <T>(list: readonly T[], n: number): readonly T[] =>
  list.length > n ? list.slice(0, n) : list

function admissionOf(report: Report, limit: number): AdmissionView | null {
  const results = report.admissionPolicies ?? []
  const notMatched = report.admissionPoliciesNotMatched ?? []
  if (!results.length && !notMatched.length) return null
  let denied = 0
  let failedNotDenied = 0
  for (const r of results) {
    if (r.allowed === false) denied++
    else if ((r.failures?.length ?? 0) > 0) failedNotDenied++
  }
  return {
    results: first(results, limit),
    resultCount: results.length,
    notMatched: first(notMatched, limit),
    notMatchedCount: notMatched.length,
    denied,
    failedNotDenied,
  }
}

/** The first `max` of the objects not judged, each with its place. */
function notJudgedProblems(report: Report, max: number): Problem[] {
  const out: Problem[] = []
  for (const p of report.problems ?? []) {
    if (out.length >= max) break
    if (isNotJudgedNote(p)) out.push(p)
  }
  return out
}

/** The view of a report for what the main thread asks to see (goals only with a checker). */
export function viewOf(report: Report, request: ViewRequest, checkGoal?: GoalChecker): ReportView {
  const workloads = report.workloads ?? []
  const keys = rowKeys(workloads)
  const badges = admissionBadges(report, workloads)
  const summaries = workloads.map((w, i) => summaryOf(w, i, badges[i]!))
  const rows = workloads.map((w, i) => rowOf(w, keys[i]!, summaries[i]!, badges[i]!))
  const order = [...summaries].sort(compareRisk).map((r) => r.index)
  const all = workloads.length <= AUTO_OPEN
  const open = new Set(request.open)
  const cards: Record<string, WorkloadReport> = Object.create(null)
  workloads.forEach((w, i) => {
    if (all || open.has(keys[i]!)) cards[keys[i]!] = w
  })
  const problems = groupedProblems(report)
  const nj = notJudgedOf(report)
  const line = notJudgedLine(nj)
  return {
    verdict: verdictOf(report),
    problems: problems.length > request.problems ? problems.slice(0, request.problems) : problems,
    problemCount: problems.length,
    notJudged: line
      ? {
          line,
          count: nj.total + nj.parameters.length,
          shown: request.notJudged ? notJudgedProblems(report, request.problems) : null,
        }
      : null,
    network: report.network ?? null,
    admission: admissionOf(report, request.admission ?? ADMISSION_PAGE),
    rows,
    order,
    cards,
    markers: reportToMarkers(report),
    goal: request.goal && checkGoal ? checkGoal(request.goal, report) : null,
  }
}

const sameJson = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b)

/** Past this many connections a network is sent again rather than compared (as big as a clone). */
const COMPARED_CONNECTIONS = 5000

const sameNetwork = (a: NetworkReport | null, b: NetworkReport | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    (a.connections?.length ?? 0) <= COMPARED_CONNECTIONS &&
    sameJson(a, b))

const sameAdmission = (a: AdmissionView | null, b: AdmissionView | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.resultCount === b.resultCount &&
    a.notMatchedCount === b.notMatchedCount &&
    a.denied === b.denied &&
    a.failedNotDenied === b.failedNotDenied &&
    sameJson(a.results, b.results) &&
    sameJson(a.notMatched, b.notMatched))

const sameMarkers = (a: readonly MarkerData[], b: readonly MarkerData[]) =>
  a.length === b.length && sameJson(a, b)

/** What changed from `before` (the view the main thread holds; null: nothing yet) to `after`. */
export function diffView(before: ReportView | null, after: ReportView): ViewDelta {
  if (!before)
    return {
      full: true,
      verdict: after.verdict,
      problems: { shown: [...after.problems], count: after.problemCount },
      notJudged: after.notJudged,
      network: after.network,
      admission: after.admission,
      rows: { count: after.rows.length, changed: after.rows.map((r, i) => [i, r]) },
      order: [...after.order],
      cards: { ...after.cards },
      markers: after.markers,
      goal: after.goal,
    }
  const delta: ViewDelta = { verdict: after.verdict }
  if (before.problemCount !== after.problemCount || !sameJson(before.problems, after.problems))
    delta.problems = { shown: [...after.problems], count: after.problemCount }
  if (!sameJson(before.notJudged, after.notJudged)) delta.notJudged = after.notJudged
  if (!sameJson(before.order, after.order)) delta.order = [...after.order]
  if (!sameNetwork(before.network, after.network)) delta.network = after.network
  if (!sameAdmission(before.admission, after.admission)) delta.admission = after.admission
  const changed: [number, WorkloadRow][] = []
  after.rows.forEach((r, i) => {
    const b = before.rows[i]
    if (b !== r && !sameJson(b, r)) changed.push([i, r])
  })
  if (changed.length || before.rows.length !== after.rows.length)
    delta.rows = { count: after.rows.length, changed }
  const cards: Record<string, WorkloadReport | null> = Object.create(null)
  let cardsChanged = false
  for (const key of Object.keys(before.cards))
    if (!(key in after.cards)) {
      cards[key] = null
      cardsChanged = true
    }
  for (const [key, w] of Object.entries(after.cards))
    if (before.cards[key] !== w) {
      cards[key] = w
      cardsChanged = true
    }
  if (cardsChanged) delta.cards = cards
  const markers: Partial<MarkersByEditor> = {}
  for (const editor of ['pod', 'policy'] as const)
    if (!sameMarkers(before.markers[editor], after.markers[editor]))
      markers[editor] = after.markers[editor]
  if (markers.pod || markers.policy) delta.markers = markers
  if (!sameJson(before.goal, after.goal)) delta.goal = after.goal
  return delta
}

/** The main thread's view after a delta; unchanged parts keep their identity. */
export function applyDelta(view: ReportView | null, delta: ViewDelta): ReportView {
  const base: ReportView =
    delta.full || !view
      ? {
          verdict: delta.verdict,
          problems: [],
          problemCount: 0,
          notJudged: null,
          network: null,
          admission: null,
          rows: [],
          order: [],
          cards: {},
          markers: { pod: [], policy: [] },
          goal: null,
        }
      : view
  let rows = base.rows
  if (delta.rows) {
    const next = base.rows.slice(0, delta.rows.count)
    for (const [i, r] of delta.rows.changed) next[i] = r
    rows = next
  }
  let cards = base.cards
  if (delta.cards) {
    const next: Record<string, WorkloadReport> = Object.create(null)
    for (const [k, w] of Object.entries(base.cards)) next[k] = w
    for (const [k, w] of Object.entries(delta.cards)) {
      if (w === null) delete next[k]
      else next[k] = w
    }
    cards = next
  }
  return {
    verdict: delta.verdict,
    problems: delta.problems ? delta.problems.shown : base.problems,
    problemCount: delta.problems ? delta.problems.count : base.problemCount,
    notJudged: delta.notJudged !== undefined ? delta.notJudged : base.notJudged,
    network: delta.network !== undefined ? delta.network : base.network,
    admission: delta.admission !== undefined ? delta.admission : base.admission,
    rows,
    order: delta.order ?? base.order,
    cards,
    markers: delta.markers ? { ...base.markers, ...delta.markers } : base.markers,
    goal: delta.goal !== undefined ? delta.goal : base.goal,
  }
}

/**
 * One side's memory of what the other holds: the worker's last report and the view the main
 * thread has; `evaluate` and `view` give the delta to send. `checkGoal` checks the asked lesson
 * step's goal (the worker passes worker/goal.ts).
 */
export function createViewSession(checkGoal?: GoalChecker) {
  let report: Report | null = null
  let sent: ReportView | null = null
  let request: ViewRequest = DEFAULT_VIEW
  const next = (): ViewDelta | null => {
    if (!report) return null
    const after = viewOf(report, request, checkGoal)
    const delta = diffView(sent, after)
    sent = after
    return delta
  }
  return {
    /** A new report (and what to show of it): the delta for the main thread. */
    report(r: Report, view: ViewRequest): ViewDelta {
      report = r
      request = view
      return next()!
    },
    /** What to show changed (no new report): the delta, or null before the first report. */
    view(view: ViewRequest): ViewDelta | null {
      request = view
      return next()
    },
    lastReport(): Report | null {
      return report
    },
  }
}
