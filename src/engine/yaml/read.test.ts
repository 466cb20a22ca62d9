import { describe, expect, it } from 'vitest'
import { readYaml } from './index'
import { MAX_ALIAS_EXPANSION, readChunk } from './read'

/** The text's errors as `line:column code` (1-based), for compact exact assertions. */
function errors(text: string): string[] {
  return readYaml(text)
    .problems.filter((p) => p.severity === 'error')
    .map((p) => `${p.line}:${p.column} ${p.code}`)
}

describe('readChunk: values', () => {
  const cases: { name: string; text: string; docs: unknown[] }[] = [
    { name: 'a map', text: 'a: 1\nb: x\n', docs: [{ a: 1, b: 'x' }] },
    { name: 'a root scalar', text: 'hello\n', docs: ['hello'] },
    { name: 'a root sequence', text: '- 1\n- two\n', docs: [[1, 'two']] },
    { name: 'an empty text', text: '', docs: [] },
    { name: 'comments only', text: '# nothing here\n# still nothing\n', docs: [] },
    {
      name: 'YAML 1.1 values, not keys',
      text: 'yes: on\n0644: 0644\nnull: ~\n',
      docs: [{ yes: true, '0644': 420, null: null }],
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
      text: 'base: &b {x: 1, y: 2}\nm:\n  <<: *b\n  y: 3\n',
      docs: [{ base: { x: 1, y: 2 }, m: { x: 1, y: 3 } }],
    },
    {
      name: 'a merge key before and after explicit keys: explicit keys win',
      text: 'b: &b {x: 1, y: 2}\nm:\n  y: 3\n  <<: *b\n',
      docs: [{ b: { x: 1, y: 2 }, m: { x: 1, y: 3 } }],
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

describe('duplicate keys', () => {
  const cases: { name: string; text: string; at: string; key: string }[] = [
    { name: 'at the root', text: 'a: 1\nb: 2\na: 3\n', at: '3:1', key: 'a' },
    {
      name: 'in a container',
      text: 'spec:\n  containers:\n  - name: a\n    image: x\n    name: b\n',
      at: '5:5',
      key: 'name',
    },
    { name: 'in a flow mapping', text: 'm: {x: 1, y: 2, x: 3}\n', at: '1:17', key: 'x' },
    { name: 'quoted and plain forms of one key', text: 'a: 1\n"a": 2\n', at: '2:1', key: 'a' },
  ]
  it.each(cases)('$name: an error at the duplicate', ({ text, at, key }) => {
    const r = readYaml(text)
    const dup = r.problems.filter((p) => p.code === 'duplicate-key')
    expect(dup).toHaveLength(1)
    expect(`${dup[0]!.line}:${dup[0]!.column}`).toBe(at)
    expect(dup[0]!.severity).toBe('error')
    expect(dup[0]!.message).toBe(`key "${key}" already set in map`)
  })

  it.each([
    [': a\n: b\n', '1:1'],
    ['x:\n  : a\n  : b\n', '2:3'],
  ])('two empty keys in %j: an error with a real position', (text, at) => {
    expect(errors(text)).toEqual([`${at} duplicate-key`])
  })

  it('a key set by a merge may be set again explicitly', () => {
    expect(errors('b: &b {x: 1}\nm:\n  <<: *b\n  x: 2\n')).toEqual([])
  })

  it('a duplicate in one document leaves the others readable', () => {
    const r = readYaml('a: 1\na: 2\n---\nkind: Pod\n')
    expect(r.documents.map((d) => d.value)).toStrictEqual([{ kind: 'Pod' }])
    expect(errors('a: 1\na: 2\n---\nkind: Pod\n')).toEqual(['2:1 duplicate-key'])
  })
})

describe('merge key errors', () => {
  it('merging a scalar is an error', () => {
    const r = readYaml('a: &a 1\nm:\n  <<: *a\n')
    expect(r.problems.map((p) => [p.severity, p.code])).toEqual([['error', 'yaml-syntax']])
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
