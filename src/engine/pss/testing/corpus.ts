/**
 * Test helpers: where the shared PSA conformance corpus lives and its case tables
 * (/work/shared/conformance/psa, i.e. ../shared/conformance/psa from the repository root).
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Level } from '../../report'
import type { CheckResult, PssCheck } from '../types'

function findCorpus(): string {
  const fromFile = fileURLToPath(new URL('../../../../../shared/conformance/psa/', import.meta.url))
  if (existsSync(fromFile)) return fromFile
  return resolve(process.cwd(), '../shared/conformance/psa')
}

export const CORPUS_DIR = findCorpus()
export const CORPUS_AVAILABLE = existsSync(resolve(CORPUS_DIR, 'cases.json'))
export const CORPUS_MISSING = `PSA conformance corpus not found at ${CORPUS_DIR} (expected cases.json and <level>/v1.N/<pass|fail>/*.yaml there); these tests are skipped, nothing was checked`

export interface CheckCase {
  id: string
  check: string
  level: 'baseline' | 'restricted'
  checkVersionFunction: string
  checkVersionFrom: string
  name: string
  pod: unknown
  expectAllowed: boolean
  expectForbiddenReason?: string
  expectForbiddenDetail?: string
}

export interface LevelCase {
  id: string
  level: Level
  version: string
  emulationVersion: string | null
  pod: unknown
  expectAllowed: boolean
}

export interface DerivedLevelCase {
  id: string
  name: string
  level: Level
  version: string
  pod: unknown
  expectAllowed: boolean
  expectFailedChecks: string[]
  expectForbiddenReasons: string[]
  expectForbiddenDetails: string[]
  expectEnforceMessage?: string
  expectWarning?: string
}

export interface CasesFile {
  checkCases: CheckCase[]
  levelCases: LevelCase[]
  derivedLevelCases: DerivedLevelCase[]
}

let loaded: CasesFile | undefined

/** cases.json, or empty tables when the corpus is absent. */
export function loadCases(): CasesFile {
  if (!CORPUS_AVAILABLE) return { checkCases: [], levelCases: [], derivedLevelCases: [] }
  loaded ??= JSON.parse(readFileSync(resolve(CORPUS_DIR, 'cases.json'), 'utf8')) as CasesFile
  return loaded
}

/** The upstream unit-test cases of one check. */
export function checkCasesFor(id: string): CheckCase[] {
  return loadCases().checkCases.filter((c) => c.check === id)
}

/** The implementation of a check that starts exactly at `since` (throws when there is none). */
export function versionOf(check: PssCheck, since: string): (pod: unknown) => CheckResult {
  const v = check.versions.find((x) => x.since === since)
  if (v === undefined) throw new Error(`${check.id} has no implementation starting at ${since}`)
  return v.evaluate
}
