/**
 * `npm run bench`: engine speed and memory next to js-yaml's bare parse of the same text.
 * Prints a table; numbers are medians of several runs in one process (warm JIT).
 */
import { loadAll } from 'js-yaml'
import { evaluate } from '../src/engine'
import { bigList, manifest } from './generate'
import { familyBenches } from './families'

interface Row {
  name: string
  ms: number
  baselineMs?: number
  note?: string
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
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

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

function engineVsParse(name: string, text: string, runs: number): Row {
  const parse = time(() => loadAll(text), runs)
  const heapBefore = process.memoryUsage().heapUsed
  const engine = time(
    () => evaluate({ pod: text, policy: '' }, { maxChars: Number.POSITIVE_INFINITY }),
    runs,
  )
  const heapAfter = process.memoryUsage().heapUsed
  return {
    name: `${name} (${mb(text.length)})`,
    ms: engine,
    baselineMs: parse,
    note: `heap +${mb(Math.max(0, heapAfter - heapBefore))}`,
  }
}

const rows: Row[] = []
const thousand = manifest(1000)
rows.push(engineVsParse('1,000 workloads, 1,000 documents', thousand, 7))
rows.push(engineVsParse('5 MB paste, one List document', bigList(5 * 1024 * 1024), 5))
const restricted = time(
  () =>
    evaluate({ pod: thousand, policy: '', options: { level: 'restricted', version: 'latest' } }),
  7,
)
rows.push({ name: '1,000 workloads against restricted:latest', ms: restricted })
const seed = manifest(1)
rows.push({
  name: 'one Deployment (keystroke in the worker)',
  ms: time(() => evaluate({ pod: seed, policy: '' }), 50),
})
rows.push(...(await familyBenches(time)))

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
    `| ${r.name} | ${r.ms.toFixed(1)} ms | ${r.baselineMs?.toFixed(1) ?? ''}${r.baselineMs ? ' ms' : ''} | ${ratio} | ${r.note ?? ''} |`,
  )
}
console.log(`\npeak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`)
