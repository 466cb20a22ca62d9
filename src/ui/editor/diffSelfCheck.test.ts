import { errorHandler } from 'monaco-editor/base/common/errors'
import { describe, expect, it } from 'vitest'
import { isDiffSelfCheck } from './diffSelfCheck'

/** An error as it reaches the worker's handler, with the stack of a given frame. */
const thrown = (message: string, frame: string | null) => {
  const e = new Error(message)
  e.stack = frame === null ? undefined : `Error: ${message}\n    at ${frame}\n    at u (x.js:5:1)`
  return e
}

describe('isDiffSelfCheck', () => {
  const cases: [string, unknown, boolean][] = [
    [
      'the check of a diff (minified worker)',
      thrown('Assertion Failed', 'Ya.computeDiff (http://h/assets/w.js:25:1538)'),
      true,
    ],
    [
      'the check of a diff (sources)',
      thrown('Assertion Failed', 'DefaultLinesDiffComputer.computeDiff (diff.js:106:25)'),
      true,
    ],
    ['an assertion elsewhere', thrown('Assertion Failed', 'Ya.tokenize (w.js:1:1)'), false],
    ['another message in a diff', thrown('boom', 'Ya.computeDiff (w.js:1:1)'), false],
    [
      'an assertion with its own words',
      thrown('Assertion Failed: unexpected state', 'Ya.computeDiff (w.js:1:1)'),
      false,
    ],
    [
      'a name that only contains it',
      thrown('Assertion Failed', 'recomputeDiffs (w.js:1:1)'),
      false,
    ],
    ['no stack', thrown('Assertion Failed', null), false],
    ['not an error', 'Assertion Failed computeDiff', false],
    ['nothing', undefined, false],
  ]
  it.each(cases)('%s', (_, error, expected) => {
    expect(isDiffSelfCheck(error)).toBe(expected)
  })
})

describe("Monaco's diff computer", () => {
  it('reports its failed self-check on Enter at the end of an indented last line, and the rule knows it', async () => {
    const { DefaultLinesDiffComputer } = await import(
      'monaco-editor/editor/common/diff/defaultLinesDiffComputer/defaultLinesDiffComputer'
    )
    const reported: unknown[] = []
    const previous = errorHandler.unexpectedErrorHandler
    errorHandler.unexpectedErrorHandler = (e) => reported.push(e)
    try {
      const options = {
        ignoreTrimWhitespace: false,
        maxComputationTimeMs: 0,
        computeMoves: false,
        extendToSubwords: false,
      }
      const diff = new DefaultLinesDiffComputer()
      diff.computeDiff(['a:', '  b: [ALL]', ''], ['a:', '  b: [ALL]', '', ''], options)
      expect(reported).toEqual([])
      diff.computeDiff(['a:', '  b: [ALL]', ''], ['a:', '  b: [ALL]', '  ', ''], options)
    } finally {
      errorHandler.unexpectedErrorHandler = previous
    }
    expect(reported).toHaveLength(1)
    expect(isDiffSelfCheck(reported[0])).toBe(true)
  })
})
