import { describe, expect, it } from 'vitest'
import type { Path } from '../report'
import { DEFAULT_MAX_CHARS, locate, readYaml, splitChunks, type YamlReadResult } from './index'
import type { ChunkResult } from './read'

/** `line:column` (1-based) of a path's key in document `doc`, and whether the path exists. */
function at(r: YamlReadResult, doc: number, path: Path): string {
  const found = locate(r.documents[doc]!, path)
  const { line, column } = r.lines.at(found.start)
  return `${line}:${column}${found.exact ? '' : ' (nearest)'}`
}

describe('documents', () => {
  const cases: { name: string; text: string; docs: unknown[]; starts: number[] }[] = [
    {
      name: 'three documents',
      text: 'a: 1\n---\nb: 2\n---\nc: 3\n',
      docs: [{ a: 1 }, { b: 2 }, { c: 3 }],
      starts: [1, 3, 5],
    },
    {
      name: 'empty and comments-only documents are skipped',
      text: '---\n---\n# only a comment\n---\n\n---\nkind: Pod\n---\n# trailing\n',
      docs: [{ kind: 'Pod' }],
      starts: [7],
    },
    {
      name: 'a leading comment block',
      text: '# Copyright\n# License\n\napiVersion: v1\nkind: Pod\n',
      docs: [{ apiVersion: 'v1', kind: 'Pod' }],
      starts: [4],
    },
    {
      name: 'document end markers followed by a comment only',
      text: 'a: 1\n...\n# done\n---\nb: 2\n... # end\n',
      docs: [{ a: 1 }, { b: 2 }],
      starts: [1, 5],
    },
    {
      name: 'a separator followed by a comment',
      text: 'a: 1\n--- # next\nb: 2\n---\t\r\nc: 3\n',
      docs: [{ a: 1 }, { b: 2 }, { c: 3 }],
      starts: [1, 3, 5],
    },
    {
      name: 'a BOM after a separator is skipped',
      text: 'a: 1\n---\n\ufeffb: 2\n',
      docs: [{ a: 1 }, { b: 2 }],
      starts: [1, 3],
    },
    {
      name: 'a document that is null is skipped',
      text: '~\n---\nnull\n---\na: 1\n',
      docs: [{ a: 1 }],
      starts: [5],
    },
    {
      name: '--- inside a block scalar is indented, so not a marker',
      text: 'data: |\n  ---\n  x\nb: 1\n',
      docs: [{ data: '---\nx\n', b: 1 }],
      starts: [1],
    },
  ]
  it.each(cases)('$name', ({ text, docs, starts }) => {
    const r = readYaml(text)
    expect(r.problems).toEqual([])
    expect(r.documents.map((d) => d.value)).toStrictEqual(docs)
    expect(r.documents.map((d) => d.index)).toEqual(docs.map((_, i) => i))
    expect(r.documents.map((d) => r.lines.at(d.start).line)).toEqual(starts)
  })

  it.each([
    ['a marker after an empty first line', '\n---\n', []],
    ['markers after empty lines', '\n\n---\na: 1\n---\n\n---\n', [{ a: 1 }]],
    ['a marker as the whole text', '---', []],
    ['--- after U+2028 inside a quoted scalar', 'a: "x\u2028--- y"\n', [{ a: 'x\u2028--- y' }]],
  ])('%s', (_name, text, docs) => {
    const r = readYaml(text as string)
    expect(r.problems).toEqual([])
    expect(r.documents.map((d) => d.value)).toStrictEqual(docs)
  })

  it('splitChunks: the chunks and the separator lines make up the text', () => {
    const text = 'a: 1\n---\nb: 2\n--- \nc: 3\n---\n'
    const chunks = splitChunks(text)
    expect(chunks.map((c) => c.text)).toEqual(['a: 1\n', 'b: 2\n', 'c: 3\n', ''])
    expect(chunks.map((c) => c.start)).toEqual([0, 9, 19, 28])
  })
})

