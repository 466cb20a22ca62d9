/**
 * Transient UI requests: reveal a location in an editor, a dismissible notice, and the work a
 * share link, an example or a lesson step replaced (one click brings it back).
 */
import type { StateCreator } from 'zustand/vanilla'
import type { EditorId } from '../../engine/report'
import type { ConnectionQuery } from '../../worker/protocol'
import { ADMISSION_PAGE, PROBLEMS_PAGE } from '../../worker/view'
import type { Snapshot } from '../snapshot'
import type { AppState } from '../store'

export interface RevealTarget {
  editor: EditorId
  line: number
  column: number
  endLine?: number
  endColumn?: number
  /** False to reveal without moving the keyboard focus into the editor (default: focus). */
  focus?: boolean
  /** Compare mode (issue 11): the line is on the before side of the pod editor. */
  before?: boolean
}

export interface RevealRequest extends RevealTarget {
  /** Grows with every request, so revealing the same place twice still moves the editor. */
  seq: number
}

/** What replaced the user's work: a share link, an example or a lesson step. */
export type PreviousFrom = 'link' | 'example' | 'lesson'

export interface UiSlice {
  reveal: RevealRequest | null
  notice: string | null
  /** The network matrix cell the user chose (its explanation is fetched by effects). */
  selectedConnection: ConnectionQuery | null
  /** The workspace a share link replaced, until the user goes back to it or dismisses it. */
  previous: Snapshot | null
  /** What replaced `previous`. */
  previousFrom: PreviousFrom
  /** Workload cards the user opened (by row key; every card is open for a few workloads). */
  openCards: readonly string[]
  /** How many problems the panel lists. */
  problemLimit: number
  /** How many ValidatingAdmissionPolicy results (and unmatched bindings) the panel lists. */
  admissionLimit: number
  /** The line of objects not judged is expanded (the worker sends each one). */
  notJudgedOpen: boolean
  /** The card the user picked in the summary table: the panel shows it and scrolls to it. */
  focusedCard: { key: string; seq: number } | null
  /**
   * The ValidatingAdmissionPolicy entries a workload's VAP badge points at (indices into the
   * results): the section scrolls to the first and marks them.
   */
  focusedAdmission: { results: readonly number[]; seq: number } | null
  toggleCard(key: string): void
  /** Opens a card (it stays open) and asks the panel to bring it into view. */
  focusCard(key: string): void
  showMoreProblems(): void
  showMoreAdmission(): void
  /** Shows the given VAP results (asking for the pages that hold the first) and scrolls to them. */
  focusAdmission(results: readonly number[]): void
  toggleNotJudged(): void
  revealLocation(target: RevealTarget): void
  setNotice(notice: string | null): void
  selectConnection(query: ConnectionQuery | null): void
  setPrevious(previous: Snapshot | null, from?: PreviousFrom): void
  /** Puts the workspace a share link replaced back into the editors. */
  returnToPrevious(): void
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  reveal: null,
  notice: null,
  selectedConnection: null,
  previous: null,
  previousFrom: 'link',
  openCards: [],
  problemLimit: PROBLEMS_PAGE,
  admissionLimit: ADMISSION_PAGE,
  notJudgedOpen: false,
  focusedCard: null,
  focusedAdmission: null,
  toggleCard(key) {
    const open = get().openCards
    set({ openCards: open.includes(key) ? open.filter((k) => k !== key) : [...open, key] })
  },
  focusCard(key) {
    const { openCards, focusedCard } = get()
    set({
      ...(openCards.includes(key) ? {} : { openCards: [...openCards, key] }),
      focusedCard: { key, seq: (focusedCard?.seq ?? 0) + 1 },
    })
  },
  showMoreProblems() {
    set({ problemLimit: get().problemLimit + PROBLEMS_PAGE })
  },
  showMoreAdmission() {
    set({ admissionLimit: get().admissionLimit + ADMISSION_PAGE })
  },
  focusAdmission(results) {
    const { admissionLimit, focusedAdmission } = get()
    const first = results[0] ?? 0
    set({
      // the worker sends the results a page at a time: enough pages to hold the first one
      ...(first >= admissionLimit && {
        admissionLimit: Math.ceil((first + 1) / ADMISSION_PAGE) * ADMISSION_PAGE,
      }),
      focusedAdmission: { results: [...results], seq: (focusedAdmission?.seq ?? 0) + 1 },
    })
  },
  toggleNotJudged() {
    set({ notJudgedOpen: !get().notJudgedOpen })
  },
  revealLocation(target) {
    set({ reveal: { ...target, seq: (get().reveal?.seq ?? 0) + 1 } })
  },
  setNotice(notice) {
    set({ notice })
  },
  selectConnection(query) {
    set({ selectedConnection: query })
  },
  setPrevious(previous, from = 'link') {
    set({ previous, previousFrom: from })
  },
  returnToPrevious() {
    const p = get().previous
    if (!p) return
    set({
      pod: p.pod,
      policy: p.policy,
      settings: p.settings,
      before: p.before ?? null,
      exampleId: null,
      loaded: null,
      previous: null,
      selectedConnection: null,
    })
  },
})
