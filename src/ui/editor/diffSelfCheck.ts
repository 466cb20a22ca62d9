/**
 * Monaco 0.57's diff computer checks its own result and reports a failed check as an uncaught
 * "Assertion Failed" (a BugIndicatingError thrown from a timer in the editor worker), although the
 * diff it returns is used and drawn. It fails on a common edit in compare mode: Enter at the end of
 * an indented last line, which leaves a line of spaces before the text's final newline while
 * whitespace counts (`ignoreTrimWhitespace: false`: YAML's indentation matters). Pure, so that the
 * rule is tested; editorWorker.ts applies it.
 */

/** True for the diff computer's failed self-check, and for nothing else. */
export function isDiffSelfCheck(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  return (
    error.message === 'Assertion Failed' &&
    typeof error.stack === 'string' &&
    /\bcomputeDiff\b/.test(error.stack)
  )
}
