/**
 * Lessons (issue 12): whether the panel is open, the step it shows (whose goal the worker checks
 * on each report), and the progress kept locally: steps done and steps whose solution was shown.
 */
import type { StateCreator } from 'zustand/vanilla'
import type { LessonProgress } from '../storage'
import type { AppState } from '../store'

export interface LessonsSlice {
  lessonsOpen: boolean
  /** The step the panel shows; its goal is checked while the panel is open. */
  lessonStep: string | null
  /** Steps whose goal was met. */
  lessonsDone: readonly string[]
  /** Steps whose solution was loaded by "Show solution". */
  solutionsShown: readonly string[]
  setLessonsOpen(open: boolean): void
  selectStep(step: string | null): void
  markStepDone(step: string): void
  markSolutionShown(step: string): void
  /** Progress read back from storage (already validated). */
  restoreLessons(progress: LessonProgress): void
}

const withStep = (list: readonly string[], step: string) =>
  list.includes(step) ? list : [...list, step]

export const createLessonsSlice: StateCreator<AppState, [], [], LessonsSlice> = (set, get) => ({
  lessonsOpen: false,
  lessonStep: null,
  lessonsDone: [],
  solutionsShown: [],
  setLessonsOpen(open) {
    set({ lessonsOpen: open })
  },
  selectStep(step) {
    set({ lessonStep: step })
  },
  markStepDone(step) {
    const done = withStep(get().lessonsDone, step)
    if (done !== get().lessonsDone) set({ lessonsDone: done })
  },
  markSolutionShown(step) {
    const shown = withStep(get().solutionsShown, step)
    if (shown !== get().solutionsShown) set({ solutionsShown: shown })
  },
  restoreLessons(p) {
    set({
      lessonsOpen: p.open,
      lessonStep: p.step,
      lessonsDone: p.done,
      solutionsShown: p.solutionsShown,
    })
  },
})
