/**
 * The results column: summary first (the verdict line), then problems, the network, and the
 * workloads. The panel holds the view the worker sends (worker/view.ts): one light row per
 * workload, and whole cards only for the open ones; parts that did not change keep their identity,
 * so an edit redraws only what it changed.
 */
import { memo, type ReactNode, useMemo } from 'react'
import type { WorkloadReport } from '../../engine/report'
import { AUTO_OPEN, type WorkloadRow } from '../../worker/view'
import { useAppState } from '../AppContext'
import { clip } from '../clip'
import { ComparePanel } from '../compare/ComparePanel'
import { FixOutcomeNote } from '../fixes/QuickFixes'
import { AdmissionPolicySection } from './AdmissionPolicySection'
import { boundReport, FullTextProvider, useWindow } from './bounded'
import { NetworkSection } from './NetworkSection'
import { ProblemsList } from './ProblemsList'
import { WorkloadCard } from './WorkloadCard'

const ROWS_PER_PAGE = 100
const EVALUATING = { text: 'Evaluating…', tone: 'neutral' } as const

/** A part of the report with its long strings shortened (issue 9), kept while it is unchanged. */
function Bounded<T>({ value, children }: { value: T; children: (v: T) => ReactNode }) {
  const b = useMemo(() => boundReport(value), [value])
  return <FullTextProvider full={b.full}>{children(b.value)}</FullTextProvider>
}

const Card = memo(function Card({
  row,
  w,
  collapsible,
}: {
  row: WorkloadRow
  w: WorkloadReport | undefined
  collapsible: boolean
}) {
  return (
    <Bounded value={{ row, w }}>
      {(b) => <WorkloadCard row={b.row} w={b.w} collapsible={collapsible} />}
    </Bounded>
  )
})

function Workloads({
  rows,
  cards,
}: {
  rows: readonly WorkloadRow[]
  cards: Readonly<Record<string, WorkloadReport>>
}) {
  const [shown, more] = useWindow(rows, ROWS_PER_PAGE)
  const many = rows.length > AUTO_OPEN
  const list = shown.map((row) => (
    <Card key={row.key} row={row} w={cards[row.key]} collapsible={many} />
  ))
  if (!many) return <>{list}</>
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
}

export function ResultsPanel() {
  const view = useAppState((s) => s.view)
  const failure = useAppState((s) => s.failure)
  const elapsedMs = useAppState((s) => s.elapsedMs)
  const comparing = useAppState((s) => s.before !== null)
  const compare = useAppState((s) => s.compare)
  const v = view?.verdict ?? EVALUATING
  return (
    <section className="results" aria-label="Results">
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
        {failure && (
          <p className="failure" role="alert">
            {clip(failure)}. The results below are from the last evaluation that finished.
          </p>
        )}
        <FixOutcomeNote />
        {view && view.problemCount > 0 && (
          <Bounded value={view.problems}>
            {(problems) => <ProblemsList problems={problems} count={view.problemCount} />}
          </Bounded>
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
        {view && <Workloads rows={view.rows} cards={view.cards} />}
        {view && !view.rows.length && !view.network && (
          <p className="empty">No Pod or workload found in the pod editor yet.</p>
        )}
      </div>
    </section>
  )
}
