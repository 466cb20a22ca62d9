/**
 * Both editors' texts, which example they came from, the texts as loaded (to see edits), and in
 * compare mode (issue 11) the pod editor's text before the change (null when not comparing).
 */
import type { StateCreator } from 'zustand/vanilla'
import type { EditorId } from '../../engine/report'
import { isEdited, snapshotOf } from '../selectors'
import type { AppState } from '../store'
import type { PreviousFrom } from './uiSlice'

export interface LoadedTexts {
  pod: string
  policy: string
}

export interface EditorSlice {
  pod: string
  policy: string
  /** The example last loaded (kept while the user edits it). */
  exampleId: string | null
  /** The texts of the example or lesson step as loaded; null: the user's own work. */
  loaded: LoadedTexts | null
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
  /**
   * Loads an example's or a lesson step's texts. Work of the user's own that they replace (edited
   * since loaded) is kept as `previous`, one click away, unless `keepPrevious` is false.
   */
  openWork(
    texts: LoadedTexts,
    from: PreviousFrom,
    exampleId: string | null,
    keepPrevious?: boolean,
  ): void
}

export const createEditorSlice: StateCreator<AppState, [], [], EditorSlice> = (set, get) => ({
  pod: '',
  policy: '',
  exampleId: null,
  loaded: null,
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
      loaded: exampleId === null ? null : { pod, policy },
      before: before === undefined ? (get().before === null ? null : pod) : before,
    })
  },
  openWork(texts, from, exampleId, keepPrevious = true) {
    const s = get()
    const replaced = s.pod !== texts.pod || s.policy !== texts.policy
    const keep = keepPrevious && replaced && isEdited(s)
    set({
      pod: texts.pod,
      policy: texts.policy,
      exampleId,
      loaded: { pod: texts.pod, policy: texts.policy },
      // while comparing, both sides start as the loaded pod text (as loadTexts does)
      before: s.before === null ? null : texts.pod,
      ...(keep ? { previous: snapshotOf(s), previousFrom: from } : {}),
    })
  },
})
