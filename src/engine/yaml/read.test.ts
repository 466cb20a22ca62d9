import { describe, expect, it } from 'vitest'
import { locate, readYaml } from './index'
import { MAX_ALIAS_EXPANSION, readChunk } from './read'

describe('readChunk: values', () => {
  const cases: { name: string; text: string; docs: unknown[] }[] = [
    { name: 'a map', text: 'a: 1\nb: x\n', docs: [{ a: 1, b: 'x' }] },
    { name: 'a root scalar', text: 'hello\n', docs: ['hello'] },
    { name: 'a root sequence', text: '- 1\n- two\n', docs: [[1, 'two']] },
    { name: 'an empty text', text: '', docs: [] },
    { name: 'comments only', text: '# nothing here\n# still nothing\n', docs: [] },
    {
      name: 'YAML 1.1 values and keys (keys resolve like values, then become strings)',
      text: 'yes: on\n0644: 0644\nk: ~\n',
      docs: [{ true: true, '420': 420, k: null }],
    },
    {
      name: 'quoted and block scalars stay strings',
      text: 'a: "yes"\nb: \'0644\'\nc: |\n  on\nd: >-\n  off\n',
      docs: [{ a: 'yes', b: '0644', c: 'on\n', d: 'off' }],
    },
    {
      name: 'explicit tags',
      text: 'a: !!str yes\nb: !!int "0644"\nc: !!bool "on"\n',
      docs: [{ a: 'yes', b: 420, c: true }],
    },
    {
      name: 'implicit nulls',
      text: 'a:\nb: ~\nc:\n  -\n',
      docs: [{ a: null, b: null, c: [null] }],
    },
    {
      name: 'flow collections',
      text: 'metadata: {name: web, labels: {app: web}}\nports: [80, 443]\n',
      docs: [{ metadata: { name: 'web', labels: { app: 'web' } }, ports: [80, 443] }],
    },
    {
      name: 'anchors and aliases',
      text: 'a: &x {k: 1}\nb: *x\n',
      docs: [{ a: { k: 1 }, b: { k: 1 } }],
    },
    {
      name: 'a merge key',
      text: 'base: &b {x: 1, z: 2}\nm:\n  <<: *b\n  z: 3\n',
      docs: [{ base: { x: 1, z: 2 }, m: { x: 1, z: 3 } }],
    },
    {
      name: 'a merge of several maps: the first one wins',
      text: 'a: &a {x: a}\nb: &b {x: b, z: b}\nm: {<<: [*a, *b]}\n',
      docs: [{ a: { x: 'a' }, b: { x: 'b', z: 'b' }, m: { x: 'a', z: 'b' } }],
    },
    {
      name: '__proto__ is an ordinary key',
      text: '__proto__: {polluted: true}\n',
      docs: [JSON.parse('{"__proto__": {"polluted": true}}')],
    },
  ]
  it.each(cases)('$name', ({ text, docs }) => {
    const r = readChunk(text)
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([])
    expect(r.docs.map((d) => d.value)).toStrictEqual(docs)
  })

  it('does not pollute Object.prototype', () => {
    readChunk('__proto__: {polluted: true}\n')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

/** The text's problems as `line:column severity code` (1-based). */
function problems(text: string): string[] {
  return readYaml(text).problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.code}`)
}

const values = (text: string) => readYaml(text).documents.map((d) => d.value)

// go-yaml v2 decode.go `mapping` and `setMapIndex` (non-strict): each key is written in document
// order, so the last of duplicate keys wins, without an error (cluster-path.md §3.4). podplay
// warns at the earlier key and names the later line.
describe('duplicate keys: the last wins, a warning at the earlier key', () => {
  const cases: { name: string; text: string; doc: unknown; at: string; later: number }[] = [
    { name: 'at the root', text: 'a: 1\nb: 2\na: 3\n', doc: { a: 3, b: 2 }, at: '1:1', later: 3 },
    {
      name: 'in a container',
      text: 'spec:\n  containers:\n  - name: a\n    image: x\n    name: b\n',
      doc: { spec: { containers: [{ name: 'b', image: 'x' }] } },
      at: '3:5',
      later: 5,
    },
    {
      name: 'in a flow mapping',
      text: 'm: {x: 1, z: 2, x: 3}\n',
      doc: { m: { x: 3, z: 2 } },
      at: '1:5',
      later: 1,
    },
    {
      name: 'quoted and plain forms of one key',
      text: 'a: 1\n"a": 2\n',
      doc: { a: 2 },
      at: '1:1',
      later: 2,
    },
    {
      name: 'keys that resolve alike (yes and on are both true)',
      text: 'yes: 1\non: 2\n',
      doc: { true: 2 },
      at: '1:1',
      later: 2,
    },
    {
      name: '01 and 1 are both the int 1',
      text: '01: a\n1: b\n',
      doc: { '1': 'b' },
      at: '1:1',
      later: 2,
    },
    {
      name: 'runAsNonRoot given twice: the later false is what kubectl sends',
      text: 'securityContext:\n  runAsNonRoot: true\n  runAsNonRoot: false\n',
      doc: { securityContext: { runAsNonRoot: false } },
      at: '2:3',
      later: 3,
    },
  ]
  it.each(cases)('$name', ({ text, doc, at, later }) => {
    const r = readYaml(text)
    expect(r.documents.map((d) => d.value)).toStrictEqual([doc])
    const dup = r.problems.filter((p) => p.code === 'duplicate-key')
    expect(dup).toHaveLength(1)
    expect(`${dup[0]!.line}:${dup[0]!.column}`).toBe(at)
    expect(dup[0]!.severity).toBe('warning')
    expect(dup[0]!.message).toContain(`set again on line ${later}`)
    expect(dup[0]!.message).toContain('kubectl keeps the later value')
  })

  it('positions point at the later key', () => {
    const r = readYaml('a: 1\nb: 2\na: 3\n')
    expect(r.lines.at(locate(r.documents[0]!, ['a']).start).line).toBe(3)
  })

  it('keys of two Go types that become one JSON key: kubectl picks one at random, said so', () => {
    const r = readYaml('1: int\n"1": string\n')
    expect(r.documents.map((d) => d.value)).toStrictEqual([{ '1': 'string' }])
    const dup = r.problems.filter((p) => p.code === 'duplicate-key')
    expect(dup.map((p) => [p.line, p.severity])).toEqual([[1, 'warning']])
    expect(dup[0]!.message).toContain("Go's map order")
  })

  it('a duplicate no longer drops the document, and the others are read too', () => {
    expect(values('a: 1\na: 2\n---\nkind: Pod\n')).toStrictEqual([{ a: 2 }, { kind: 'Pod' }])
    expect(problems('a: 1\na: 2\n---\nkind: Pod\n')).toEqual(['1:1 warning duplicate-key'])
  })

  it('the later line is the editor line, also in a later document', () => {
    const r = readYaml('x: 1\n---\n\nk: a\nk: b\n')
    expect(r.problems.map((p) => [p.line, p.message.includes('line 5')])).toEqual([[4, true]])
  })
})

// go-yaml v2 decode.go `mapping`/`merge` (cluster-path.md §3.3): `<<` writes every merged key
// where it stands, overwriting; `<<: [*a, *b]` is applied from the last element to the first.
describe('merge keys in document order', () => {
  const base = 'a: &a {x: a1, y2: a2}\nb: &b {x: b1, z: b3}\n'
  const cases: { name: string; text: string; m: unknown; warnings: string[] }[] = [
    {
      name: 'explicit key after the merge wins',
      text: `${base}m:\n  <<: *a\n  x: own\n`,
      m: { x: 'own', y2: 'a2' },
      warnings: [],
    },
    {
      name: 'explicit key before the merge loses (a warning says so)',
      text: `${base}m:\n  x: own\n  <<: *a\n`,
      m: { x: 'a1', y2: 'a2' },
      warnings: ['4:3 warning duplicate-key'],
    },
    {
      name: 'two merges: the later wins',
      text: `${base}m:\n  <<: *a\n  <<: *b\n`,
      m: { x: 'b1', y2: 'a2', z: 'b3' },
      warnings: [],
    },
    {
      name: 'two merges, other order',
      text: `${base}m:\n  <<: *b\n  <<: *a\n`,
      m: { x: 'a1', y2: 'a2', z: 'b3' },
      warnings: [],
    },
    {
      name: 'a sequence: the first listed wins',
      text: `${base}m:\n  <<: [*a, *b]\n`,
      m: { x: 'a1', y2: 'a2', z: 'b3' },
      warnings: [],
    },
    {
      name: 'a sequence, other order',
      text: `${base}m:\n  <<: [*b, *a]\n`,
      m: { x: 'b1', y2: 'a2', z: 'b3' },
      warnings: [],
    },
    {
      name: 'a sequence still overwrites an explicit key before it',
      text: `${base}m:\n  x: own\n  <<: [*a, *b]\n`,
      m: { x: 'a1', y2: 'a2', z: 'b3' },
      warnings: ['4:3 warning duplicate-key'],
    },
    { name: 'an inline map', text: 'm:\n  <<: {x: 1}\n  z: 2\n', m: { x: 1, z: 2 }, warnings: [] },
    {
      name: 'a sequence of inline maps and aliases',
      text: `${base}m:\n  <<: [{x: in}, *b]\n`,
      m: { x: 'in', z: 'b3' },
      warnings: [],
    },
    {
      name: 'an empty sequence merges nothing',
      text: 'm:\n  <<: []\n  z: 2\n',
      m: { z: 2 },
      warnings: [],
    },
    {
      name: 'a quoted "<<" is an ordinary key',
      text: `${base}m:\n  "<<": *a\n`,
      m: { '<<': { x: 'a1', y2: 'a2' } },
      warnings: [],
    },
    {
      name: '!!merge marks a merge key',
      text: `${base}m:\n  !!merge <<: *a\n`,
      m: { x: 'a1', y2: 'a2' },
      warnings: [],
    },
    {
      name: 'a merged map with its own merge',
      text: 'a: &a {x: 1}\nb: &b {<<: *a, z: 2}\nm: {<<: *b}\n',
      m: { x: 1, z: 2 },
      warnings: [],
    },
  ]
  it.each(cases)('$name', ({ text, m, warnings }) => {
    const r = readYaml(text)
    expect((r.documents[0]!.value as { m: unknown }).m).toStrictEqual(m)
    expect(r.problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.code}`)).toEqual(warnings)
  })

  it.each([
    ['a scalar', 'a: &a 1\nm:\n  <<: *a\n'],
    ['null', 'm:\n  <<: ~\n'],
    ['an empty value', 'm:\n  <<:\n'],
    ['an alias of a sequence of maps', 's: &s [{x: 1}]\nm:\n  <<: *s\n'],
    ['a sequence with a scalar', 'a: &a {x: 1}\nm:\n  <<: [*a, 2]\n'],
    ['a sequence with an alias of a sequence', 's: &s [{x: 1}]\nm:\n  <<: [*s]\n'],
  ])('merging %s is an error at the `<<`', (_name, text) => {
    const r = readYaml(text)
    expect(r.problems.map((p) => [p.severity, p.code, p.message])).toEqual([
      ['error', 'yaml-syntax', 'yaml: map merge requires map or sequence of maps as the value'],
    ])
    expect(text.split('\n')[r.problems[0]!.line - 1]).toContain('<<')
    expect(r.documents).toEqual([])
  })

  it('positions: a merged key points at the `<<`, an explicit key at itself, whichever supplied the final value', () => {
    const text = `${base}m:\n  x: own\n  <<: *a\n  y2: own\n`
    const r = readYaml(text)
    const line = (path: (string | number)[]) => r.lines.at(locate(r.documents[0]!, path).start).line
    expect([line(['m', 'x']), line(['m', 'y2'])]).toEqual([5, 6])
  })
})

