/**
 * Lessons for learning by doing: steps with a starting manifest, a goal the engine checks on its
 * report, hints and a solution. Pure TypeScript (no DOM): the app's lessons panel imports it.
 */
export { findStep, LESSON_STEPS, LESSONS } from './data'
export type { GoalResult, Requirement } from './goals'
export { checkGoal, type EditorTexts, type Lesson, type LessonStep } from './types'
