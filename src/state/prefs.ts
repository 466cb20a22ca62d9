/**
 * The person's own preferences for this browser: the colour theme and the sizes of the panes.
 * Kept locally, never in a share link, and never an input of the engine.
 */

/** `system` follows the operating system's light or dark setting. */
export type ThemeChoice = 'light' | 'dark' | 'system'
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark']

/** The widths of the pod editor, the policy editor and the results panel, as shares of the page. */
export type PaneSizes = readonly [number, number, number]

export interface Prefs {
  theme: ThemeChoice
  /** null: the layout's own widths (until the person drags a handle). */
  panes: PaneSizes | null
}

export const DEFAULT_PREFS: Prefs = { theme: 'system', panes: null }

/** No pane gets less than this share of the width, so none can be dragged away. */
export const MIN_PANE_SHARE = 0.15

/** Shares that sum to 1 with none below the minimum, or null when `raw` is not three numbers. */
export function sanitizePanes(raw: unknown): PaneSizes | null {
  if (!Array.isArray(raw) || raw.length !== 3) return null
  if (!raw.every((n) => typeof n === 'number' && Number.isFinite(n) && n > 0)) return null
  const sum = (raw as number[]).reduce((x, y) => x + y, 0)
  const shares = (raw as number[]).map((n) => n / sum)
  // a pane below the minimum grows to it, taking the difference from the widest one
  for (let i = 0; i < shares.length; i++) {
    const deficit = MIN_PANE_SHARE - (shares[i] ?? 0)
    if (deficit <= 0) continue
    const widest = shares.indexOf(Math.max(...shares))
    shares[i] = MIN_PANE_SHARE
    shares[widest] = (shares[widest] ?? 0) - deficit
  }
  return shares as unknown as PaneSizes
}

/** Keeps only known keys with the right types; anything else falls back to the default. */
export function sanitizePrefs(raw: unknown): Prefs {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>
  return {
    theme: THEME_CHOICES.includes(r.theme as ThemeChoice)
      ? (r.theme as ThemeChoice)
      : DEFAULT_PREFS.theme,
    panes: sanitizePanes(r.panes),
  }
}