// go-yaml v2 resolve.go (keys are decoded like values) and sigs.k8s.io/yaml yaml.go
// convertToJSONableObject (keys to strings: strconv.Itoa, FormatFloat(f, 'g', -1, 32),
// "true"/"false"; other types: `unsupported map key of type`); decode.go `mapping` rejects a
// sequence or mapping key with `invalid map key` (cluster-path.md §3.2).
describe('keys as kubectl reads them', () => {
  it.each([
    ['yes: x', 'true'],
    ['Yes: x', 'true'],
    ['on: x', 'true'],
    ['y: x', 'true'],
    ['n: x', 'false'],
    ['no: x', 'false'],
    ['off: x', 'false'],
    ['true: x', 'true'],
    ['01: x', '1'],
    ['0x10: x', '16'],
    ['0o17: x', '15'],
    ['0b11: x', '3'],
    ['1_000: x', '1000'],
    ['-010: x', '-8'],
    ['9007199254740993: x', '9007199254740993'],
    ['1.50: x', '1.5'],
    ['1e2: x', '100'],
    ['1.0: x', '1'],
    ['1e6: x', '1e+06'],
    ['123456.7: x', '123456.7'],
    ['0.1: x', '0.1'],
    ['0.00001: x', '1e-05'],
    ['1.23456789012345: x', '1.2345679'],
    ['.inf: x', '.inf'],
    ['-.inf: x', '-.inf'],
    ['.nan: x', '.nan'],
    ['2001-12-14: x', '2001-12-14'],
    ['12:30:00: x', '12:30:00'],
    ['"yes": x', 'yes'],
    ["'01': x", '01'],
    ['!!str 01: x', '01'],
    ['1e400: x', '1e400'],
    ['<<x: x', '<<x'],
  ])('%s -> key %j', (text, key) => {
    const r = readYaml(`${text}\n`)
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(Object.keys(r.documents[0]!.value as object)).toEqual([key])
  })

  it('a key that changes warns at the key (yaml11)', () => {
    expect(problems('on: x\nkind: Pod\n')).toEqual(['1:1 warning yaml11'])
    expect(readYaml('on: x\n').problems[0]!.message).toContain('"true"')
  })

  it.each([
    ['~: x', 'unsupported map key of type: %!s(<nil>), key: <nil>, value: "x"'],
    ['null: 1', 'unsupported map key of type: %!s(<nil>), key: <nil>, value: 1'],
    [
      ': [a, ~]',
      'unsupported map key of type: %!s(<nil>), key: <nil>, value: []interface {}{"a", interface {}(nil)}',
    ],
    [
      '18446744073709551615: x',
      'unsupported map key of type: uint64, key: 0xffffffffffffffff, value: "x"',
    ],
    ['[1, 2]: x', 'yaml: invalid map key: []interface {}{1, 2}'],
    ['? {a: 1}\n: x', 'yaml: invalid map key: map[interface {}]interface {}{"a":1}'],
    ['s: &s [1]\n*s : x', 'yaml: invalid map key: []interface {}{1}'],
  ])('%j: an error with go-yaml / sigs.k8s.io/yaml words', (text, words) => {
    const r = readYaml(`kind: Pod\n${text}\n`)
    const line = text.startsWith('s:') ? 3 : 2
    expect(r.problems.map((p) => [p.line, p.severity, p.code])).toEqual([
      [line, 'error', 'invalid-key'],
    ])
    expect(r.problems[0]!.message).toContain(words)
    expect(r.documents).toEqual([])
  })
})

