/**
 * Where a character of a CEL expression stands in the YAML source of the scalar that holds it.
 * The API server reports a compile error at `<input>:LINE:COLUMN` of the expression string
 * (k8s.io/apiserver/pkg/admission/plugin/cel/compile.go, cel-go's `common.Location`); the editor
 * shows the YAML, where the same string may be quoted (`"..."` with escapes, `'...'` with `''`),
 * plain, folded (`>-`, line breaks become spaces) or literal (`|`, indented). The expression's
 * characters are matched in order against the source: a character that is not white space is
 * looked up from where the last one matched (skipping quotes, escapes, block indicators and
 * indentation), white space is taken only where the source has it.
 */

const SPACE = /\s/

/**
 * The offset in `raw` (the scalar's source, from its first character) of the expression's character
 * at `offset`; `offset === expr.length` gives the offset just after the expression's last character.
 * Falls back to the last matched place when the source does not hold the expression.
 */
export function sourceOffset(raw: string, expr: string, offset: number): number {
  const end = Math.max(0, Math.min(offset, expr.length))
  let j = 0
  let last = 0
  for (let i = 0; i <= end; i++) {
    if (i === end) {
      if (i === expr.length) return last
      const c = expr[i]!
      if (SPACE.test(c)) return raw[j] === c ? j : last
      const k = raw.indexOf(c, j)
      return k < 0 ? last : k
    }
    const c = expr[i]!
    if (SPACE.test(c)) {
      if (raw[j] === c) {
        j++
        last = j
      }
      continue
    }
    const k = raw.indexOf(c, j)
    if (k < 0) return last
    j = k + 1
    last = j
  }
  return last
}
