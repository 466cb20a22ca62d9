/**
 * `npm run bench`: engine speed and memory next to js-yaml's bare parse of the same text.
 * Prints a table; numbers are medians of several runs in one process (warm JIT).
 */
import { loadAll } from 'js-yaml'
import { evaluate } from '../src/engine'
import { createWorkloadMemo } from '../src/engine/stages/memo'
import { cliBenches } from './cli'
import { bigList, manifest } from './generate'
import { familyBenches, networkBenches } from './families'
import { browserBenches, inBrowser, seedKeystrokes } from './latency'
import { median } from './stats'

interface Row {
  name: string
  ms: number
  baselineMs?: number
  note?: string
}

export function time(fn: () => void, runs: number): number {
  fn() // warm-up
  const xs: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    fn()
    xs.push(performance.now() - t)
  }
  return median(xs)
}

const fresh = () => ({ pod: new Map(), policy: new Map() })

/**
 * A keystroke in a big manifest: the worker re-reads only the document that changed, and re-judges
 * only its workload (the memo the worker keeps).
 */
function oneEdit(text: string, runs: number): number {
  const caches = fresh()
  const memo = createWorkloadMemo()
  evaluate({ pod: text, policy: '' }, { caches, memo })
  const xs: number[] = []
  for (let i = 0; i < runs; i++) {
    const edited = text.replace('runAsUser: 1000', `runAsUser: ${2000 + i}`)
    const t = performance.now()
    evaluate({ pod: edited, policy: '' }, { caches, memo })
    xs.push(performance.now() - t)
  }
  return median(xs)
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/**
 * Parse and engine runs alternate, so both see the same machine load. Memory (with --expose-gc):
 * what the engine's report keeps alive, next to what js-yaml's parsed documents keep alive.
 */
function engineVsParse(name: string, text: string, runs: number): Row {
  const parse: number[] = []
  const engine: number[] = []
  // Fresh caches: every run reads the whole text, as a first paste does.
  const run = () =>
    evaluate({ pod: text, policy: '' }, { maxChars: Number.POSITIVE_INFINITY, caches: fresh() })
  loadAll(text)
  run()
  for (let i = 0; i < runs; i++) {
    let t = performance.now()
    loadAll(text)
    parse.push(performance.now() - t)
    t = performance.now()
    const report = run()
    engine.push(performance.now() - t)
    if (report.workloads.length === 0) throw new Error('no workloads found')
  }
  return {
    name: `${name} (${mb(text.length)})`,
    ms: median(engine),
    baselineMs: median(parse),
    note: memory(text, run),
  }
}

function memory(text: string, run: () => unknown): string {
  const gc = (globalThis as { gc?: () => void }).gc
  if (!gc) return ''
  // What a result keeps alive: the heap with it, minus the heap once it is dropped.
  const retained = (make: () => unknown) => {
    let kept: unknown = make()
    gc()
    const withIt = process.memoryUsage().heapUsed
    kept = null
    gc()
    void kept
    return withIt - process.memoryUsage().heapUsed
  }
  return `retained: parsed documents ${mb(retained(() => loadAll(text)))}, report ${mb(retained(run))}`
}

// `npm run bench -- --only seed`: the seed example's keystroke row alone (a quick check)
if (
  process.argv.includes('--only') &&
  process.argv[process.argv.indexOf('--only') + 1] === 'seed'
) {
  const f = await inBrowser((browser) => seedKeystrokes(browser, 40))
  console.log(
    `keystroke to panel in Chromium, seed example (median of ${f.n}): ${f.median.toFixed(1)} ms (min ${f.min.toFixed(1)} ms, max ${f.max.toFixed(1)} ms; target at most 16 ms)`,
  )
  process.exit(0)
}

const rows: Row[] = []
const thousand = manifest(1000)
rows.push(engineVsParse('1,000 workloads, 1,000 documents', thousand, 7))
rows.push(engineVsParse('5 MB paste, one List document', bigList(5 * 1024 * 1024), 5))
const restricted = time(
  () =>
    evaluate(
      { pod: thousand, policy: '', options: { level: 'restricted', version: 'latest' } },
      { caches: fresh() },
    ),
  7,
)
rows.push({ name: '1,000 workloads against restricted:latest', ms: restricted })
rows.push({
  name: 'one edit in the 1,000-document manifest (unchanged documents reused)',
  ms: oneEdit(thousand, 10),
})
const seed = manifest(1)
rows.push({
  name: 'one Deployment (keystroke in the worker)',
  ms: time(() => evaluate({ pod: seed, policy: '' }), 50),
})
rows.push(...(await familyBenches(time)))
rows.push(...cliBenches())
rows.push(...(await networkBenches(time)))
if (process.argv.includes('--no-browser')) {
  rows.push({
    name: 'browser rows (Chromium)',
    ms: Number.NaN,
    note: 'skipped (--no-browser)',
  })
} else {
  // issue 10's browser targets: benchmarks, printed, never failed on
  const b = await browserBenches()
  const range = (f: { min: number; max: number }) =>
    `min ${f.min.toFixed(1)} ms, max ${f.max.toFixed(1)} ms`
  rows.push({
    name: `edit to panel in Chromium, 1,000 Deployments (median of ${b.big.n} keys)`,
    ms: b.big.median,
    note: `${range(b.big)}; target at most 150 ms`,
  })
  rows.push({
    name: 'longest main-thread task while typing in the 1,000 Deployments',
    ms: b.longestTask,
    note: `${b.longestTask === 0 ? 'no task of 50 ms or more; ' : ''}target at most 100 ms (aim 50)`,
  })
  rows.push({
    name: `keystroke to panel in Chromium, seed example (median of ${b.seed.n})`,
    ms: b.seed.median,
    note: `${range(b.seed)}; target at most 16 ms`,
  })
  rows.push({
    name: `first verdict after navigation, local preview (median of ${b.firstVerdict.n})`,
    ms: b.firstVerdict.median,
    note: `${range(b.firstVerdict)}; target at most 1,000 ms`,
  })
}

console.log(
  '\npodplay benchmark (Node',
  process.version,
  `, ${new Date().toISOString().slice(0, 10)})\n`,
)
console.log('| case | engine | js-yaml parse | ratio | note |')
console.log('| --- | ---: | ---: | ---: | --- |')
for (const r of rows) {
  const ratio = r.baselineMs ? `${(r.ms / r.baselineMs).toFixed(2)}x` : ''
  console.log(
    `| ${r.name} | ${Number.isNaN(r.ms) ? '' : `${r.ms.toFixed(1)} ms`} | ${r.baselineMs?.toFixed(1) ?? ''}${r.baselineMs ? ' ms' : ''} | ${ratio} | ${r.note ?? ''} |`,
  )
}
console.log(`\npeak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`)
