/** The shape of lessons: steps with a starting manifest, a goal checked on the report, a solution. */
import type { Report } from '../report'
import { checkRequirements, type GoalResult, type Requirement } from './goals'

export interface EditorTexts {
  /** The pod editor (left). */
  pod: string
  /** The policy editor (right). */
  policy: string
}

export interface LessonStep {
  /** Stable id (`lesson/step`), for progress kept locally. */
  id: string
  title: string
  /** A few sentences: what this step teaches and what to try. */
  text: string
  /** The editors' texts when the step starts. */
  start: EditorTexts
  goal: {
    /** The goal in one sentence ("make the pod run as user 405 and stay admitted"). */
    text: string
    requirements: readonly Requirement[]
  }
  hints: readonly string[]
  /** Texts that meet the goal. */
  solution: EditorTexts
}

export interface Lesson {
  id: string
  title: string
  /** One sentence: what the lesson is about. */
  summary: string
  steps: readonly LessonStep[]
}

/** Whether the report meets the step's goal, and what is still missing in words. */
export function checkGoal(step: LessonStep, report: Report): GoalResult {
  return checkRequirements(step.goal.requirements, report)
}
