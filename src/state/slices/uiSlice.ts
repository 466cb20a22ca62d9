/** Transient UI requests: reveal a location in an editor, a dismissible notice. */
import type { StateCreator } from 'zustand/vanilla'
import type { EditorId } from '../../engine/report'
import type { ConnectionQuery } from '../../worker/protocol'
import type { AppState } from '../store'

export interface RevealTarget {
  editor: EditorId
  line: number
  column: number
  endLine?: number
  endColumn?: number
  /** False to reveal without moving the keyboard focus into the editor (default: focus). */
  focus?: boolean
}

export interface RevealRequest extends RevealTarget {
  /** Grows with every request, so revealing the same place twice still moves the editor. */
  seq: number
}

export interface UiSlice {
  reveal: RevealRequest | null
  notice: string | null
  /** The network matrix cell the user chose (its explanation is fetched by effects). */
  selectedConnection: ConnectionQuery | null
  revealLocation(target: RevealTarget): void
  setNotice(notice: string | null): void
  selectConnection(query: ConnectionQuery | null): void
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  reveal: null,
  notice: null,
  selectedConnection: null,
  revealLocation(target) {
    set({ reveal: { ...target, seq: (get().reveal?.seq ?? 0) + 1 } })
  },
  setNotice(notice) {
    set({ notice })
  },
  selectConnection(query) {
    set({ selectedConnection: query })
  },
})