// Anything in the input is data: no key becomes an object's prototype, anywhere (house rule;
// the reported exploit put `__proto__` inside a merged map).
describe('prototype safety', () => {
  it('a __proto__ key inside a merge does not make runAsNonRoot or drop: [ALL] appear', () => {
    const text = [
      'x: &x',
      '  __proto__:',
      '    runAsNonRoot: true',
      '    capabilities: {drop: [ALL]}',
      'securityContext:',
      '  <<: *x',
      'other:',
      '  <<: [*x]',
      'alias: *x',
    ].join('\n')
    const doc = readYaml(text).documents[0]!.value as Record<string, Record<string, unknown>>
    for (const key of ['x', 'securityContext', 'other', 'alias']) {
      const sc = doc[key]!
      expect(Object.getPrototypeOf(sc)).toBe(Object.prototype)
      expect(sc.runAsNonRoot).toBeUndefined()
      expect(sc.capabilities).toBeUndefined()
      expect(Object.keys(sc)).toEqual(['__proto__'])
      expect(Object.getOwnPropertyDescriptor(sc, '__proto__')?.value).toStrictEqual(
        JSON.parse('{"runAsNonRoot": true, "capabilities": {"drop": ["ALL"]}}'),
      )
    }
    expect(({} as Record<string, unknown>).runAsNonRoot).toBeUndefined()
  })

  it.each([
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    'valueOf',
    '__defineGetter__',
  ])('%s as a key, explicit, merged, duplicated and aliased, is an own data property', (key) => {
    const text = `a: &a {${key}: 1}\nb: {<<: *a}\nc: {${key}: 1, ${key}: 2}\nd: *a\ne: {${key}: {${key}: 3}}\n`
    const doc = readYaml(text).documents[0]!.value as Record<string, object>
    for (const [name, want] of [
      ['a', 1],
      ['b', 1],
      ['c', 2],
      ['d', 1],
    ] as const) {
      const o = doc[name]!
      expect(Object.getPrototypeOf(o)).toBe(Object.prototype)
      expect(Object.getOwnPropertyDescriptor(o, key)?.value).toBe(want)
    }
    const e = Object.getOwnPropertyDescriptor(doc.e!, key)?.value as object
    expect(Object.getPrototypeOf(e)).toBe(Object.prototype)
    expect(Object.getOwnPropertyDescriptor(e, key)?.value).toBe(3)
  })

  it('random key names never become a prototype and always read back as written (property test)', () => {
    let seed = 12345
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    const names = Object.getOwnPropertyNames(Object.prototype).concat([
      '__proto__',
      'prototype',
      'constructor',
    ])
    // (no `y`, `n`: as keys they are YAML 1.1 booleans)
    const alphabet = 'abcxz_$proto'
    for (let round = 0; round < 300; round++) {
      const keys = Array.from({ length: 1 + rand(6) }, () =>
        rand(2) === 0
          ? names[rand(names.length)]!
          : Array.from({ length: 1 + rand(8) }, () => alphabet[rand(alphabet.length)]).join(''),
      )
      const inner = keys.map((k, i) => `${k}: {v${i}: ${i}}`).join(', ')
      const text = `aa: &a {${inner}}\nmm: {<<: *a}\nnn: {<<: [*a]}\n`
      const r = readYaml(text)
      expect(r.problems.filter((p) => p.severity === 'error')).toEqual([])
      const doc = r.documents[0]!.value as Record<string, object>
      for (const name of ['aa', 'mm', 'nn']) {
        const o = doc[name]!
        expect(Object.getPrototypeOf(o)).toBe(Object.prototype)
        const want = new Map<string, number>()
        for (const [i, k] of keys.entries()) want.set(k, i)
        expect(Object.keys(o).sort()).toEqual([...want.keys()].sort())
        for (const [k, i] of want) {
          const v = Object.getOwnPropertyDescriptor(o, k)?.value as object
          expect(Object.getPrototypeOf(v)).toBe(Object.prototype)
          expect(Object.keys(v)).toEqual([`v${i}`])
        }
      }
    }
    expect(({} as Record<string, unknown>).v0).toBeUndefined()
  })
})

