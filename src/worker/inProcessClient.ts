/**
 * The EngineClient interface over direct engine calls (unit tests, and a fallback where no worker
 * can start). Same contract: never rejects, engine errors come back as data; the view travels as
 * deltas through the same session as in the worker.
 */
import { evaluate, explainConnection } from '../engine'
import { createWorkloadMemo } from '../engine/stages/memo'
import { createReportCache, fixAll, fixesOf, leastPrivilegeOf, schemaAnswer } from './assist'
import type { EngineClient, EvaluateOutcome, ExplainOutcome, Outcome, ViewOutcome } from './client'
import { type CompareView, createCompareSession } from './compare'
import { goalStatus } from './goal'
import { applyDelta, createViewSession, DEFAULT_VIEW, type ReportView } from './view'

const failed = (err: unknown) => ({
  status: 'failed' as const,
  message: err instanceof Error ? err.message : String(err),
})

export function createInProcessClient(): EngineClient {
  let disposed = false
  const session = createViewSession(goalStatus)
  const memo = createWorkloadMemo()
  let view: ReportView | null = null
  const reports = createReportCache((input) => evaluate(input, { memo }))
  /** An on-demand answer as an outcome: errors as data. */
  const answer = async <T extends object>(make: () => T | Promise<T>): Promise<Outcome<T>> => {
    if (disposed) return gone()
    try {
      return { status: 'ok', ...(await make()) }
    } catch (err) {
      return failed(err)
    }
  }
  const comparison = createCompareSession()
  let compare: CompareView | null = null
  const gone = () =>
    Promise.resolve({ status: 'failed' as const, message: 'engine client disposed' })
  return {
    evaluate(input, options = {}) {
      if (disposed) return gone()
      let outcome: EvaluateOutcome
      try {
        const start = performance.now()
        const report = evaluate(input, { memo })
        reports.remember(input, report)
        const compared = comparison.compare(input, options.before, report)
        const elapsedMs = performance.now() - start
        view = applyDelta(view, session.report(report, options.view ?? DEFAULT_VIEW))
        if (compared.view !== undefined) compare = compared.view
        outcome = { status: 'ok', view, elapsedMs, compare }
        if (options.markdown) outcome.markdown = compared.markdown()
      } catch (err) {
        comparison.forget()
        outcome = failed(err)
      }
      return Promise.resolve(outcome)
    },
    view(request) {
      if (disposed) return gone()
      let outcome: ViewOutcome
      try {
        const delta = session.view(request)
        if (delta) view = applyDelta(view, delta)
        outcome = { status: 'ok', view }
      } catch (err) {
        outcome = failed(err)
      }
      return Promise.resolve(outcome)
    },
    explain(input, q) {
      if (disposed) return gone()
      let outcome: ExplainOutcome
      try {
        outcome = {
          status: 'ok',
          explanation: explainConnection(input, q.from, q.to, q.port, q.protocol),
        }
      } catch (err) {
        outcome = failed(err)
      }
      return Promise.resolve(outcome)
    },
    fixes: (input) => answer(() => ({ fixes: fixesOf(input, reports.reportFor(input)) })),
    fixAll: (input, level, version) =>
      answer(() => ({ result: fixAll(input.pod, level, version) })),
    leastPrivilege: (input, key) =>
      answer(() => ({ result: leastPrivilegeOf(input, reports.reportFor(input), key) })),
    schema: (query) => answer(() => schemaAnswer(query)),
    dispose() {
      disposed = true
    },
  }
}
