/** Benchmarks of the policy families. */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { evaluatePss } from '../src/engine/pss'
import type { Level } from '../src/engine/report'
import { applyPodDefaults } from '../src/engine/workloads/defaults'
import { readYaml } from '../src/engine/yaml'

export interface FamilyRow {
  name: string
  ms: number
  baselineMs?: number
  note?: string
}

type Timer = (fn: () => void, runs: number) => number

const PSA = new URL('../../shared/conformance/psa/', import.meta.url).pathname

function psaCorpus(): { level: Level; version: string; text: string }[] {
  const out: { level: Level; version: string; text: string }[] = []
  for (const level of ['baseline', 'restricted'] as const) {
    for (const version of readdirSync(join(PSA, level))) {
      for (const expect of ['pass', 'fail']) {
        const dir = join(PSA, level, version, expect)
        if (!existsSync(dir)) continue
        for (const f of readdirSync(dir))
          out.push({ level, version, text: readFileSync(join(dir, f), 'utf8') })
      }
    }
  }
  return out
}

export async function familyBenches(time: Timer): Promise<FamilyRow[]> {
  const rows: FamilyRow[] = []
  if (existsSync(PSA)) {
    const corpus = psaCorpus()
    const pods = corpus.map((c) => ({
      ...c,
      pod: applyPodDefaults(readYaml(c.text).documents[0]?.value).pod,
    }))
    const evalOnly = time(() => {
      for (const c of pods) evaluatePss(c.pod, c.level, c.version)
    }, 5)
    const readAndEval = time(() => {
      for (const c of corpus)
        evaluatePss(applyPodDefaults(readYaml(c.text).documents[0]?.value).pod, c.level, c.version)
    }, 5)
    rows.push({
      name: `Pod Security Standards corpus, ${corpus.length} fixtures (evaluate)`,
      ms: evalOnly,
    })
    rows.push({
      name: `Pod Security Standards corpus, ${corpus.length} fixtures (read YAML + evaluate)`,
      ms: readAndEval,
    })
  } else {
    rows.push({
      name: 'Pod Security Standards corpus',
      ms: Number.NaN,
      note: `corpus absent at ${PSA}`,
    })
  }
  return rows
}

export async function networkBenches(time: Timer): Promise<FamilyRow[]> {
  const { randomWorld } = await import('../src/engine/netpol/testing/random')
  const { evaluateNetwork, evaluateNetworkNaive } = await import('../src/engine/netpol')
  const input = randomWorld(1, { namespaces: 10, pods: 500, policies: 200 }, ['80/TCP', '53/UDP'])
  const cells = evaluateNetwork(input).report.connections.length
  const indexed = time(() => evaluateNetwork(input), 5)
  const naive = time(() => evaluateNetworkNaive(input), 1)
  return [
    {
      name: `NetworkPolicy: 500 pods, 200 policies, 2 probes (${cells.toLocaleString('en-US')} connections), indexed vs naive all-pairs`,
      ms: indexed,
      baselineMs: naive,
      note: 'baseline column: the naive evaluation',
    },
  ]
}
