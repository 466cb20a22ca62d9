/**
 * The command line as a user runs it: whole processes, cold (a fresh Node each run), next to a
 * fresh Node that only parses the same text with js-yaml; and the size of an install of the packed
 * tarball without dev dependencies.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { manifest } from './generate'
import { median } from './stats'

const ROOT = resolve(import.meta.dirname, '..')

interface Row {
  name: string
  ms: number
  baselineMs?: number
  note?: string
}

function processMs(args: string[], runs: number): number {
  const xs: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] })
    xs.push(performance.now() - t)
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')}: ${r.stderr}`)
  }
  return median(xs)
}

const PARSE_ONLY = [
  '--input-type=module',
  '-e',
  "import { loadAll } from 'js-yaml'; import { readFileSync } from 'node:fs'; loadAll(readFileSync(process.argv[1], 'utf8'))",
]

function sizeOf(dir: string): number {
  let total = 0
  for (const e of readdirSync(dir)) {
    const p = join(dir, e)
    const s = statSync(p)
    total += s.isDirectory() ? sizeOf(p) : s.size
  }
  return total
}

export function cliBenches(): Row[] {
  execFileSync('npm', ['run', '-s', 'build:cli'], { cwd: ROOT, stdio: 'inherit' })
  const dir = mkdtempSync(join(tmpdir(), 'podplay-bench-'))
  const text = manifest(Math.ceil((5 * 1024 * 1024) / manifest(1).length))
  const big = join(dir, 'big.yaml')
  writeFileSync(big, text)
  const small = join(dir, 'small.yaml')
  writeFileSync(small, manifest(1))
  const rows: Row[] = []
  for (const [name, file, runs] of [
    ['whole CLI process, one Deployment, cold', small, 7],
    [`whole CLI process, ${(text.length / 1024 / 1024).toFixed(1)} MB of workloads, cold`, big, 5],
  ] as const) {
    const cli = processMs(['bin/podplay.mjs', 'check', '--pod', file, '--format', 'json'], runs)
    const parse = processMs([...PARSE_ONLY, file], runs)
    rows.push({
      name,
      ms: cli,
      baselineMs: parse,
      note: 'baseline: a fresh Node parsing with js-yaml',
    })
  }
  const packDir = join(dir, 'pack')
  mkdirSync(packDir)
  const tgz = execFileSync('npm', ['pack', '--silent', '--pack-destination', packDir], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .at(-1)!
  const app = join(dir, 'app')
  mkdirSync(app)
  writeFileSync(join(app, 'package.json'), '{"name":"app","version":"1.0.0","private":true}\n')
  execFileSync(
    'npm',
    ['install', '--omit=dev', '--offline', '--no-audit', '--no-fund', join(packDir, tgz)],
    {
      cwd: app,
      stdio: 'ignore',
    },
  )
  rows.push({
    name: '`npm install --omit=dev` of the packed tarball',
    ms: Number.NaN,
    note: `${(sizeOf(join(app, 'node_modules')) / 1024).toFixed(0)} KB installed`,
  })
  return rows
}
