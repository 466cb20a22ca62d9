/** Flow collections on one line and across lines: tables of cursors, `|` marking where each stands. */
import { describe, expect, it } from 'vitest'
import { type FlowCursor, flowAcross, flowAt } from './flow'

const at = (marked: string) => flowAt(marked.replace('|', ''), marked.indexOf('|'))

describe('flowAt', () => {
  const cases: { line: string; want: Partial<FlowCursor> | null }[] = [
    {
      line: '    securityContext: {runAsNonRoot: true, |}',
      want: { opener: 21, steps: [], slot: 'key', typed: '', present: ['runAsNonRoot'] },
    },
    {
      line: 'securityContext: {ru|}',
      want: { steps: [], slot: 'key', typed: 'ru', start: 18, present: [] },
    },
    {
      line: 'sc: {runAsUser: 1, |, privileged: true}',
      want: { slot: 'key', present: ['runAsUser', 'privileged'] },
    },
    { line: 'sc: {ru|nAsUser: 1}', want: { slot: 'key', typed: 'ru', present: [] } },
    {
      line: 'sc: {capabilities: {drop: [|]}}',
      want: { steps: ['capabilities', 'drop', '[]'], slot: 'value', typed: '' },
    },
    {
      line: 'drop: [NET_RAW, SYS_|]',
      want: { opener: 6, steps: ['[]'], slot: 'value', typed: 'SYS_', start: 16 },
    },
    {
      line: 'sc: {seccompProfile: {type: Run|}}',
      want: { steps: ['seccompProfile', 'type'], slot: 'value', typed: 'Run' },
    },
    {
      line: "  - {name: 'a,b', |}",
      want: { opener: 4, steps: [], slot: 'key', present: ['name'] },
    },
    { line: 'containers: [{name: a}, {|}]', want: { steps: ['[]'], slot: 'key', present: [] } },
    { line: '"quoted: {key": {|}', want: { steps: [], slot: 'key' } },
    { line: 'sc: {a: 1} |', want: null },
    { line: 'sc: {a: "x|y"}', want: null },
    { line: 'sc: {a: 1} # {|', want: null },
    { line: 'key: value {|', want: null },
    { line: 'plain: |', want: null },
    { line: 'sc: {a: {b: 1}|', want: null },
  ]
  it.each(cases)('$line', ({ line, want }) => {
    const r = at(line)
    if (want === null) expect(r).toBeNull()
    else expect(r).toMatchObject(want)
  })
})

describe('flowAcross', () => {
  /** The cursor's 0-based line and column in a text of lines, `|` marking it. */
  const across = (marked: string) => {
    const before = marked.slice(0, marked.indexOf('|')).split('\n')
    const lines = marked.replace('|', '').split('\n')
    return flowAcross(lines, before.length - 1, before.at(-1)!.length)
  }
  const cases: {
    name: string
    text: string
    /** The line of the outermost opener, and what flowAt says there. */
    line?: number
    want: Partial<FlowCursor> | null
  }[] = [
    {
      name: 'a key on the line after the opener',
      text: 'spec:\n  securityContext: {\n    runAsUser: 1000,\n    |\n  }',
      line: 1,
      want: { opener: 19, steps: [], slot: 'key', typed: '', present: ['runAsUser'] },
    },
    {
      name: 'a key typed, its start on the cursor line',
      text: 'sc: {\n  runAsUser: 1,\n  priv|\n}',
      line: 0,
      want: { slot: 'key', typed: 'priv' },
    },
    {
      name: 'nested openers on two lines: the farthest',
      text: 'sc: {\n  seccompProfile: {\n    type: |\n  }\n}',
      line: 0,
      want: { steps: ['seccompProfile', 'type'], slot: 'value' },
    },
    {
      name: 'a sequence across lines',
      text: 'drop: [\n  ALL,\n  |\n]',
      line: 0,
      want: { steps: ['[]'], slot: 'value', typed: '' },
    },
    {
      name: 'a comment on a line above ends with its line',
      text: 'sc: { # the pod\n  runAsUser: 1,  # who\n  |\n}',
      line: 0,
      want: { slot: 'key', present: ['runAsUser'] },
    },
    {
      name: 'keys on the lines below are present too',
      text: 'sc: {\n  |\n  privileged: true\n}',
      line: 0,
      want: { slot: 'key', present: ['privileged'] },
    },
    { name: 'a collection closed above', text: 'a: {x: 1,\n  y: 2}\nb: |', want: null },
    { name: 'block style below a flow line', text: 'a: [1, 2]\nb:\n  |', want: null },
    { name: 'in a comment', text: 'sc: {\n  # a |\n}', want: null },
    {
      name: 'a top-level key ends the search',
      text: 'a: {\nspec:\n  |',
      want: null,
    },
    { name: 'a plain scalar over two lines', text: 'sc: {a: 1\n  |}', want: null },
  ]
  it.each(cases)('$name', ({ text, line, want }) => {
    const r = across(text)
    if (want === null) {
      expect(r).toBeNull()
      return
    }
    expect(r?.line).toBe(line)
    expect(r?.flow).toMatchObject(want)
  })
})
