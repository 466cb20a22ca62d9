/**
 * The engine's one entry: the two editors' texts in, the report out. Never throws: whatever goes
 * wrong becomes a problem. Pure TypeScript: the worker, the command line and the tests import it.
 */
import { type EvaluateContext, evaluateInput } from './evaluate'
import type { EngineInput, Report } from './report'

export type * from './report'
export type { EvaluateContext } from './evaluate'

export function evaluate(input: EngineInput, context?: EvaluateContext): Report {
  try {
    return evaluateInput(input, context)
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e)
    return {
      version: 1,
      problems: [
        {
          editor: 'pod',
          line: 1,
          column: 1,
          severity: 'error',
          code: 'internal',
          message: `podplay could not evaluate this input (an internal error, please report it): ${message}`,
        },
      ],
      workloads: [],
      network: null,
    }
  }
}

export { formatMarkdown } from './format/markdown'
export { anyDenied, counts, type PlaceName } from './format/shared'
export { formatText } from './format/text'
