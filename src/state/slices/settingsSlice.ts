/**
 * Level, version, runtime, probes and usable PodSecurityPolicies (shared and evaluated), and the
 * person's own preferences (theme, pane sizes: kept locally, not evaluated, not shared).
 */
import type { StateCreator } from 'zustand/vanilla'
import { DEFAULT_PREFS, type Prefs, sanitizePrefs } from '../prefs'
import { DEFAULT_SETTINGS, type Settings, sanitizeSettings } from '../snapshot'
import type { AppState } from '../store'

export interface SettingsSlice {
  settings: Settings
  setSettings(patch: Partial<Settings>): void
  prefs: Prefs
  setPrefs(patch: Partial<Prefs>): void
}

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set, get) => ({
  settings: DEFAULT_SETTINGS,
  setSettings(patch) {
    set({ settings: sanitizeSettings({ ...get().settings, ...patch }) })
  },
  prefs: DEFAULT_PREFS,
  setPrefs(patch) {
    set({ prefs: sanitizePrefs({ ...get().prefs, ...patch }) })
  },
})
