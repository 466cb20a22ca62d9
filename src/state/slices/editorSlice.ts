/**
 * Both editors' texts, which example they came from, and in compare mode (issue 11) the pod
 * editor's text before the change (null when not comparing).
 */
import type { StateCreator } from 'zustand/vanilla'
import type { EditorId } from '../../engine/report'
import type { AppState } from '../store'

export interface EditorSlice {
  pod: string
  policy: string
  /** The example last loaded (kept while the user edits it). */
  exampleId: string | null
  /** Compare mode: the pod text before the change (the after side is `pod`); null: not comparing. */
  before: string | null
  setText(editor: EditorId, text: string): void
  setBefore(text: string): void
  /** Turning compare mode on starts the before side as a copy of the pod text. */
  setCompare(on: boolean): void
  /**
   * Replaces the texts. `before` undefined: an example; while comparing, both sides start as its
   * pod text (a change to it is then compared with it).
   */
  loadTexts(pod: string, policy: string, exampleId: string | null, before?: string | null): void
}

export const createEditorSlice: StateCreator<AppState, [], [], EditorSlice> = (set, get) => ({
  pod: '',
  policy: '',
  exampleId: null,
  before: null,
  setText(editor, text) {
    if (get()[editor] === text) return
    set(editor === 'pod' ? { pod: text } : { policy: text })
  },
  setBefore(text) {
    const s = get()
    if (s.before === null || s.before === text) return
    set({ before: text })
  },
  setCompare(on) {
    const s = get()
    if (on === (s.before !== null)) return
    set({ before: on ? s.pod : null })
  },
  loadTexts(pod, policy, exampleId, before) {
    set({
      pod,
      policy,
      exampleId,
      before: before === undefined ? (get().before === null ? null : pod) : before,
    })
  },
})
