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

/**
 * Reports the process's peak resident memory and CPU time (user + system, every thread) on standard
 * error as it exits; both sides get it. CPU time varies less than wall-clock time on a busy machine.
 */
const USAGE_ON_EXIT =
  "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\npodplay-bench ' + u.maxRSS + ' ' + (u.userCPUTime + u.systemCPUTime) + '\\n') })"
const USAGE = ['--import', `data:text/javascript,${encodeURIComponent(USAGE_ON_EXIT)}`]

const PARSE_ONLY = [
  '--input-type=module',
  '-e',
  "import { loadAll } from 'js-yaml'; import { readFileSync } from 'node:fs'; loadAll(readFileSync(process.argv[1], 'utf8'))",
]

interface Run {
  ms: number
  rssKb: number
  cpuMs: number
}

/** One fresh Node process: its wall-clock time, peak resident memory and CPU time. */
function runOnce(args: string[]): Run {
  const t = performance.now()
  const r = spawnSync(process.execPath, [...USAGE, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  })
  const ms = performance.now() - t
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')}: ${r.stderr}`)
  const [, rss, cpu] = /podplay-bench (\d+) (\d+)/.exec(r.stderr) ?? []
  return { ms, rssKb: Number(rss ?? Number.NaN), cpuMs: Number(cpu ?? Number.NaN) / 1000 }
}

/** The command line and the bare parse of the same file, runs alternating so both see the same load. */
function cliVsParse(name: string, file: string, runs: number): Row {
  const cli: Run[] = []
  const parse: Run[] = []
  for (let i = 0; i < runs; i++) {
    cli.push(runOnce(['bin/podplay.mjs', 'check', '--pod', file, '--format', 'json']))
    parse.push(runOnce([...PARSE_ONLY, file]))
  }
  const mb = (runs: Run[]) => `${(median(runs.map((r) => r.rssKb)) / 1024).toFixed(0)} MB`
  const cpu = (runs: Run[]) => median(runs.map((r) => r.cpuMs))
  return {
    name,
    ms: median(cli.map((r) => r.ms)),
    baselineMs: median(parse.map((r) => r.ms)),
    note: `baseline: a fresh Node parsing with js-yaml; CPU time ${cpu(cli).toFixed(0)} ms vs ${cpu(parse).toFixed(0)} ms (${(cpu(cli) / cpu(parse)).toFixed(2)}x); peak memory ${mb(cli)} vs ${mb(parse)}`,
  }
}

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
  const mb = (text.length / 1024 / 1024).toFixed(1)
  const rows: Row[] = [
    cliVsParse('whole CLI process, one Deployment, cold', small, 7),
    cliVsParse(`whole CLI process, ${mb} MB of workloads, cold`, big, 5),
  ]
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
