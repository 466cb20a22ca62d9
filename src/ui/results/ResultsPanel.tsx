/** The results column: a live verdict line, problems, one card per workload, and the network. */
import { useAppState } from '../AppContext'
import { withKeys } from './common'
import { NetworkSection } from './NetworkSection'
import { ProblemsList } from './ProblemsList'
import { verdictOf } from './verdict'
import { WorkloadCard } from './WorkloadCard'

const MAX_CARDS = 50

export function ResultsPanel() {
  const report = useAppState((s) => s.report)
  const failure = useAppState((s) => s.failure)
  const elapsedMs = useAppState((s) => s.elapsedMs)
  const v = verdictOf(report)
  const workloads = report?.workloads ?? []
  return (
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
            {failure}. The results below are from the last evaluation that finished.
          </p>
        )}
        {report && <ProblemsList problems={report.problems ?? []} />}
        {report?.network && <NetworkSection network={report.network} />}
        {withKeys(
          workloads.slice(0, MAX_CARDS),
          (w) => `${w.editor}:${w.line}:${w.kind}:${w.name}`,
        ).map(([k, w]) => (
          <WorkloadCard key={k} w={w} />
        ))}
        {workloads.length > MAX_CARDS && (
          <p className="note">
            Showing {MAX_CARDS} of {workloads.length} workloads; Copy Markdown has them all.
          </p>
        )}
        {report && !workloads.length && !report.network && (
          <p className="empty">No Pod or workload found in the pod editor yet.</p>
        )}
      </div>
    </section>
  )
}
