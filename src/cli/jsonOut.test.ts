import { describe, expect, it } from 'vitest'
import { writeJson } from './jsonOut'

const cases: [string, unknown][] = [
  ['a report-like object', { version: 1, problems: [{ a: 1 }], workloads: [{ b: [1, 2] }, {}] }],
  [
    'undefined, functions and symbols left out of objects',
    { a: undefined, b: () => 1, c: Symbol('x'), d: 2 },
  ],
  ['holes and undefined in a top-level array become null', { xs: [undefined, () => 1, 1, null] }],
  ['an empty object', {}],
  ['empty arrays', { a: [], b: [[]] }],
  ['a first key left out', { a: undefined, b: [1] }],
  ['keys that need escaping', { 'a"b': ['\u2028', '\n'], '\u0000': 1 }],
  ['integer-like keys (JavaScript orders them first)', { b: 1, 2: 'two', 1: 'one' }],
  ['a top-level array', [1, { a: 2 }]],
  ['a scalar', 'text'],
  ['null', null],
  ['an object with toJSON', { toJSON: () => ({ x: 1 }) }],
  ['an array member with toJSON', { d: [new Date(0)], e: new Date(0) }],
  ['nested objects stay whole', { a: { b: [{ c: undefined }] } }],
]

describe('writeJson', () => {
  it.each(cases)('%s: the same bytes as JSON.stringify and a newline', (_, value) => {
    for (const piece of [1, 8, 1 << 20]) {
      const out: string[] = []
      writeJson(value, (s) => out.push(s), piece)
      expect(out.join('')).toBe(`${JSON.stringify(value)}\n`)
    }
  })

  it('writes a large value in several pieces', () => {
    const value = { items: Array.from({ length: 1000 }, (_, i) => ({ i, text: 'x'.repeat(100) })) }
    const out: string[] = []
    writeJson(value, (s) => out.push(s), 10_000)
    expect(out.length).toBeGreaterThan(5)
    expect(Math.max(...out.map((s) => s.length))).toBeLessThan(10_000 + 200)
    expect(out.join('')).toBe(`${JSON.stringify(value)}\n`)
  })
})
