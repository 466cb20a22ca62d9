/** Flow collections on one line: a table of cursors, `|` marking where each stands. */
import { describe, expect, it } from 'vitest'
import { type FlowCursor, flowAt } from './flow'

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
