/**
 * Where completion opens by itself: once a trigger character is typed, the text before the cursor
 * is read. After `key: `, `- `, `[` or `, ` the worker is asked for the values of a closed set only
 * (none for a free string, a name, an image: nothing opens); any other space or bracket asks
 * nothing of it, so ordinary typing costs one regular expression on the line.
 */

/** What Monaco's completion provider registers: a space (after `: `, `- `, `, `) and `[`. */
export const TRIGGER_CHARACTERS = [' ', '[']

/** `key: ` (not `::` nor a lone `: `), dashes of list items, a flow sequence's `[`, `, `. */
const OPENS_BY_ITSELF = /(?:[^\s:]: |^\s*(?:-\s+)*- |\[|, )$/

/** True when the text before the cursor is where values may be typed (the worker decides). */
export const opensByItself = (before: string) => OPENS_BY_ITSELF.test(before)
