/**
 * The EngineClient interface over direct engine calls (unit tests, and a fallback where no worker
 * can start). Same contract: never rejects, engine errors come back as data.
 */
import { evaluate, explainConnection, formatMarkdown } from '../engine'
import type { EngineClient, EvaluateOutcome, ExplainOutcome } from './client'

export function createInProcessClient(): EngineClient {
  let disposed = false
  return {
    evaluate(input, options = {}) {
      if (disposed) return Promise.resolve({ status: 'failed', message: 'engine client disposed' })
      let outcome: EvaluateOutcome
      try {
        const start = performance.now()
        const report = evaluate(input)
        outcome = { status: 'ok', report, elapsedMs: performance.now() - start }
        if (options.markdown) outcome.markdown = formatMarkdown(report)
      } catch (err) {
        outcome = { status: 'failed', message: err instanceof Error ? err.message : String(err) }
      }
      return Promise.resolve(outcome)
    },
    explain(input, q) {
      if (disposed) return Promise.resolve({ status: 'failed', message: 'engine client disposed' })
      let outcome: ExplainOutcome
      try {
        outcome = {
          status: 'ok',
          explanation: explainConnection(input, q.from, q.to, q.port, q.protocol),
        }
      } catch (err) {
        outcome = { status: 'failed', message: err instanceof Error ? err.message : String(err) }
      }
      return Promise.resolve(outcome)
    },
    dispose() {
      disposed = true
    },
  }
}
