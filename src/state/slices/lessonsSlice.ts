/**
 * Lessons (issue 12): whether the panel is open, the step it shows (whose goal the worker checks
 * on each report), and the progress kept locally: steps done, steps whose solution was shown and
 * how many hints of each step were revealed.
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
  /** How many hints of each step were revealed, by step id (a null-prototype record). */
  hintsRevealed: Readonly<Record<string, number>>
  setLessonsOpen(open: boolean): void
  selectStep(step: string | null): void
  markStepDone(step: string): void
  markSolutionShown(step: string): void
  /** Reveals one more of the step's hints, up to `total` (the number it has). */
  revealHint(step: string, total: number): void
  /** Progress read back from storage (already validated). */
  restoreLessons(progress: LessonProgress): void
}

const withStep = (list: readonly string[], step: string) =>
  list.includes(step) ? list : [...list, step]

/** A copy of `counts` with `step` set to `n` (a null-prototype record: step ids are keys). */
function withCount(counts: Readonly<Record<string, number>>, step: string, n: number) {
  const out: Record<string, number> = Object.create(null)
  Object.assign(out, counts)
  out[step] = n
  return out
}

export const createLessonsSlice: StateCreator<AppState, [], [], LessonsSlice> = (set, get) => ({
  lessonsOpen: false,
  lessonStep: null,
  lessonsDone: [],
  solutionsShown: [],
  hintsRevealed: Object.create(null),
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
  revealHint(step, total) {
    const now = get().hintsRevealed[step] ?? 0
    if (now < total) set({ hintsRevealed: withCount(get().hintsRevealed, step, now + 1) })
  },
  restoreLessons(p) {
    set({
      lessonsOpen: p.open,
      lessonStep: p.step,
      lessonsDone: p.done,
      solutionsShown: p.solutionsShown,
      hintsRevealed: p.hints,
    })
  },
})
