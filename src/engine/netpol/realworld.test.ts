/**
 * Every NetworkPolicy in the shared real-world manifests (../shared/realworld) reads without an
 * error problem.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { REALWORLD_ROOT as ROOT, realworldPresent, yamlFiles } from '../testing/realworld'
import { parseYamlForTests } from '../testing/yaml'
import { readPolicy } from './read'

const present = realworldPresent()
if (!present) console.warn(`real-world manifests missing: ${ROOT} (skipping)`)

interface Found {
  name: string
  object: unknown
}

/** Kubernetes NetworkPolicies only (Calico's CRD also says `kind: NetworkPolicy`, in its names). */
function policies(): Found[] {
  const files = yamlFiles(ROOT).filter((f) =>
    /kind:\s*['"]?NetworkPolicy\b/.test(readFileSync(f, 'utf8')),
  )
  return files.flatMap((file) =>
    parseYamlForTests(readFileSync(file, 'utf8'))
      .map((object, i) => ({ object, name: `${file.slice(ROOT.length)} #${i + 1}` }))
      .filter(({ object }) => {
        const o = object as { kind?: unknown; apiVersion?: unknown } | null
        return o?.kind === 'NetworkPolicy' && String(o.apiVersion).startsWith('networking.k8s.io/')
      }),
  )
}

describe.skipIf(!present)('real-world NetworkPolicies', () => {
  const found = present ? policies() : []

  it('finds them', () => {
    console.log(`real-world NetworkPolicies: ${found.length}`)
    expect(found.length).toBeGreaterThanOrEqual(10)
  })

  it.each(found.map((f) => [f.name, f.object] as const))('%s', (_name, object) => {
    const r = readPolicy(object)
    expect(r.problems.filter((x) => x.severity === 'error')).toEqual([])
    expect(r.valid).toBe(true)
  })
})
