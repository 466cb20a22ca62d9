/**
 * Bounded rendering of untrusted reports: `boundReport` shortens every long string of a report once
 * (a 3 MB name appears in dozens of places: headings, messages, labels, test ids), remembering the
 * whole text; `<Text>` shows a shortened string with a "show all" control; `useWindow` shows a long
 * list a page at a time with a "show more" button. No input can make the panel lay out unbounded
 * text or an unbounded list.
 */
import { createContext, type ReactNode, useContext, useMemo, useRef, useState } from 'react'
import { clip, MAX_TEXT } from '../clip'
import { keepEqual } from './keep'

/** Shortened string → the whole string. */
export type FullTexts = ReadonlyMap<string, string>

/** A copy of `value` with every string longer than `max` shortened; `full` maps them back. */
export function boundReport<T>(value: T, max = MAX_TEXT): { value: T; full: FullTexts } {
  const full = new Map<string, string>()
  const seen = new Map<object, unknown>()
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      if (v.length <= max) return v
      const short = clip(v, max)
      full.set(short, v)
      return short
    }
    if (typeof v !== 'object' || v === null) return v
    const done = seen.get(v)
    if (done !== undefined) return done
    if (Array.isArray(v)) {
      const out: unknown[] = []
      seen.set(v, out)
      for (const x of v) out.push(walk(x))
      return out
    }
    // keys from the input are defined, never assigned (no `__proto__` setter)
    const out: Record<string, unknown> = {}
    seen.set(v, out)
    for (const [k, x] of Object.entries(v))
      Object.defineProperty(out, k, { value: walk(x), enumerable: true, writable: true })
    return out
  }
  return { value: walk(value) as T, full }
}

const sameTexts = (a: FullTexts, b: FullTexts) => {
  if (a.size !== b.size) return false
  for (const [k, v] of a) if (b.get(k) !== v) return false
  return true
}

/**
 * `boundReport` of a value that changes (a workload's report after each keystroke), sharing with
 * the last one every part that is the same (keep.ts) and the same `full` map while its texts are:
 * the memoized parts of a card draw again only where the report changed (issue 13).
 */
export function useBoundReport<T>(value: T): { value: T; full: FullTexts } {
  const last = useRef<{ value: T; full: FullTexts } | null>(null)
  return useMemo(() => {
    const b = boundReport(value)
    const prev = last.current
    const kept = prev
      ? {
          value: keepEqual(prev.value, b.value),
          full: sameTexts(prev.full, b.full) ? prev.full : b.full,
        }
      : b
    last.current = kept
    return kept
  }, [value])
}

const FullTextContext = createContext<FullTexts>(new Map())

export function FullTextProvider({ full, children }: { full: FullTexts; children: ReactNode }) {
  return <FullTextContext.Provider value={full}>{children}</FullTextContext.Provider>
}

/** A string of the (bounded) report; when it was shortened, a button shows it whole. */
export function Text({ text }: { text: string }) {
  const whole = useContext(FullTextContext).get(text)
  const [open, setOpen] = useState(false)
  if (whole === undefined) return <>{text}</>
  if (!open)
    return (
      <>
        {text}{' '}
        <button type="button" className="show-all" onClick={() => setOpen(true)}>
          show all
        </button>
      </>
    )
  return (
    <textarea
      className="whole-text"
      readOnly
      value={whole}
      aria-label={`The whole text (${whole.length.toLocaleString('en-US')} characters)`}
      rows={6}
    />
  )
}

/**
 * The first `page` items, growing by `page` with each click of the returned button; at least the
 * first `atLeast` (a page boundary past it), so that an item picked elsewhere is shown.
 */
export function useWindow<T>(
  items: readonly T[],
  page = 100,
  atLeast = 0,
): [readonly T[], ReactNode] {
  const [picked, setCount] = useState(page)
  const count = Math.max(picked, Math.ceil(atLeast / page) * page)
  const shown = items.length > count ? items.slice(0, count) : items
  const rest = items.length - shown.length
  const more =
    rest > 0 ? (
      <button type="button" className="show-more" onClick={() => setCount(count + page)}>
        Show {Math.min(page, rest).toLocaleString('en-US')} more (of {rest.toLocaleString('en-US')}{' '}
        not shown)
      </button>
    ) : null
  return [shown, more]
}