// kubectl's YAMLReader (apimachinery pkg/util/yaml/decoder.go) splits at every line that starts
// with `---`; the rest of that line must be blank or a comment. go-yaml (v2 yaml.go Unmarshal)
// decodes only the first document of a chunk, so `...` drops the rest; a `%YAML` line before `---`
// is a chunk of its own that go-yaml rejects (cluster-path.md §2).
describe('documents as kubectl splits them', () => {
  const cases: { name: string; text: string; docs: unknown[]; problems: string[]; has?: string }[] =
    [
      {
        name: 'content on the separator line',
        text: 'x: 0\n---\na: 1\n--- {b: 2}\nc: 3\n',
        docs: [{ x: 0 }, { c: 3 }],
        problems: ['4:1 error document-separator'],
        has: 'invalid Yaml document separator: {b: 2}',
      },
      {
        name: '---x',
        text: 'a: |\n  t\n---x: 1\n',
        docs: [],
        problems: ['3:1 error document-separator'],
        has: 'invalid Yaml document separator: x: 1',
      },
      {
        name: '---- is a separator followed by -',
        text: 'a: 1\n----\nb: 2\n',
        docs: [{ b: 2 }],
        problems: ['2:1 error document-separator'],
        has: 'invalid Yaml document separator: -',
      },
      {
        name: '--- |: a block scalar on the separator line',
        text: '--- |\n  text\n',
        docs: ['text'],
        problems: ['1:1 error document-separator'],
        has: 'invalid Yaml document separator: |',
      },
      {
        name: '--- !!map',
        text: 'a: 1\n--- !!map\nb: 2\n',
        docs: [{ b: 2 }],
        problems: ['2:1 error document-separator'],
        has: 'invalid Yaml document separator: !!map',
      },
      {
        name: 'text after `...` is ignored (a warning at the `...`)',
        text: 'a: 1\n...\nb: 2\n---\nc: 3\n',
        docs: [{ a: 1 }, { c: 3 }],
        problems: ['2:1 warning ignored-text'],
      },
      {
        name: 'a broken document after `...` is not read at all',
        text: 'kind: Pod\n...\nb: [unclosed\n',
        docs: [{ kind: 'Pod' }],
        problems: ['2:1 warning ignored-text'],
      },
      {
        name: '`...` before any content: the chunk is empty for go-yaml',
        text: '# c\n...\nkind: Pod\n',
        docs: [],
        problems: ['2:1 warning ignored-text'],
      },
      {
        name: '...x is no end marker',
        text: 'a: b\n...x: 1\n',
        docs: [{ a: 'b', '...x': 1 }],
        problems: [],
      },
      {
        name: 'a %YAML directive before --- is a failing document of its own',
        text: '%YAML 1.1\n---\na: 1\n',
        docs: [{ a: 1 }],
        problems: ['1:1 error yaml-syntax'],
        has: 'yaml: line 1: did not find expected <document start>',
      },
      {
        name: 'a %TAG directive after a comment',
        text: '# c\n%TAG ! tag:example.com,2000:\n---\na: 1\n',
        docs: [{ a: 1 }],
        problems: ['2:1 error yaml-syntax'],
        has: 'yaml: line 2: did not find expected <document start>',
      },
      {
        name: '%YAML 1.2',
        text: '%YAML 1.2\n---\na: 1\n',
        docs: [{ a: 1 }],
        problems: ['1:1 error yaml-syntax'],
        has: 'yaml: found incompatible YAML document',
      },
      {
        name: 'anchors do not cross documents',
        text: 'a: &x 1\n---\nb: *x\n',
        docs: [{ a: 1 }],
        problems: ['3:4 error yaml-syntax'],
        has: "yaml: unknown anchor 'x' referenced",
      },
      {
        name: 'an indented --- is not a separator',
        text: 'a: |\n  x\n  ---\n',
        docs: [{ a: 'x\n---\n' }],
        problems: [],
      },
    ]
  it.each(cases)('$name', ({ text, docs, problems, has }) => {
    const r = readYaml(text)
    expect(r.problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.code}`)).toEqual(problems)
    expect(r.documents.map((d) => d.value)).toStrictEqual(docs)
    if (has) expect(r.problems[0]!.message).toContain(has)
  })

  it('positions stay exact after a skipped BOM and dropped separator lines', () => {
    const r = readYaml('a: 1\n--- # c\n\ufeffkind: Pod\nspec:\n  hostPID: true\n')
    expect(at(r, 1, ['spec', 'hostPID'])).toBe('5:3')
    expect(at(r, 1, ['kind'])).toBe('3:2')
  })
})

describe('YAML 1.1 warnings', () => {
  it('warns at the value, only for 1.1-only forms', () => {
    const text = [
      'kind: Pod',
      'spec:',
      '  hostPID: yes',
      '  hostIPC: true',
      '  volumes:',
      '  - name: v',
      '    secret: {defaultMode: 0644}',
      '  containers:',
      '  - name: c',
      '    securityContext: {privileged: On, runAsUser: 1000}',
    ].join('\n')
    const r = readYaml(text)
    expect(r.problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.code}`)).toEqual([
      '3:12 warning yaml11',
      '7:27 warning yaml11',
      '10:35 warning yaml11',
    ])
    const spec = (r.documents[0]!.value as { spec: Record<string, unknown> }).spec
    expect(spec.hostPID).toBe(true)
    expect(spec.volumes).toStrictEqual([{ name: 'v', secret: { defaultMode: 420 } }])
  })
})

