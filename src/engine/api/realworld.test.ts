import { readFileSync } from 'node:fs'
import { loadAll } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { decodeObject } from './decode'
import { REALWORLD_ROOT as ROOT, realworldPresent, yamlFiles } from '../testing/realworld'
import { knownKinds } from './tree'

// Third-party manifests kept as test input (../shared/realworld, see its README): published
// manifests that real clusters accept, so none may have an unknown field in a kind of the tree.
const present = realworldPresent()
if (!present) console.warn(`NOTICE: ${ROOT} is absent; the real-world decoding test is skipped.`)

/** The objects kubectl sends: documents, with any document holding `items` flattened (§4). */
function objects(text: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = []
  for (const doc of loadAll(text)) {
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) continue
    const o = doc as Record<string, unknown>
    if ('items' in o) {
      for (const item of Array.isArray(o.items) ? o.items : [])
        if (typeof item === 'object' && item !== null) out.push(item as Record<string, unknown>)
    } else out.push(o)
  }
  return out
}

/**
 * Unknown fields a real API server of podplay's baseline (1.37) rejects in these files: none.
 * (`cgroupOptions` of security-context-7.yaml, KEP-5474, is newer than the generated tree's 1.36 and
 * comes from fields.after.ts.)
 */
const REJECTED_BY_THE_PINNED_RELEASE: Record<string, string[]> = {}

const files = present ? yamlFiles(ROOT) : []
const kinds = new Set(knownKinds())

describe.skipIf(!present)(`real-world manifests decode without unknown fields (${ROOT})`, () => {
  it('the corpus is there', () => {
    expect(files.length).toBeGreaterThanOrEqual(50)
  })

  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))('%s', (name, file) => {
    const unknown: string[] = []
    for (const o of objects(readFileSync(file, 'utf8'))) {
      if (typeof o.kind !== 'string' || !kinds.has(o.kind)) continue
      for (const p of decodeObject(o.kind, o).problems)
        if (p.code === 'unknown-field') unknown.push(`${o.kind}: ${p.message}`)
    }
    expect(unknown).toEqual(REJECTED_BY_THE_PINNED_RELEASE[name] ?? [])
  })
})
