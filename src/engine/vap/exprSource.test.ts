/**
 * sourceOffset: a CEL expression's character in the YAML source of its scalar, for each way YAML
 * writes a string (YAML 1.1 §9, as go-yaml reads it). The API server counts positions inside the
 * expression string (compile.go, `<input>:1:20`); the expected place here is found in the source
 * by hand: the `n`th occurrence of a needle.
 */
import { describe, expect, it } from 'vitest'
import { parseYamlForTests } from '../testing/yaml'
import { sourceOffset } from './exprSource'

/** The source text after `e: ` and the expression YAML reads from it. */
function scalar(source: string): { raw: string; expr: string } {
  const [doc] = parseYamlForTests(`e: ${source}\n`) as { e: string }[]
  return { raw: source, expr: doc!.e }
}

const nth = (s: string, needle: string, n: number) => {
  let at = -1
  for (let i = 0; i < n; i++) at = s.indexOf(needle, at + 1)
  return at
}

describe('sourceOffset', () => {
  it.each<[string, string, string, number, string, number]>([
    // name, source, needle in the expression (first occurrence), [nth], needle in the source, nth
    ['plain', 'object.spec.replicas <= 5', '<=', 1, '<=', 1],
    ['double-quoted: after the quote', '"object.x in [1, 2, 3]"', 'object', 1, 'object', 1],
    ['double-quoted: after an escape', '"c.name == \\"web\\" && c.x"', '&&', 1, '&&', 1],
    ["single-quoted: after ''", "'c.name == ''web'' && c.x'", '&&', 1, '&&', 1],
    ['folded: second source line', '>-\n  a.b == 1 &&\n  c.d == 2', 'c.d', 1, 'c.d', 1],
    ['literal: third line, indented', '|\n  a &&\n    b &&\n    a', 'a', 2, 'a', 2],
    ['repeated name', 'x.y == x.z', 'x', 2, 'x', 2],
  ])('%s', (_name, source, inExpr, n, inSource, m) => {
    const { raw, expr } = scalar(source)
    expect(sourceOffset(raw, expr, nth(expr, inExpr, n))).toBe(nth(raw, inSource, m))
  })

  it.each([
    ['plain', 'object.spec.replicas <= 5', 'object.spec.replicas <= 5'.length],
    ['double-quoted', '"object.x in [1, 2, "', '"object.x in [1, 2, '.length],
    ['folded', '>-\n  a ==\n  b', '>-\n  a ==\n  b'.length],
  ])('%s: the end of the expression is just after its last character', (_n, source, want) => {
    const { raw, expr } = scalar(source)
    expect(sourceOffset(raw, expr, expr.length)).toBe(want)
  })

  it('falls back to the last matched place when the source does not hold the expression', () => {
    expect(sourceOffset('abc', 'abz', 2)).toBe(2)
    expect(sourceOffset('abc', 'zzz', 0)).toBe(0)
  })
})
