/**
 * Lesson goals, checked where the report is: in the worker (and the in-process client), never on
 * the main thread, which gets only the status (issue 12).
 */
import { checkGoal, findStep } from '../engine/lessons'
import type { Report } from '../engine/report'
import type { GoalStatus } from './view'

/** The step's goal on the report, or null when no step has this id. */
export function goalStatus(step: string, report: Report): GoalStatus | null {
  const s = findStep(step)
  if (!s) return null
  const r = checkGoal(s, report)
  return { step, met: r.met, missing: r.missing }
}
