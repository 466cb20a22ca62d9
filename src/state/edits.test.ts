import { describe, expect, it } from 'vitest'
import { applyOffsetEdits, minimalEdit } from './edits'

describe('minimalEdit', () => {
  it.each([
    ['a change in the middle', 'spec:\n  hostPID: true\n', 'spec:\n  hostPID: false\n'],
    ['an insertion', 'a: 1\nc: 3\n', 'a: 1\nb: 2\nc: 3\n'],
    ['a removal', 'a: 1\nb: 2\nc: 3\n', 'a: 1\nc: 3\n'],
    ['repeated text', 'aaaa', 'aaaaaa'],
    ['nothing changed', 'same', 'same'],
    ['everything changed', 'abc', 'xyz'],
    ['from empty', '', 'kind: Pod\n'],
    ['a surrogate pair kept whole', 'x: 😀\n', 'x: 😃\n'],
    ['CRLF line ends kept whole', 'a: 1\r\nb: 2\r\n', 'a: 1\r\nx: 0\r\nb: 2\r\n'],
  ])('%s', (_name, before, after) => {
    const e = minimalEdit(before, after)
    expect(applyOffsetEdits(before, [e])).toBe(after)
    // the smallest: what is kept on both sides is the longest common start and end it may keep
    expect(e.end - e.start).toBeLessThanOrEqual(before.length)
    if (before === after) expect(e.text).toBe('')
  })

  it('touches only the changed line', () => {
    const before = 'spec:\n  hostPID: true # on purpose\n  containers: []\n'
    const after = 'spec:\n  hostPID: false # on purpose\n  containers: []\n'
    const e = minimalEdit(before, after)
    expect(before.slice(e.start, e.end)).toBe('tru')
    expect(e.text).toBe('fals')
  })
})

describe('applyOffsetEdits', () => {
  it('applies edits in offset order whatever order they come in', () => {
    expect(
      applyOffsetEdits('0123456789', [
        { start: 8, end: 9, text: 'X' },
        { start: 1, end: 3, text: '' },
      ]),
    ).toBe('034567X9')
  })
})