describe('text forms', () => {
  it('a BOM is not part of the first line', () => {
    const r = readYaml('\ufeffkind: Pod\nspec: {hostPID: true}\n')
    expect(r.problems).toEqual([])
    expect(r.documents.map((d) => d.value)).toStrictEqual([
      { kind: 'Pod', spec: { hostPID: true } },
    ])
    expect(at(r, 0, ['kind'])).toBe('1:1')
    expect(at(r, 0, ['spec', 'hostPID'])).toBe('2:8')
  })

  it('a BOM before a document marker', () => {
    const r = readYaml('\ufeff---\na: 1\n---\nb: 2\n')
    expect(r.problems).toEqual([])
    expect(r.documents.map((d) => d.value)).toStrictEqual([{ a: 1 }, { b: 2 }])
  })

  it('CRLF line endings: values and positions', () => {
    const text =
      'a: 1\r\n---\r\nkind: Pod\r\nspec:\r\n  hostPID: yes\r\n  hostIPC: no\r\n---\r\nb:\r\n  c: "x"\r\n  c: 2\r\n---\r\nd:\r\n  e: |\r\n    line\r\n'
    const r = readYaml(text)
    expect(r.documents.map((d) => d.value)).toStrictEqual([
      { a: 1 },
      { kind: 'Pod', spec: { hostPID: true, hostIPC: false } },
      { b: { c: 2 } },
      { d: { e: 'line\n' } },
    ])
    expect(r.problems.map((p) => `${p.line}:${p.column} ${p.code}`)).toEqual([
      '5:12 yaml11',
      '6:12 yaml11',
      '9:3 duplicate-key',
    ])
    expect(r.problems[2]!.message).toContain('line 10')
    expect(at(r, 1, ['spec', 'hostIPC'])).toBe('6:3')
    expect(at(r, 3, ['d', 'e'])).toBe('13:3')
  })

  it(`a text over the limit (${DEFAULT_MAX_CHARS} characters) is refused at once`, () => {
    const line = 'x: 123456789012\n' // 16 characters
    const text = line.repeat((10 * 1024 * 1024) / 16)
    const r = readYaml(text)
    expect(r.documents).toEqual([])
    expect(r.problems).toHaveLength(1)
    const p = r.problems[0]!
    expect([p.severity, p.code, p.line, p.column]).toEqual([
      'error',
      'too-large',
      DEFAULT_MAX_CHARS / 16 + 1,
      1,
    ])
    expect(p.message).toContain('10.0 MB')
  })

  it('maxChars sets the limit', () => {
    expect(readYaml('a: 1\nb: 2\n', { maxChars: 6 }).problems.map((p) => [p.code, p.line])).toEqual(
      [['too-large', 2]],
    )
    expect(readYaml('a: 1\n', { maxChars: 5 }).problems).toEqual([])
  })
})

