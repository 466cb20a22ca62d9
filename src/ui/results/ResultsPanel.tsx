/** The results column: a live verdict line, problems, one card per workload, and the network. */
import { useMemo } from 'react'
import { useAppState } from '../AppContext'
import { clip } from '../clip'
import { boundReport, FullTextProvider, useWindow } from './bounded'
import { withKeys } from './common'
import { NetworkSection } from './NetworkSection'
import { ProblemsList } from './ProblemsList'
import { verdictOf } from './verdict'
import { WorkloadCard } from './WorkloadCard'

const CARDS_PER_PAGE = 50

export function ResultsPanel() {
  const fullReport = useAppState((s) => s.report)
  const failure = useAppState((s) => s.failure)
  const elapsedMs = useAppState((s) => s.elapsedMs)
  // every string of the report shortened once, for the whole panel (issue 9)
  const { value: report, full } = useMemo(() => boundReport(fullReport), [fullReport])
  const v = verdictOf(report)
  const workloads = report?.workloads ?? []
  const [cards, moreCards] = useWindow(workloads, CARDS_PER_PAGE)
  return (
    <FullTextProvider full={full}>
      <section className="results" aria-label="Results">
        <h2 className="pane-title">Results</h2>
        <div className="results-scroll">
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
          {report && <ProblemsList problems={report.problems ?? []} />}
          {report?.network && <NetworkSection network={report.network} />}
          {withKeys(cards, (w) => `${w.editor}:${w.line}:${w.kind}:${w.name}`).map(([k, w]) => (
            <WorkloadCard key={k} w={w} />
          ))}
          {moreCards}
          {report && !workloads.length && !report.network && (
            <p className="empty">No Pod or workload found in the pod editor yet.</p>
          )}
        </div>
      </section>
    </FullTextProvider>
  )
}
