/**
 * The engine's one entry: the two editors' texts in, the report out. Never throws: whatever goes
 * wrong becomes a problem. Pure TypeScript: the worker, the command line and the tests import it.
 */
import { type EvaluateContext, evaluateInput, networkObjects, readInput } from './evaluate'
import { networkInput } from './stages/network'
import { type Explanation, explainConnection as explainInNetwork } from './netpol'
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
export { formatSarif, type Origin } from './format/sarif'
export {
  anyDenied,
  counts,
  isInputError,
  type PlaceName,
  VERDICT_CODES,
  workloadDenied,
} from './format/shared'
export { formatText } from './format/text'
export { notJudgedLine, type Summary, type SummaryRow, summarize } from './summary'
export { type Change, type DiffReport, diffReports, grantsMore } from './diff'
export {
  formatCompareMarkdown,
  formatCompareText,
  formatDiffMarkdown,
  formatDiffText,
} from './diff/format'

export type { Explanation as NetworkExplanation } from './netpol'

/**
 * Why one connection is allowed or denied, computed on demand (the report carries explanations only
 * for worlds of up to 2,000 connections). Null when either pod is unknown. Never throws.
 */
export function explainConnection(
  input: EngineInput,
  from: string,
  to: string,
  port: number,
  protocol: string,
): Explanation | null {
  try {
    const read = readInput(input)
    const world = networkInput(networkObjects(read), read.ctx.options)
    return explainInNetwork(world.input, from, to, port, protocol)
  } catch {
    return null
  }
}