// sigs.k8s.io/yaml yaml.go: the converted value goes through encoding/json Marshal, which rejects
// infinities and NaN (`json: unsupported value: +Inf`, cluster-path.md §3.1).
describe('values JSON cannot carry', () => {
  it.each([
    ['.inf', '+Inf'],
    ['-.Inf', '-Inf'],
    ['+.INF', '+Inf'],
    ['.nan', 'NaN'],
    ['!!float .inf', '+Inf'],
  ])('%s: an error at the value', (value, shown) => {
    const r = readYaml(`kind: Pod\nspec:\n  x: ${value}\n`)
    expect(r.problems.map((p) => [p.line, p.column, p.severity, p.code])).toEqual([
      [3, value.startsWith('!!') ? 14 : 6, 'error', 'unsupported-value'],
    ])
    expect(r.problems[0]!.message).toContain(`json: unsupported value: ${shown}`)
    expect(r.documents).toEqual([])
  })

  it('in a list item', () => {
    expect(problems('a:\n- 1\n- .inf\n')).toEqual(['3:3 error unsupported-value'])
  })

  it('an infinity replaced by a later duplicate does not reach JSON', () => {
    expect(values('a: .inf\na: 1\n')).toStrictEqual([{ a: 1 }])
  })

  it('1e400 is out of range for a float: a string, no error', () => {
    expect(values('a: 1e400\n')).toStrictEqual([{ a: '1e400' }])
  })
})

