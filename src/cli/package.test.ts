/**
 * The package as a user installs it (issue 10): `npm pack`, then `npm install --omit=dev` of the
 * tarball into an empty folder with no registry (the built command line needs no dependency at
 * run time), then the installed binary checks a pod.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(__dirname, '../..')
const npm = spawnSync('npm', ['--version'], { encoding: 'utf8' })
const hasNpm = npm.status === 0

function sizeOf(dir: string): number {
  let total = 0
  for (const entry of readdirSync(dir)) {
    const p = join(dir, entry)
    const s = statSync(p)
    total += s.isDirectory() ? sizeOf(p) : s.size
  }
  return total
}

describe.skipIf(!hasNpm)('the packed package', () => {
  it('installs without dev dependencies into an empty folder and checks a pod', () => {
    const work = mkdtempSync(join(tmpdir(), 'podplay-pack-'))
    const pack = spawnSync('npm', ['pack', '--silent', '--pack-destination', work], {
      cwd: ROOT,
      encoding: 'utf8',
    })
    expect(pack.status, pack.stderr).toBe(0)
    const tgz = join(work, pack.stdout.trim().split('\n').at(-1)!)
    const app = join(work, 'app')
    mkdirSync(app)
    writeFileSync(join(app, 'package.json'), '{"name":"app","version":"1.0.0","private":true}\n')
    const install = spawnSync(
      'npm',
      ['install', '--omit=dev', '--offline', '--no-audit', '--no-fund', tgz],
      { cwd: app, encoding: 'utf8' },
    )
    expect(install.status, install.stderr).toBe(0)
    // the whole install: the command line and nothing else (the target is 15 MB)
    expect(sizeOf(join(app, 'node_modules'))).toBeLessThan(15 * 1024 * 1024)
    writeFileSync(
      join(app, 'pod.yaml'),
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostPID: true\n  containers: [{name: c, image: nginx}]\n',
    )
    const bin = join(app, 'node_modules', '.bin', 'podplay')
    const run = (level: string) =>
      spawnSync(bin, ['check', '--pod', 'pod.yaml', '--level', level], {
        cwd: app,
        encoding: 'utf8',
      })
    const baseline = run('baseline')
    expect(baseline.status).toBe(1)
    expect(baseline.stdout).toContain('violates PodSecurity "baseline:latest": host namespaces')
    expect(run('privileged').status).toBe(0)
  }, 120_000)
})

if (!hasNpm) {
  describe('the packed package', () => {
    it.skip('skipped: npm is not on the PATH', () => {})
  })
}
