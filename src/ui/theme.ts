/**
 * The colour theme: the person's choice (light, dark, or the system's), resolved against
 * `prefers-color-scheme`, applied to the page as `data-theme` on <html> (styles.css holds both
 * sets of colours) and handed to Monaco as its theme.
 */
import { useEffect, useSyncExternalStore } from 'react'
import type { ThemeChoice } from '../state/prefs'
import { useAppState } from './AppContext'

export type Theme = 'light' | 'dark'

const DARK_QUERY = '(prefers-color-scheme: dark)'

function systemDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches
}

function watchSystem(callback: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {}
  const query = matchMedia(DARK_QUERY)
  query.addEventListener('change', callback)
  return () => query.removeEventListener('change', callback)
}

/** The theme a choice stands for, given whether the system is dark. */
export function resolveTheme(choice: ThemeChoice, systemIsDark: boolean): Theme {
  if (choice === 'system') return systemIsDark ? 'dark' : 'light'
  return choice
}

/** The theme in force now; follows the system while the choice is `system`. */
export function useTheme(): Theme {
  const choice = useAppState((s) => s.prefs.theme)
  const dark = useSyncExternalStore(watchSystem, systemDark, () => false)
  return resolveTheme(choice, dark)
}

/** Puts the theme in force on <html>, where styles.css picks its colours. */
export function useApplyTheme(): Theme {
  const theme = useTheme()
  useEffect(() => {
    document.documentElement.dataset.theme = theme
  }, [theme])
  return theme
}

/** Monaco's built-in theme for ours. */
export const MONACO_THEME: Record<Theme, string> = { light: 'vs', dark: 'vs-dark' }
