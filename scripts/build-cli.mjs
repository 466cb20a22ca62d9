#!/usr/bin/env node
/**
 * Builds the command line (vite.cli.config.ts -> dist-cli/podplay.mjs) when it is missing or
 * older than any file it was built from (dist-cli/inputs.json, written by the build), the build
 * config or the lock file; otherwise does nothing (a few milliseconds of `stat`). `--force` always
 * builds. The build goes to a folder of its own and is renamed into place, so a command line
 * running meanwhile (another test run) never sees a half-written module. Plain JavaScript, so
 * `npm run podplay` needs no TypeScript runner; the build's messages go to standard error, so
 * `npm run --silent podplay -- check --format json > report.json` stays clean.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const OUT = join(ROOT, 'dist-cli')
const BUILT = join(OUT, 'podplay.mjs')
const INPUTS = join(OUT, 'inputs.json')

/** Modification time in ms, or NaN when the file is gone. */
const mtime = (path) => {
  try {
    return statSync(path).mtimeMs
  } catch {
    return Number.NaN
  }
}

/** Why the module must be built, or null when it is up to date. */
export function staleReason() {
  const built = mtime(BUILT)
  if (Number.isNaN(built)) return 'not built yet'
  let inputs
  try {
    inputs = JSON.parse(readFileSync(INPUTS, 'utf8'))
  } catch {
    return 'no list of its inputs'
  }
  for (const file of [...inputs, 'vite.cli.config.ts', 'package-lock.json']) {
    // a file gone (renamed, deleted) or changed since the build
    if (!(mtime(join(ROOT, file)) <= built)) return `${file} changed`
  }
  return null
}

/** Builds into a fresh folder, then renames the list of inputs and the module into dist-cli. */
export function build() {
  const tmp = join(OUT, `.build-${process.pid}`)
  rmSync(tmp, { recursive: true, force: true })
  try {
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
        'build',
        '--config',
        'vite.cli.config.ts',
        '--outDir',
        tmp,
        '--emptyOutDir',
        '--logLevel',
        'warn',
      ],
      { cwd: ROOT, stdio: ['ignore', 2, 2] },
    )
    mkdirSync(OUT, { recursive: true })
    // the module last: its time stamp is what the inputs are compared with
    renameSync(join(tmp, 'inputs.json'), INPUTS)
    renameSync(join(tmp, 'podplay.mjs'), BUILT)
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--force') || staleReason() !== null) build()
}