// go-yaml v2 decode.go `d.alias` / parser anchors (cluster-path.md §3.4, §2).
describe('anchors', () => {
  it.each([
    ['a: *nope\n', "yaml: unknown anchor 'nope' referenced", 1],
    ['a: &x {b: *x}\n', "yaml: anchor 'x' value contains itself", 1],
    ['a: &x 1\n---\nb: *x\n', "yaml: unknown anchor 'x' referenced", 3],
  ])('%j: %s', (text, message, line) => {
    const r = readYaml(text)
    const errs = r.problems.filter((p) => p.severity === 'error')
    expect(errs.map((p) => [p.line, p.message])).toEqual([[line, message]])
  })

  it('a redefined anchor: aliases take the latest definition', () => {
    expect(values('a: &x 1\nb: *x\nc: &x 2\nd: *x\n')).toStrictEqual([{ a: 1, b: 1, c: 2, d: 2 }])
  })
})

describe('broken YAML', () => {
  const cases: { name: string; text: string; line: number; docs: unknown[] }[] = [
    {
      name: 'a mapping value on a scalar',
      text: 'a: 1\n---\nkind: Pod\nmetadata: name: x\n---\nb: 2\n',
      line: 4,
      docs: [{ a: 1 }, { b: 2 }],
    },
    {
      name: 'bad indentation',
      text: 'kind: Pod\nspec:\n  hostPID: true\n hostIPC: true\n---\nb: 2\n',
      line: 4,
      docs: [{ b: 2 }],
    },
    {
      name: 'an unknown alias',
      text: 'x: 1\n---\na: *nope\n',
      line: 3,
      docs: [{ x: 1 }],
    },
    {
      name: 'a tab as indentation',
      text: 'a: 1\n---\nspec:\n\thostPID: true\n',
      line: 4,
      docs: [{ a: 1 }],
    },
    {
      name: 'a wrongly tagged value',
      text: 'a: !!int abc\n---\nb: 1\n',
      line: 1,
      docs: [{ b: 1 }],
    },
  ]
  it.each(cases)('$name: one error at line $line, other documents read', ({ text, line, docs }) => {
    const r = readYaml(text)
    const errs = r.problems.filter((p) => p.severity === 'error')
    expect(errs).toHaveLength(1)
    expect(errs[0]!.line).toBe(line)
    expect(errs[0]!.column).toBeGreaterThanOrEqual(1)
    expect(errs[0]!.message).not.toBe('')
    expect(r.documents.map((d) => d.value)).toStrictEqual(docs)
  })
})

