/** The latest report from the engine, or why there is none. */
import type { StateCreator } from 'zustand/vanilla'
import type { CompareView } from '../../worker/compare'
import type { ConnectionQuery, NetworkExplanation } from '../../worker/protocol'
import type { ReportView } from '../../worker/view'
import type { AppState } from '../store'

export type ResultStatus = 'idle' | 'pending' | 'ok' | 'failed'

export interface ExplanationState {
  query: ConnectionQuery
  /** Null when either pod is unknown (the panel falls back to the report's own fields). */
  explanation: NetworkExplanation | null
}

export interface ResultsSlice {
  /** What the panel and the editors show of the latest report (worker/view.ts). */
  view: ReportView | null
  status: ResultStatus
  /** Why the last evaluation produced no report (e.g. it took too long). */
  failure: string | null
  elapsedMs: number | null
  /** Counts finished evaluations (tests and the status line use it). */
  evaluations: number
  /** Compare mode: what the change does (null when not comparing). */
  compare: CompareView | null
  /** The on-demand explanation of the selected network connection. */
  explanation: ExplanationState | null
  setExplanation(explanation: ExplanationState | null): void
  setPending(): void
  /** `compare` undefined: unchanged (other parts of the same report shown). */
  setView(view: ReportView, elapsedMs: number | null, compare?: CompareView | null): void
  setFailure(message: string): void
}

export const createResultsSlice: StateCreator<AppState, [], [], ResultsSlice> = (set) => ({
  view: null,
  status: 'idle',
  failure: null,
  elapsedMs: null,
  evaluations: 0,
  compare: null,
  explanation: null,
  setExplanation(explanation) {
    set({ explanation })
  },
  setPending() {
    set({ status: 'pending' })
  },
  setView(view, elapsedMs, compare) {
    if (elapsedMs === null) {
      // the same report, other parts of it shown
      set({ view })
      return
    }
    set((s) => ({
      view,
      elapsedMs,
      status: 'ok',
      failure: null,
      evaluations: s.evaluations + 1,
      compare: compare === undefined ? s.compare : compare,
    }))
  },
  setFailure(message) {
    // keep the last good report on screen, but say why it is stale
    set((s) => ({ status: 'failed', failure: message, evaluations: s.evaluations + 1 }))
  },
})
