/**
 * Quick fixes, "Make it meet <level>" and least privilege: what the worker answered and for which
 * input, and the edits asked of an editor (the editor applies them, so that undo works).
 */
import type { StateCreator } from 'zustand/vanilla'
import type { EditorId, EngineInput, Level } from '../../engine/report'
import type { FixAllResult, FixesView, LeastPrivilegeView } from '../../worker/protocol'
import type { AppState } from '../store'

/** A text edit by offsets into `base`. */
export interface OffsetEdit {
  start: number
  end: number
  text: string
}

export interface EditRequest {
  editor: EditorId
  /** The text the edits apply to: an editor holding any other text ignores the request. */
  base: string
  edits: OffsetEdit[]
  /** Grows with every request. */
  seq: number
}

export interface FixesState {
  /** The input the fixes were computed for. */
  input: EngineInput
  view: FixesView
}

export interface FixOutcome extends Omit<FixAllResult, 'text'> {
  level: Level
  version: string
  /** True when the text changed before the fixes came back: nothing was applied. */
  stale: boolean
}

export type LeastPrivilegeState =
  | { status: 'loading' }
  | { status: 'ok'; view: LeastPrivilegeView | null; input: EngineInput }
  | { status: 'failed'; message: string }

export interface FixesSlice {
  fixes: FixesState | null
  fixOutcome: FixOutcome | null
  editRequest: EditRequest | null
  /** By workload row key, for the sections the user opened. */
  leastPrivilege: Readonly<Record<string, LeastPrivilegeState>>
  setFixes(fixes: FixesState | null): void
  setFixOutcome(outcome: FixOutcome | null): void
  requestEdit(editor: EditorId, base: string, edits: OffsetEdit[]): void
  setLeastPrivilege(key: string, state: LeastPrivilegeState | null): void
}

export const createFixesSlice: StateCreator<AppState, [], [], FixesSlice> = (set, get) => ({
  fixes: null,
  fixOutcome: null,
  editRequest: null,
  leastPrivilege: {},
  setFixes(fixes) {
    set({ fixes })
  },
  setFixOutcome(fixOutcome) {
    set({ fixOutcome })
  },
  requestEdit(editor, base, edits) {
    set({ editRequest: { editor, base, edits, seq: (get().editRequest?.seq ?? 0) + 1 } })
  },
  setLeastPrivilege(key, state) {
    const next: Record<string, LeastPrivilegeState> = Object.create(null)
    for (const [k, v] of Object.entries(get().leastPrivilege)) if (k !== key) next[k] = v
    if (state !== null) next[key] = state
    set({ leastPrivilege: next })
  },
})
