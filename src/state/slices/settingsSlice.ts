/** Level, version, runtime, probes and usable PodSecurityPolicies. */
import type { StateCreator } from 'zustand/vanilla'
import { DEFAULT_SETTINGS, type Settings, sanitizeSettings } from '../snapshot'
import type { AppState } from '../store'

export interface SettingsSlice {
  settings: Settings
  setSettings(patch: Partial<Settings>): void
}

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set, get) => ({
  settings: DEFAULT_SETTINGS,
  setSettings(patch) {
    set({ settings: sanitizeSettings({ ...get().settings, ...patch }) })
  },
})
