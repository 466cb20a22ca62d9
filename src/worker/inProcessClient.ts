/**
 * The EngineClient interface over direct engine calls (unit tests, and a fallback where no worker
 * can start). Same contract: never rejects, engine errors come back as data.
 */
import * as engine from '../engine'
import type { EngineInput } from '../engine/report'
import type { EngineClient, EvaluateOutcome, ExplainOutcome } from './client'
import type { NetworkExplanation } from './protocol'

type Explain = (
  input: EngineInput,
  from: string,
  to: string,
  port: number,
  protocol: string,
) => NetworkExplanation | null
const explainName = 'explainConnection'
const explainFn = (engine as Record<string, unknown>)[explainName] as Explain | undefined

export function createInProcessClient(): EngineClient {
  let disposed = false
  return {
    evaluate(input, options = {}) {
      if (disposed) return Promise.resolve({ status: 'failed', message: 'engine client disposed' })
      let outcome: EvaluateOutcome
      try {
        const start = performance.now()
        const report = engine.evaluate(input)
        outcome = { status: 'ok', report, elapsedMs: performance.now() - start }
        if (options.markdown) outcome.markdown = engine.formatMarkdown(report)
      } catch (err) {
        outcome = { status: 'failed', message: err instanceof Error ? err.message : String(err) }
      }
      return Promise.resolve(outcome)
    },
    explain(input, q) {
      if (disposed) return Promise.resolve({ status: 'failed', message: 'engine client disposed' })
      if (!explainFn) return Promise.resolve({ status: 'ok', explanation: null, unsupported: true })
      let outcome: ExplainOutcome
      try {
        outcome = { status: 'ok', explanation: explainFn(input, q.from, q.to, q.port, q.protocol) }
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