describe('locate', () => {
  const text = [
    'apiVersion: v1', // 1
    'kind: Pod', // 2
    'metadata: {name: web, labels: {app: web}}', // 3
    'x-defaults: &sc', // 4
    '  runAsUser: 0', // 5
    'spec:', // 6
    '  containers:', // 7
    '  - name: a', // 8
    '    image: nginx', // 9
    '    securityContext: *sc', // 10
    '  - name: b', // 11
    '    securityContext:', // 12
    '      <<: *sc', // 13
    '      privileged: true', // 14
    '    args:', // 15
    '    - one', // 16
    '    - "two"', // 17
    '  volumes: [{name: v, hostPath: {path: /}}]', // 18
    '  "quoted": 1', // 19
  ].join('\n')
  const r = readYaml(text)
  const cases: { path: Path; at: string }[] = [
    { path: [], at: '1:1' },
    { path: ['kind'], at: '2:1' },
    { path: ['metadata', 'name'], at: '3:12' },
    { path: ['metadata', 'labels', 'app'], at: '3:32' },
    { path: ['spec', 'containers'], at: '7:3' },
    { path: ['spec', 'containers', 0], at: '8:5' },
    { path: ['spec', 'containers', 1, 'name'], at: '11:5' },
    { path: ['spec', 'containers', 1, 'securityContext', 'privileged'], at: '14:7' },
    { path: ['spec', 'containers', 1, 'args', 0], at: '16:7' },
    { path: ['spec', 'containers', 1, 'args', 1], at: '17:7' },
    { path: ['spec', 'volumes', 0, 'hostPath', 'path'], at: '18:34' },
    { path: ['spec', 'quoted'], at: '19:3' },
    // an aliased node: the key where it is written (in the anchored map)
    { path: ['spec', 'containers', 0, 'securityContext'], at: '10:5' },
    { path: ['spec', 'containers', 0, 'securityContext', 'runAsUser'], at: '5:3' },
    // a merged key: the merge key
    { path: ['spec', 'containers', 1, 'securityContext', 'runAsUser'], at: '13:7' },
    // missing fields: the nearest existing key
    { path: ['spec', 'hostPID'], at: '6:1 (nearest)' },
    {
      path: ['spec', 'containers', 0, 'securityContext', 'capabilities', 'add'],
      at: '10:5 (nearest)',
    },
    { path: ['spec', 'containers', 5, 'name'], at: '7:3 (nearest)' },
    { path: ['spec', 'containers', 'name'], at: '7:3 (nearest)' },
    { path: ['kind', 'x'], at: '2:1 (nearest)' },
    { path: ['status'], at: '1:1 (nearest)' },
  ]
  it.each(cases)('$path -> $at', ({ path, at: expected }) => {
    expect(at(r, 0, path)).toBe(expected)
  })

  it('marks the whole key', () => {
    const found = locate(r.documents[0]!, [
      'spec',
      'containers',
      1,
      'securityContext',
      'privileged',
    ])
    expect(text.slice(found.start, found.end)).toBe('privileged')
    const item = locate(r.documents[0]!, ['spec', 'containers', 1])
    expect(text.slice(item.start, item.end)).toBe('name')
    const quoted = locate(r.documents[0]!, ['spec', 'quoted'])
    expect(text.slice(quoted.start, quoted.end)).toBe('"quoted"')
  })

  it('positions in a later document are absolute', () => {
    const r2 = readYaml(`a: 1\n---\n${text}`)
    expect(at(r2, 1, ['spec', 'containers', 1, 'securityContext', 'privileged'])).toBe('16:7')
    expect(at(r2, 1, [])).toBe('3:1')
  })
})

