/** Both editors' texts and which example they came from. */
import type { StateCreator } from 'zustand/vanilla'
import type { EditorId } from '../../engine/report'
import type { AppState } from '../store'

export interface EditorSlice {
  pod: string
  policy: string
  /** The example last loaded (kept while the user edits it). */
  exampleId: string | null
  setText(editor: EditorId, text: string): void
  loadTexts(pod: string, policy: string, exampleId: string | null): void
}

export const createEditorSlice: StateCreator<AppState, [], [], EditorSlice> = (set, get) => ({
  pod: '',
  policy: '',
  exampleId: null,
  setText(editor, text) {
    if (get()[editor] === text) return
    set(editor === 'pod' ? { pod: text } : { policy: text })
  },
  loadTexts(pod, policy, exampleId) {
    set({ pod, policy, exampleId })
  },
})
