import { describe, expect, it } from 'vitest'
import { byteCompare, goQuote, joinQuote, pluralize, setters, sortedSet } from './format'

describe('PSA formatting helpers', () => {
  it('joinQuote quotes without escaping', () => {
    expect(joinQuote(['a', 'b"c', ''])).toBe('"a", "b"c", ""')
    expect(joinQuote([])).toBe('')
  })

  it('pluralize counts exactly one as singular', () => {
    expect(pluralize('x', 'xs', 1)).toBe('x')
    expect(pluralize('x', 'xs', 0)).toBe('xs')
    expect(pluralize('x', 'xs', 2)).toBe('xs')
  })

  it('sortedSet de-duplicates and sorts by bytes (upper case first, numbers as strings)', () => {
    expect(sortedSet(['b', 'a', 'B', 'a'])).toEqual(['B', 'a', 'b'])
    expect(sortedSet(['80', '10000', '9000'])).toEqual(['10000', '80', '9000'])
  })

  it('byteCompare orders astral characters after U+E000-U+FFFF, as UTF-8 bytes do', () => {
    expect(byteCompare('\u{1F600}', '\uFF01')).toBeGreaterThan(0)
    expect(byteCompare('a', 'ab')).toBeLessThan(0)
    expect(byteCompare('x', 'x')).toBe(0)
  })

  it('goQuote writes Go %q', () => {
    expect(goQuote('unconfined')).toBe('"unconfined"')
    expect(goQuote('')).toBe('""')
    expect(goQuote('a"b\\c')).toBe('"a\\"b\\\\c"')
    expect(goQuote('\n\t\r\x07\b\f\v')).toBe('"\\n\\t\\r\\a\\b\\f\\v"')
    expect(goQuote('\x00\x1b\x7f')).toBe('"\\x00\\x1b\\x7f"')
    expect(goQuote('\u0085\u00a0\u2028')).toBe('"\\u0085\\u00a0\\u2028"')
    expect(goQuote('héllo ✓ 日本')).toBe('"héllo ✓ 日本"')
    expect(goQuote('\u{1F600}')).toBe('"\u{1F600}"')
    expect(goQuote('\u{E0001}')).toBe('"\\U000e0001"')
  })

  it('setters lists pod, then containers', () => {
    expect(setters(true, [])).toEqual(['pod'])
    expect(setters(false, ['a'])).toEqual(['container "a"'])
    expect(setters(true, ['a', 'b'])).toEqual(['pod', 'containers "a", "b"'])
    expect(setters(false, [])).toEqual([])
  })
})