describe('alias bombs', () => {
  // The 342-byte "billion laughs" of toolchain.md §7: 9 levels x 9 aliases, 9^9 leaves.
  const wide = [
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    ...'bcdefghi'
      .split('')
      .map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
  ].join('\n')
  // The narrow one: 30 levels x 2 aliases (60 aliases, 2^30 leaves).
  const narrow = [
    'l0: &l0 [x, x]',
    ...Array.from({ length: 29 }, (_, i) => `l${i + 1}: &l${i + 1} [*l${i}, *l${i}]`),
  ].join('\n')

  it.each([
    ['9 levels x 9 aliases', wide],
    ['30 levels x 2 aliases', narrow],
  ])('%s: an alias-bomb error, no document', (_name, bomb) => {
    const r = readYaml(`${bomb}\n`)
    const bombs = r.problems.filter((p) => p.code === 'alias-bomb')
    expect(bombs).toHaveLength(1)
    expect(bombs[0]!.severity).toBe('error')
    expect(r.documents).toEqual([])
  })

  it('the bomb does not stop the next document', () => {
    const r = readYaml(`${narrow}\n---\nkind: Pod\n`)
    expect(r.documents.map((d) => d.value)).toStrictEqual([{ kind: 'Pod' }])
    expect(r.problems.map((p) => p.code)).toEqual(['alias-bomb'])
  })

  it('ordinary aliases well under the limit are fine', () => {
    const text = [
      'l0: &l0 [x, x]',
      ...Array.from({ length: 10 }, (_, i) => `l${i + 1}: &l${i + 1} [*l${i}, *l${i}]`),
    ].join('\n')
    expect(readYaml(text).problems).toEqual([])
    expect(MAX_ALIAS_EXPANSION).toBe(1_000_000)
  })
})

describe('hostile input never throws', () => {
  const deepBlock = Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')
  const deepFlow = `${'['.repeat(200)}${']'.repeat(200)}`
  const veryDeepFlow = `a: ${'{b: '.repeat(5000)}1${'}'.repeat(5000)}`
  let seed = 7
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed
  }
  const bytes = String.fromCharCode(...Array.from({ length: 4096 }, () => random() % 256))
  const cases: [string, string][] = [
    ['200 levels of block mappings', deepBlock],
    ['200 levels of flow sequences', deepFlow],
    ['5000 levels of flow mappings', veryDeepFlow],
    ['a NUL byte', 'kind: Pod\u0000\n'],
    ['random bytes', bytes],
    ['control characters', 'a: \u0001\u0002\u0003\n'],
    ['lone surrogate', 'a: \ud800\n'],
  ]
  it.each(cases)('%s: an error problem with a line', (_name, text) => {
    const r = readYaml(text)
    const errs = r.problems.filter((p) => p.severity === 'error')
    expect(errs.length).toBeGreaterThanOrEqual(1)
    for (const p of errs) {
      expect(p.line).toBeGreaterThanOrEqual(1)
      expect(p.column).toBeGreaterThanOrEqual(1)
    }
  })
})
