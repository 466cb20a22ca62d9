/**
 * The one app store (zustand vanilla, so state tests run without React), composed of slices with
 * their actions. Side effects live in effects.ts, not here.
 */
import { createStore, type StoreApi } from 'zustand/vanilla'
import { createEditorSlice, type EditorSlice } from './slices/editorSlice'
import { createFixesSlice, type FixesSlice } from './slices/fixesSlice'
import { createLessonsSlice, type LessonsSlice } from './slices/lessonsSlice'
import { createResultsSlice, type ResultsSlice } from './slices/resultsSlice'
import { createSettingsSlice, type SettingsSlice } from './slices/settingsSlice'
import { createUiSlice, type UiSlice } from './slices/uiSlice'

export type AppState = EditorSlice &
  SettingsSlice &
  ResultsSlice &
  UiSlice &
  FixesSlice &
  LessonsSlice
export type AppStore = StoreApi<AppState>

export function createAppStore(): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createEditorSlice(...a),
    ...createSettingsSlice(...a),
    ...createResultsSlice(...a),
    ...createUiSlice(...a),
    ...createFixesSlice(...a),
    ...createLessonsSlice(...a),
  }))
}
