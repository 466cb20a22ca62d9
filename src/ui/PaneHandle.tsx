/**
 * The handles between the editors and the results panel on wide screens: dragged with the pointer
 * or moved with the arrow keys (a window splitter, focusable, with its position as a value);
 * a double click gives the layout's own widths back. The widths are kept as preferences.
 */
import { type KeyboardEvent, type PointerEvent, type RefObject, useRef } from 'react'
import { MIN_PANE_SHARE, type PaneSizes, sanitizePanes } from '../state/prefs'
import { useAppState } from './AppContext'

/** How far one arrow key moves a handle, as a share of the width. */
export const KEY_STEP = 0.02

/** The layout's own widths (styles.css: 1fr, 1fr, 0.95fr), before any handle moved. */
const DEFAULT_SHARES: PaneSizes = [1 / 2.95, 1 / 2.95, 0.95 / 2.95]

/** The panes' widths now, from the page (the results panel's minimum width may differ from fr). */
function measure(workspace: HTMLElement | null): PaneSizes | null {
  const panes = [...(workspace?.querySelectorAll<HTMLElement>(':scope > [data-pane]') ?? [])]
  return sanitizePanes(panes.map((p) => p.getBoundingClientRect().width))
}

/** Moves the boundary after pane `index` by `delta` (a share of the width), within the minimum. */
export function moveBoundary(shares: PaneSizes, index: 0 | 1, delta: number): PaneSizes {
  const next: [number, number, number] = [...shares]
  const right = index + 1
  const pair = next[index] + (next[right] ?? 0)
  const left = Math.min(Math.max(next[index] + delta, MIN_PANE_SHARE), pair - MIN_PANE_SHARE)
  next[index] = left
  next[right] = pair - left
  return next
}

const LABEL = ['Resize the two editors', 'Resize the policy editor and the results'] as const

export function PaneHandle({
  index,
  workspace,
}: {
  index: 0 | 1
  workspace: RefObject<HTMLElement | null>
}) {
  const panes = useAppState((s) => s.prefs.panes)
  const setPrefs = useAppState((s) => s.setPrefs)
  const drag = useRef<{ x: number; width: number; shares: PaneSizes } | null>(null)
  const shares = panes ?? DEFAULT_SHARES
  const position = shares[0] + (index === 1 ? shares[1] : 0)

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    const start = panes ?? measure(workspace.current)
    const width = workspace.current?.getBoundingClientRect().width
    if (!start || !width) return
    e.currentTarget.setPointerCapture(e.pointerId)
    drag.current = { x: e.clientX, width, shares: start }
  }
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current
    if (!d) return
    setPrefs({ panes: moveBoundary(d.shares, index, (e.clientX - d.x) / d.width) })
  }
  const onPointerUp = () => {
    drag.current = null
  }
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step =
      e.key === 'ArrowLeft' || e.key === 'ArrowUp'
        ? -KEY_STEP
        : e.key === 'ArrowRight' || e.key === 'ArrowDown'
          ? KEY_STEP
          : 0
    if (!step) return
    e.preventDefault()
    const start = panes ?? measure(workspace.current) ?? DEFAULT_SHARES
    setPrefs({ panes: moveBoundary(start, index, step) })
  }

  return (
    // biome-ignore lint/a11y/useSemanticElements: a window splitter is a focusable separator; <hr> cannot hold focus or take keys
    <div
      className="pane-handle"
      role="separator"
      aria-orientation="vertical"
      aria-label={LABEL[index]}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(position * 100)}
      tabIndex={0}
      title="Drag, or use the arrow keys, to resize; double-click for the usual widths"
      data-testid={`pane-handle.${index}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
      onDoubleClick={() => setPrefs({ panes: null })}
    />
  )
}

/** The workspace's columns for the kept widths (undefined: the layout's own, in styles.css). */
export function paneColumns(panes: PaneSizes | null): string | undefined {
  if (!panes) return undefined
  const [a, b, c] = panes
  return `minmax(0, ${a}fr) var(--handle) minmax(0, ${b}fr) var(--handle) minmax(0, ${c}fr)`
}
