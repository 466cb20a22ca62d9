/**
 * The shared conformance corpus (../shared/conformance/netpol): every cell of every probe table of
 * every scenario and state, with the nearest model.yaml.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { evaluateNetwork, evaluateNetworkNaive, parseProbe } from './index'
import { modelFromYaml } from './testing/fromYaml'

const ROOT = fileURLToPath(new URL('../../../../shared/conformance/netpol/', import.meta.url))

interface Expected {
  probes: string[]
  allowed: Record<string, Record<string, Record<string, boolean>>>
}

function cases(dir: string): string[] {
  const out: string[] = []
  if (existsSync(join(dir, 'expected.json'))) out.push(dir)
  for (const e of readdirSync(dir).sort())
    if (statSync(join(dir, e)).isDirectory()) out.push(...cases(join(dir, e)))
  return out
}

function nearestModel(dir: string): string {
  let d = dir
  while (!existsSync(join(d, 'model.yaml'))) {
    if (d.length <= ROOT.length) throw new Error(`no model.yaml above ${dir}`)
    d = join(d, '..')
  }
  return join(d, 'model.yaml')
}

const present = existsSync(join(ROOT, 'model.yaml'))
if (!present) console.warn(`netpol conformance corpus missing: ${ROOT} (skipping)`)

describe.skipIf(!present)('NetworkPolicy conformance corpus', () => {
  const all = present ? cases(ROOT) : []
  let cells = 0
  let passed = 0

  it('finds the 45 cases', () => {
    expect(all.length).toBe(45)
  })

  for (const dir of all) {
    const name = dir.slice(ROOT.length)
    it(name, () => {
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected
      const model = modelFromYaml(
        readFileSync(nearestModel(dir), 'utf8'),
        readFileSync(join(dir, 'policies.yaml'), 'utf8'),
      )
      const r = evaluateNetwork({ ...model, probes: expected.probes })
      expect(r.problems.filter((p) => p.severity === 'error')).toEqual([])
      const got = new Map(
        r.report.connections.map((c) => [`${c.port}/${c.protocol} ${c.from} ${c.to}`, c.allowed]),
      )
      const wrong: string[] = []
      for (const probe of expected.probes) {
        const p = parseProbe(probe)
        expect(p).not.toBeNull()
        for (const [from, row] of Object.entries(expected.allowed[probe] ?? {}))
          for (const [to, want] of Object.entries(row)) {
            cells++
            const key = `${p?.port}/${p?.protocol} ${from} ${to}`
            if (got.get(key) === want) passed++
            else wrong.push(`${key}: expected ${want}, got ${got.get(key)}`)
          }
      }
      expect(wrong).toEqual([])
      expect(evaluateNetworkNaive({ ...model, probes: expected.probes }).report).toEqual(r.report)
    })
  }

  it('passes every cell', () => {
    console.log(`netpol conformance: ${passed}/${cells} cells`)
    expect(cells).toBe(4032)
    expect(passed).toBe(cells)
  })
})
