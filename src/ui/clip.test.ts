import { describe, expect, it } from 'vitest'
import { clip, isClipped, joinSome, MAX_LABEL } from './clip'

describe('clip', () => {
  it.each([
    ['short', 10, 'short'],
    ['exactly-10', 10, 'exactly-10'],
    ['abcdefghijkl', 10, 'abcdefghij… (2 more characters)'],
    // a surrogate pair at the cut is kept whole (left out entirely)
    [`${'a'.repeat(9)}😀b`, 10, `${'a'.repeat(9)}… (3 more characters)`],
  ])('clip(%j, %d)', (text, max, expected) => {
    expect(clip(text, max)).toBe(expected)
    expect(isClipped(text, max)).toBe(expected !== text)
  })

  it('bounds a 3 MB name to a few hundred characters', () => {
    const out = clip('a'.repeat(3_000_000))
    expect(out.length).toBeLessThan(400)
    expect(out).toContain('2,999,700 more characters')
  })
})

describe('joinSome', () => {
  it.each([
    [['a', 'b'], 5, 'a, b'],
    [['a', 'b', 'c'], 2, 'a, b … and 1 more'],
    [Array.from({ length: 10_000 }, (_, i) => `v${i}`), 3, 'v0, v1, v2 … and 9,997 more'],
  ])('joinSome(%j, %d)', (items, max, expected) => {
    expect(joinSome(items, max)).toBe(expected)
  })

  it('shortens each long item', () => {
    expect(joinSome(['x'.repeat(10_000)]).length).toBeLessThan(MAX_LABEL + 40)
  })
})
