/** `podplay diff` (cli-and-report.md "`podplay diff`: what a change does to security"). */
import type { EditorId, Report } from '../report'

/** Whether the after side grants more privilege or admits less safely. */
export type Direction = 'more' | 'less' | 'neutral'

export interface Change {
  /** `Deployment default/web`, or `network` for a connection. */
  workload: string
  change: 'added' | 'removed' | 'changed'
  /** `effective.containers[main].capabilities`, `hostPID`, `podSecurity.highestLevel`, ... */
  field: string
  before: unknown
  after: unknown
  direction: Direction
  /** Where the object stands on each side (absent on the side that lacks it). */
  at?: { before?: { editor: EditorId; line: number }; after?: { editor: EditorId; line: number } }
}

export interface DiffReport {
  version: 1
  /** Riskier first (./order.ts). */
  changes: Change[]
  before: Report
  after: Report
}
