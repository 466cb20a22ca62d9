/**
 * The engine's one entry: the two editors' texts in, the report out. Never throws.
 * (Temporary stub while the families are built; see report.ts for the contract.)
 */
import type { EngineInput, Report } from './report'

export type * from './report'

export function evaluate(_input: EngineInput): Report {
  return { version: 1, problems: [], workloads: [], network: null }
}
