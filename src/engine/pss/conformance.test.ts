/**
 * The shared PSA acceptance corpus (../shared/conformance/psa, spec "Acceptance corpus"): all stored
 * fixtures with API defaults applied (pass allowed, fail denied with the expected substring, and the
 * derived full message), every checkCase, levelCase and derivedLevelCase.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Level } from '../report'
import { parseYamlForTests } from '../testing/yaml'
import { applyPodDefaults } from '../workloads/defaults'
import { evaluatePss } from './evaluate'
import { CHECKS } from './checks'
import {
  CORPUS_AVAILABLE,
  CORPUS_DIR,
  CORPUS_MISSING,
  loadCases,
  versionOf,
} from './testing/corpus'

interface Fixture {
  file: string
  level: 'baseline' | 'restricted'
  version: string
  expect: 'pass' | 'fail'
  check: string
  expectErrorSubstring: string
  derived?: { failedChecks: string[]; forbiddenReasons: string[]; enforceMessage?: string }
}

const EXPECTED_FIXTURES = 4537

function listYaml(dir: string, prefix = ''): string[] {
  const out: string[] = []
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix === '' ? e.name : `${prefix}/${e.name}`
    if (e.isDirectory()) out.push(...listYaml(join(dir, e.name), rel))
    else if (e.name.endsWith('.yaml')) out.push(rel)
  }
  return out
}

const suite = CORPUS_AVAILABLE ? describe : describe.skip

suite(CORPUS_AVAILABLE ? 'PSA conformance corpus' : CORPUS_MISSING, () => {
  const index = CORPUS_AVAILABLE
    ? (JSON.parse(readFileSync(resolve(CORPUS_DIR, 'fixtures-index.json'), 'utf8')) as {
        fixtures: Fixture[]
      })
    : { fixtures: [] }
  const fixtures = index.fixtures
  const cases = loadCases()

  it(`indexes every fixture file on disk (${EXPECTED_FIXTURES})`, () => {
    const onDisk = [
      ...listYaml(resolve(CORPUS_DIR, 'baseline'), 'baseline'),
      ...listYaml(resolve(CORPUS_DIR, 'restricted'), 'restricted'),
    ].sort()
    expect(onDisk.length).toBe(EXPECTED_FIXTURES)
    expect(fixtures.map((f) => f.file).sort()).toEqual(onDisk)
  })

  // Parse every fixture once, so the timed part below is the engine alone.
  const parseErrors: string[] = []
  const parsed = fixtures.flatMap((f) => {
    try {
      const docs = parseYamlForTests(readFileSync(resolve(CORPUS_DIR, f.file), 'utf8'))
      return [{ f, pod: applyPodDefaults(docs[0]).pod }]
    } catch (e) {
      parseErrors.push(`${f.file}: ${String(e)}`)
      return []
    }
  })

  it('reads every fixture', () => {
    expect(parseErrors).toEqual([])
  })

  it('decides every fixture as upstream expects (pass allowed; fail denied with the substring)', () => {
    const failures: string[] = []
    const start = performance.now()
    const results = parsed.map(({ f, pod }) => evaluatePss(pod, f.level, f.version))
    const ms = performance.now() - start
    parsed.forEach(({ f }, i) => {
      const r = results[i]!
      if (f.expect === 'pass' && !r.allowed) failures.push(`${f.file}: denied: ${r.message}`)
      if (f.expect === 'fail' && r.allowed) failures.push(`${f.file}: allowed`)
      if (
        f.expect === 'fail' &&
        r.message !== null &&
        !r.message.includes(f.expectErrorSubstring)
      ) {
        failures.push(`${f.file}: message lacks "${f.expectErrorSubstring}": ${r.message}`)
      }
    })
    const passed = parsed.length - new Set(failures.map((m) => m.split(':')[0])).size
    process.stdout.write(
      `PSA fixtures: ${passed}/${parsed.length} conform (engine time ${ms.toFixed(1)} ms for ${parsed.length} evaluations)\n`,
    )
    expect(failures).toEqual([])
    expect(parsed.length).toBe(EXPECTED_FIXTURES)
  })

  it('reproduces the derived failed checks and full message of every fixture', () => {
    const failures: string[] = []
    for (const { f, pod } of parsed) {
      if (f.derived === undefined) continue
      const r = evaluatePss(pod, f.level, f.version)
      const checks = r.violations.map((v) => v.check)
      if (JSON.stringify(checks) !== JSON.stringify(f.derived.failedChecks)) {
        failures.push(
          `${f.file}: checks ${checks.join(',')} != ${f.derived.failedChecks.join(',')}`,
        )
      }
      if ((f.derived.enforceMessage ?? null) !== r.message) {
        failures.push(`${f.file}: message ${r.message} != ${f.derived.enforceMessage}`)
      }
    }
    expect(failures).toEqual([])
  })

  it(`passes every checkCase (${cases.checkCases.length}), one check version alone, no defaults`, () => {
    const failures: string[] = []
    for (const c of cases.checkCases) {
      const check = CHECKS.find((x) => x.id === c.check)
      if (check === undefined) {
        failures.push(`${c.id}: no check ${c.check}`)
        continue
      }
      const r = versionOf(check, c.checkVersionFrom)(c.pod)
      const got = r.allowed ? 'allowed' : `${r.reason} | ${r.detail}`
      const want = c.expectAllowed
        ? 'allowed'
        : `${c.expectForbiddenReason} | ${c.expectForbiddenDetail}`
      if (got !== want) failures.push(`${c.id} ${c.check} ${c.name}: got ${got}, want ${want}`)
    }
    process.stdout.write(
      `PSA checkCases: ${cases.checkCases.length - failures.length}/${cases.checkCases.length}\n`,
    )
    expect(failures).toEqual([])
    expect(cases.checkCases.length).toBe(95)
  })

  it(`passes every levelCase (${cases.levelCases.length}): latest and emulation clamping`, () => {
    for (const c of cases.levelCases) {
      const opts = c.emulationVersion === null ? {} : { emulationVersion: c.emulationVersion }
      const r = evaluatePss(c.pod, c.level, c.version, opts)
      expect(r.allowed, c.id).toBe(c.expectAllowed)
    }
    expect(cases.levelCases.length).toBe(9)
  })

  it(`passes every derivedLevelCase (${cases.derivedLevelCases.length}) with the exact message`, () => {
    for (const c of cases.derivedLevelCases) {
      const r = evaluatePss(c.pod, c.level as Level, c.version)
      expect(r.allowed, c.id).toBe(c.expectAllowed)
      expect(
        r.violations.map((v) => v.check),
        c.id,
      ).toEqual(c.expectFailedChecks)
      expect(
        r.violations.map((v) => v.reason),
        c.id,
      ).toEqual(c.expectForbiddenReasons)
      expect(
        r.violations.map((v) => v.detail),
        c.id,
      ).toEqual(c.expectForbiddenDetails)
      expect(r.message, c.id).toBe(c.expectEnforceMessage ?? null)
    }
    expect(cases.derivedLevelCases.length).toBe(20)
  })
})
