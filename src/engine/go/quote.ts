/**
 * Go's `%q` of a string (strconv.Quote), the one quoting function of the engine.
 *
 * strconv.Quote keeps a rune as it is when strconv.IsPrint says it is printable: letters, marks,
 * numbers, punctuation, symbols (Unicode categories L, M, N, P, S) and the ASCII space. Everything
 * else is escaped: `\a \b \f \n \r \t \v`, `\x..` below U+0020 and for U+007F, `\u....` / `\U........`
 * for the rest. So U+00A0 (Zs), U+2028 (Zl) and U+200B (Cf) are escaped, U+00E9 is not.
 * A lone UTF-16 surrogate cannot reach Go (JSON decoding makes it U+FFFD), so it prints as U+FFFD.
 * Unicode version: the categories come from the JavaScript engine's tables, Go's from its own; they
 * differ only for characters assigned in between (unassigned code points count as not printable).
 */

const SHORT_ESCAPES = new Map<string, string>([
  ['\x07', '\\a'],
  ['\b', '\\b'],
  ['\f', '\\f'],
  ['\n', '\\n'],
  ['\r', '\\r'],
  ['\t', '\\t'],
  ['\v', '\\v'],
  ['"', '\\"'],
  ['\\', '\\\\'],
])

/** Characters strconv.Quote escapes: quotes, backslashes, controls, non-printable, non-ASCII spaces. */
const NEEDS_ESCAPE = /["\\]|[^\P{C} ]|[^\P{Z} ]/u
const NOT_PRINTABLE = /[\p{C}\p{Z}]/u

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0')
}

export function goQuote(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return `"${s}"`
  let out = '"'
  for (const ch of s) {
    const short = SHORT_ESCAPES.get(ch)
    if (short !== undefined) {
      out += short
      continue
    }
    let cp = ch.codePointAt(0) ?? 0
    if (ch === ' ' || !NOT_PRINTABLE.test(ch)) {
      out += ch
    } else if (cp < 0x20 || cp === 0x7f) {
      out += `\\x${hex(cp, 2)}`
    } else {
      if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd
      if (cp === 0xfffd) out += '\uFFFD'
      else out += cp < 0x10000 ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`
    }
  }
  return `${out}"`
}
