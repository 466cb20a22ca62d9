/** Text edits for the editors: one whole-text change as the smallest single edit. Pure. */
import type { OffsetEdit } from './slices/fixesSlice'

/**
 * The one edit that turns `before` into `after`: what lies between their common start and common
 * end, so the editor keeps the cursor, folds and markers elsewhere, and undo is one step.
 */
export function minimalEdit(before: string, after: string): OffsetEdit {
  const max = Math.min(before.length, after.length)
  let start = 0
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++
  let end = 0
  while (
    end < max - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  )
    end++
  // never split a surrogate pair or a CRLF line end
  while (start > 0 && /[\uD800-\uDBFF\r]/.test(before[start - 1]!)) start--
  while (end > 0 && /[\uDC00-\uDFFF\n]/.test(before[before.length - end]!)) end--
  return { start, end: before.length - end, text: after.slice(start, after.length - end) }
}

/** The text after edits by offsets (sorted, not overlapping), for tests and fallbacks. */
export function applyOffsetEdits(text: string, edits: readonly OffsetEdit[]): string {
  let out = ''
  let at = 0
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, e.start) + e.text
    at = e.end
  }
  return out + text.slice(at)
}
