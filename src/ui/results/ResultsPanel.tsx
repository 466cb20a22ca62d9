/**
 * The results column: the verdict line and the summary table first (one row per workload,
 * riskiest first), then problems (errors first, the objects not judged in one line), the network,
 * and the workloads' cards in the same order. The panel holds the view the worker sends (worker/view.ts): one light row per
 * workload, and whole cards only for the open ones; parts that did not change keep their identity,
 * so an edit redraws only what it changed.
 */
import { memo, type ReactNode, useMemo } from 'react'
import type { Problem, WorkloadReport } from '../../engine/report'
import { AUTO_OPEN, type NotJudgedView, type WorkloadRow } from '../../worker/view'
import { useAppState } from '../AppContext'
import { clip } from '../clip'
import { ComparePanel } from '../compare/ComparePanel'
import { FixOutcomeNote } from '../fixes/QuickFixes'
import { ExampleNote } from '../lessons/ExampleNote'
import { AdmissionPolicySection } from './AdmissionPolicySection'
import { groupAlike } from './alike'
import { FullTextProvider, useBoundReport, useWindow } from './bounded'
import { NetworkSection } from './NetworkSection'
import { ProblemsList } from './ProblemsList'
import { SummaryTable } from './summary/SummaryTable'
import { WorkloadCard } from './WorkloadCard'
import './panel.css'

const ROWS_PER_PAGE = 100
/** The results panel's id: the skip link moves the focus there. */
export const RESULTS_ID = 'results'
const EVALUATING = { text: 'Evaluating…', tone: 'neutral' } as const

/** A part of the report with its long strings shortened (issue 9), kept while it is unchanged. */
function Bounded<T>({ value, children }: { value: T; children: (v: T) => ReactNode }) {
  const b = useBoundReport(value)
  return <FullTextProvider full={b.full}>{children(b.value)}</FullTextProvider>
}

const Card = memo(function Card({
  row,
  w,
  collapsible,
  members,
}: {
  row: WorkloadRow
  w: WorkloadReport | undefined
  collapsible: boolean
  members?: readonly WorkloadRow[]
}) {
  return (
    <Bounded value={{ row, w, members }}>
      {(b) => <WorkloadCard row={b.row} w={b.w} collapsible={collapsible} members={b.members} />}
    </Bounded>
  )
})

/** The problems and the objects not judged, bounded while they are unchanged. */
const Problems = memo(function Problems({
  problems,
  count,
  notJudged,
}: {
  problems: readonly Problem[]
  count: number
  notJudged: NotJudgedView | null
}) {
  const value = useMemo(() => ({ problems, notJudged }), [problems, notJudged])
  return (
    <Bounded value={value}>
      {(b) => <ProblemsList problems={b.problems} count={count} notJudged={b.notJudged} />}
    </Bounded>
  )
})

/** A few workloads, every card open: alike ones share a card. */
function FewWorkloads({
  rows,
  cards,
}: {
  rows: readonly WorkloadRow[]
  cards: Readonly<Record<string, WorkloadReport>>
}) {
  const groups = useMemo(() => groupAlike(rows, cards), [rows, cards])
  return (
    <>
      {groups.map((g) => (
        <Card
          key={g.row.key}
          row={g.row}
          w={g.w}
          collapsible={false}
          members={g.members.length > 1 ? g.members : undefined}
        />
      ))}
    </>
  )
}

const Workloads = memo(function Workloads({
  rows,
  order,
  cards,
}: {
  rows: readonly WorkloadRow[]
  order: readonly number[]
  cards: Readonly<Record<string, WorkloadReport>>
}) {
  // riskiest first, as the summary table (an order that does not fit the rows: input order)
  const ordered = useMemo(() => {
    const out = order.map((i) => rows[i]).filter((r): r is WorkloadRow => r !== undefined)
    return out.length === rows.length ? out : rows
  }, [rows, order])
  const focused = useAppState((s) => s.focusedCard?.key)
  const at = focused === undefined ? -1 : ordered.findIndex((r) => r.key === focused)
  const [shown, more] = useWindow(ordered, ROWS_PER_PAGE, at + 1)
  const many = rows.length > AUTO_OPEN
  if (!many) return <FewWorkloads rows={ordered} cards={cards} />
  const list = shown.map((row) => (
    <Card key={row.key} row={row} w={cards[row.key]} collapsible={many} />
  ))
  return (
    <section className="workloads" aria-label="Workloads">
      <h3>
        Workloads <span className="muted">{rows.length.toLocaleString('en-US')}</span>
      </h3>
      <p className="note">Open a workload to see its effective security and each verdict.</p>
      {list}
      {more}
    </section>
  )
})

export function ResultsPanel() {
  const view = useAppState((s) => s.view)
  const failure = useAppState((s) => s.failure)
  const elapsedMs = useAppState((s) => s.elapsedMs)
  const comparing = useAppState((s) => s.before !== null)
  const compare = useAppState((s) => s.compare)
  const v = view?.verdict ?? EVALUATING
  return (
    <section className="results" aria-label="Results" id={RESULTS_ID} tabIndex={-1} data-pane>
      <h2 className="pane-title">Results</h2>
      <div className="results-scroll">
        {comparing && <ComparePanel compare={compare} />}
        <div
          className={`verdict verdict-${v.tone}`}
          role="status"
          aria-live="polite"
          aria-label="Verdict"
        >
          <span>{v.text}</span>
          {elapsedMs !== null && <span className="muted timing">{elapsedMs.toFixed(1)} ms</span>}
        </div>
        <ExampleNote />
        {failure && (
          <p className="failure" role="alert">
            {clip(failure)}. The results below are from the last evaluation that finished.
          </p>
        )}
        <FixOutcomeNote />
        {view && view.rows.length > 0 && <SummaryTable rows={view.rows} order={view.order} />}
        {view && (view.problemCount > 0 || view.notJudged) && (
          <Problems problems={view.problems} count={view.problemCount} notJudged={view.notJudged} />
        )}
        {view?.network && (
          <Bounded value={view.network}>
            {(network) => <NetworkSection network={network} />}
          </Bounded>
        )}
        {view?.admission && (
          <Bounded value={view.admission}>
            {(admission) => <AdmissionPolicySection admission={admission} />}
          </Bounded>
        )}
        {view && <Workloads rows={view.rows} order={view.order} cards={view.cards} />}
        {view && !view.rows.length && !view.network && (
          <p className="empty">No Pod or workload found in the pod editor yet.</p>
        )}
      </div>
    </section>
  )
}
