import { readFileSync } from 'node:fs'
import { loadAll } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { isObj } from '../obj'
import { REALWORLD_ROOT as ROOT, realworldPresent, yamlFiles } from '../testing/realworld'
import { applyPodDefaults } from '../workloads/defaults'
import { isWorkloadKind } from '../workloads/kinds'
import { validateObject } from './index'

// Third-party manifests that were applied to real clusters (../shared/realworld, see its README):
// every Pod and workload must pass API validation.
/** Workloads as plain js-yaml reads them, Lists flattened; Pods get the API server's defaults. */
function workloads(text: string): { kind: string; object: unknown }[] {
  const out: { kind: string; object: unknown }[] = []
  const visit = (o: unknown) => {
    if (!isObj(o)) return
    if (o.kind === 'List' && Array.isArray(o.items)) o.items.forEach(visit)
    else if (typeof o.kind === 'string' && isWorkloadKind(o.kind)) {
      out.push({ kind: o.kind, object: o.kind === 'Pod' ? applyPodDefaults(o).pod : o })
    }
  }
  for (const doc of loadAll(text)) visit(doc)
  return out
}

const present = realworldPresent()
const files = present ? yamlFiles(ROOT) : []

describe.skipIf(!present)(`real-world manifests pass API validation (${ROOT})`, () => {
  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))('%s', (_name, file) => {
    const found = workloads(readFileSync(file, 'utf8')).flatMap(({ kind, object }) =>
      validateObject({ kind, object }).errors.map((e) => `${kind}: ${e.message}`),
    )
    expect(found).toEqual([])
  })
})

if (!present) {
  describe('real-world manifests pass API validation', () => {
    it.skip(`skipped: the corpus is absent; looked for it at ${ROOT}`, () => {})
  })
}
