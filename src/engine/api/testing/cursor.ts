/** Texts with a `|` marking the cursor (or the mouse), for schema help's tables of cases. */

/** The text without the `|` and the 1-based line and column where it stood. */
export function cursor(marked: string): { text: string; line: number; column: number } {
  const at = marked.indexOf('|')
  const before = marked.slice(0, at).split('\n')
  return {
    text: marked.slice(0, at) + marked.slice(at + 1),
    line: before.length,
    column: before[before.length - 1]!.length + 1,
  }
}
