import { describe, expect, it } from 'vitest'
import {
  forbidden,
  goCaps,
  goInt64s,
  goQuote,
  goRanges,
  invalid,
  notSupported,
  NULL,
  required,
} from './go'

describe('Go value formatting', () => {
  it.each([
    ['plain', '"plain"'],
    ['a "quote"', '"a \\"quote\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ['tab\tnew\n', '"tab\\tnew\\n"'],
    ['\x01', '"\\x01"'],
    ['héllo', '"héllo"'],
  ])('%%q of %j', (s, want) => {
    expect(goQuote(s)).toBe(want)
  })

  it('lists and ranges', () => {
    expect(goInt64s([999, 5])).toBe('[]int64{999, 5}')
    expect(goInt64s([])).toBe('[]int64{}')
    expect(goInt64s(null)).toBe('[]int64(nil)')
    expect(goCaps(['NET_RAW'])).toBe('[]core.Capability{"NET_RAW"}')
    expect(goCaps(null)).toBe('[]core.Capability(nil)')
    expect(
      goRanges([
        { min: 1, max: 1 },
        { min: 10, max: 20 },
      ]),
    ).toBe('[{1 1} {10 20}]')
  })

  it('error bodies', () => {
    expect(invalid('a.b', NULL, 'x')).toBe('a.b: Invalid value: "null": x')
    expect(invalid('a', '"v"', '')).toBe('a: Invalid value: "v"')
    expect(required('a', '')).toBe('a: Required value')
    expect(forbidden('a', 'no')).toBe('a: Forbidden: no')
    expect(notSupported('r', '"X"', ['A', 'B'])).toBe(
      'r: Unsupported value: "X": supported values: "A", "B"',
    )
  })
})