describe('reuse between calls', () => {
  const doc1 = 'kind: Pod\nspec:\n  hostPID: yes\n'
  const doc2 =
    'kind: Pod\nmetadata: {name: two}\nspec:\n  hostIPC: on\n  containers:\n  - name: c\n'

  it('the same text gives identical results and reuses the values', () => {
    const cache = new Map<string, ChunkResult>()
    const text = `${doc1}---\n${doc2}`
    const first = readYaml(text, { cache })
    const second = readYaml(text, { cache })
    expect(second.problems).toEqual(first.problems)
    expect(second.documents.map((d) => [d.index, d.start, d.base])).toEqual(
      first.documents.map((d) => [d.index, d.start, d.base]),
    )
    expect(second.documents[0]!.value).toBe(first.documents[0]!.value)
    expect(second.documents[1]!.value).toBe(first.documents[1]!.value)
    expect(second).toEqual(readYaml(text))
  })

  it('a document that moves down keeps a correct position', () => {
    const cache = new Map<string, ChunkResult>()
    const before = readYaml(`${doc1}---\n${doc2}`, { cache })
    const grown = `${doc1}  hostNetwork: true\n  hostUsers: false\n---\n${doc2}`
    const after = readYaml(grown, { cache })
    expect(after.documents[1]!.value).toBe(before.documents[1]!.value)
    expect(after).toEqual(readYaml(grown))
    expect(at(before, 1, ['spec', 'containers', 0, 'name'])).toBe('10:5')
    expect(at(after, 1, ['spec', 'containers', 0, 'name'])).toBe('12:5')
    expect(before.problems.map((p) => `${p.line}:${p.column}`)).toEqual(['3:12', '8:12'])
    expect(after.problems.map((p) => `${p.line}:${p.column}`)).toEqual(['3:12', '10:12'])
  })

  it('the cache keeps only the chunks of the last text', () => {
    const cache = new Map<string, ChunkResult>()
    readYaml(`${doc1}---\n${doc2}`, { cache })
    expect(cache.size).toBe(2)
    readYaml(doc2, { cache })
    expect(cache.size).toBe(1)
  })

  it('two identical documents each keep their own position', () => {
    const r = readYaml(`${doc2}---\n${doc2}`, { cache: new Map() })
    expect(at(r, 0, ['spec', 'hostIPC'])).toBe('4:3')
    expect(at(r, 1, ['spec', 'hostIPC'])).toBe('11:3')
    expect(r.problems.map((p) => p.line)).toEqual([4, 11])
  })
})

describe('locate with keys JavaScript reorders', () => {
  // Integer-like keys come first in a JavaScript object; positions must follow the text.
  const text = `a: 1
b: 2
"80": x
c: 3
base: &b {p: 1, "7": 2}
m:
  z: 0
  <<: *b
  q: 9
`
  const read = readYaml(text)
  const doc = read.documents[0]!
  it.each([
    [['a'], 'a', 1],
    [['80'], '"80"', 3],
    [['c'], 'c', 4],
    [['base', '7'], '"7"', 5],
    [['m', 'z'], 'z', 7],
    [['m', 'p'], '<<', 8],
    [['m', '7'], '<<', 8],
    [['m', 'q'], 'q', 9],
  ] as const)('%j is marked at %s on line %i', (path, marked, line) => {
    const at = locate(doc, path)
    expect(text.slice(at.start, at.end)).toBe(marked)
    expect(read.lines.at(at.start).line).toBe(line)
    expect(at.exact).toBe(true)
  })
})
