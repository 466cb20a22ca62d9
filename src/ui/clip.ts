/**
 * Bounded text for the page: a name or message from the input can be megabytes long (a 4.5 KB share
 * link inflates to a 3 MB container name), and the page must never lay out unbounded text. `clip`
 * keeps the start and says how much was left out; the full text stays in the editor (and behind a
 * "show all" control where the panel offers one).
 */

/** Characters of one string shown in the panel before it is shortened. */
export const MAX_TEXT = 300
/** Characters of one string in a hover, an attribute (title, aria-label, test id) or a marker. */
export const MAX_LABEL = 120

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff

/** `text` when it fits in `max` characters, else its start, `…` and the count left out. */
export function clip(text: string, max = MAX_TEXT): string {
  if (text.length <= max) return text
  // never cut a surrogate pair in half
  const end = isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max
  return `${text.slice(0, end)}… (${(text.length - end).toLocaleString('en-US')} more characters)`
}

/** True when `clip(text, max)` would shorten the text. */
export const isClipped = (text: string, max = MAX_TEXT) => text.length > max

/**
 * The first `max` items of a list joined with `sep`, then `… and N more`: for values that list
 * names (volumes, ports, selected pods) and may be arbitrarily long.
 */
export function joinSome(items: readonly string[], max = 20, sep = ', '): string {
  const shown = items
    .slice(0, max)
    .map((s) => clip(s, MAX_LABEL))
    .join(sep)
  return items.length > max
    ? `${shown} … and ${(items.length - max).toLocaleString('en-US')} more`
    : shown
}
