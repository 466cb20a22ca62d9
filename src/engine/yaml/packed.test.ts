import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseEvents } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { splitChunks } from './index'
import { packEvents, unpackEvents } from './packed'
import { type ChunkResult, readChunk, tokenizeChunk } from './read'

/** Texts that use every kind of event and field: styles, chomping, indents, anchors, tags. */
const CASES: [string, string][] = [
  ['plain, quoted and empty scalars', "a: 1\nb: \"two\\tx\"\nc: 'it''s'\nd:\ne: ~\n"],
  [
    'block scalars with chomping and indent',
    'a: |\n  keep\n\nb: >-\n  folded\n  text\nc: |+2\n    x\n\nd: |-\n  y\n',
  ],
  [
    'anchors, aliases and merges',
    'base: &b {x: 1, y: 2}\nuse:\n  <<: *b\n  y: 3\nlist: &l [1, *b]\nagain: *l\n',
  ],
  ['tags', 'a: !!str 1\nb: !!int "2"\nc: !!binary aGk=\nd: !custom x\ne: !!map {k: v}\n'],
  ['flow collections and nesting', 'a: [1, [2, {b: c}], {d: [e]}]\n? complex\n: value\n'],
  ['a sequence at the top', '- a\n- - b\n  - c\n- {d: e}\n'],
  ['a scalar document', 'just text\n'],
  ['explicit document markers', '--- \na: 1\n...\n'],
  ['an empty text', ''],
  ['only a comment', '# nothing\n'],
  ['duplicate keys and YAML 1.1 values', 'a: yes\na: no\nb: 0777\nc: 1_000\non: off\n'],
  ['a syntax error', 'a: [1, 2\nb: c\n'],
  ['a directive', '%YAML 1.1\n---\na: 1\n'],
  ['text after the document end', 'a: 1\n...\nb: 2\n'],
  ['unicode', 'é: "\\u00e9 \\U0001F600"\nk: 日本\n'],
]

/** What a chunk's reading gives, positions included, in a form toEqual compares. */
function snapshot(r: ChunkResult) {
  const positions: unknown[] = []
  const seen = new Set<object>()
  const walk = (v: unknown) => {
    if (typeof v !== 'object' || v === null || seen.has(v)) return
    seen.add(v)
    positions.push(r.positions.get(v))
    for (const child of Object.values(v)) walk(child)
  }
  for (const d of r.docs) walk(d.value)
  return { docs: r.docs, issues: r.issues, positions }
}

function expectSameReading(text: string) {
  for (const chunk of splitChunks(text)) {
    const packed = tokenizeChunk(chunk.text)
    const whole = readChunk(chunk.text)
    if (packed === null) {
      // only chunks js-yaml does not read are left to the main thread: they carry an error
      expect(whole.issues.some((i) => i.severity === 'error')).toBe(true)
      continue
    }
    expect(snapshot(readChunk(chunk.text, packed))).toEqual(snapshot(whole))
  }
}

describe('packed YAML events', () => {
  it.each(CASES)('%s: unpack(pack(events)) are the events', (_, text) => {
    let events: ReturnType<typeof parseEvents>
    try {
      events = parseEvents(text, {})
    } catch {
      return
    }
    const packed = packEvents(events)
    if (packed === null) {
      expect(events.some((e) => e.type === 1 && e.directives.length > 0)).toBe(true)
      return
    }
    expect(unpackEvents(packed)).toEqual(events)
  })

  it.each(CASES)('%s: a chunk read from packed events reads as one read whole', (_, text) => {
    expectSameReading(text)
  })

  it('an unknown event type is refused', () => {
    expect(() => unpackEvents(Int32Array.of(9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))).toThrow(/unknown/)
  })
})

const REALWORLD = fileURLToPath(new URL('../../../../shared/realworld', import.meta.url))

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    if (statSync(p).isDirectory()) return yamlFiles(p)
    return /\.ya?ml$/.test(f) ? [p] : []
  })
}

describe.skipIf(!existsSync(REALWORLD))(
  'packed events on the real-world manifests (../shared/realworld; skipped when absent)',
  () => {
    const files = existsSync(REALWORLD) ? yamlFiles(REALWORLD) : []

    it('finds the manifests', () => {
      expect(files.length).toBeGreaterThanOrEqual(60)
    })

    it.each(files)('%s reads the same from packed events', (file) => {
      expectSameReading(readFileSync(file, 'utf8'))
    })
  },
)
