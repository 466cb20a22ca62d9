import { describe, expect, it } from 'vitest'
import { goQuote } from './quote'

// Go's strconv.Quote (src/strconv/quote.go: appendQuotedWith, appendEscapedRune) and
// strconv.IsPrint (src/strconv/isprint.go: L, M, N, P, S and U+0020 are printable).
describe('goQuote reproduces strconv.Quote', () => {
  it.each([
    ['plain', '"plain"'],
    ['', '""'],
    ['a"b\\c', '"a\\"b\\\\c"'],
    ['\n\t\r\x07\b\f\v', '"\\n\\t\\r\\a\\b\\f\\v"'],
    ['\x00\x1b\x7f', '"\\x00\\x1b\\x7f"'],
    // C1 control (Cc), no-break space (Zs), line separator (Zl), zero-width space (Cf)
    ['\u0085', '"\\u0085"'],
    ['\u00a0', '"\\u00a0"'],
    ['\u2028', '"\\u2028"'],
    ['\u200b', '"\\u200b"'],
    ['\u3000', '"\\u3000"'],
    ['\ufeff', '"\\ufeff"'],
    ['\ue000', '"\\ue000"'], // private use (Co)
    ['héllo ✓ 日本', '"héllo ✓ 日本"'],
    ['\u{1F600}', '"\u{1F600}"'],
    ['\u{E0001}', '"\\U000e0001"'], // language tag (Cf)
    ['\ud800', '"\uFFFD"'], // a lone surrogate reaches Go as U+FFFD
    ['\uFFFD', '"\uFFFD"'],
  ])('%j', (s, want) => {
    expect(goQuote(s)).toBe(want)
  })
})
