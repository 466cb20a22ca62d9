/**
 * The internals of Monaco that the editor worker uses (editorWorker.ts) and its test runs
 * (diffSelfCheck.test.ts); Monaco ships no types for them.
 */
declare module 'monaco-editor/base/common/errors' {
  export const errorHandler: {
    /** Called with every unexpected error; Monaco's default throws it again from a timer. */
    unexpectedErrorHandler: (error: unknown) => void
  }
}

declare module 'monaco-editor/editor/common/diff/defaultLinesDiffComputer/defaultLinesDiffComputer' {
  /** The diff editor's line diff ('advanced'), as its editor worker runs it. */
  export class DefaultLinesDiffComputer {
    computeDiff(
      original: string[],
      modified: string[],
      options: {
        ignoreTrimWhitespace: boolean
        maxComputationTimeMs: number
        computeMoves: boolean
        extendToSubwords: boolean
      },
    ): unknown
  }
}
