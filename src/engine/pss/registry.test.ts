/**
 * Registry invariants and file parity (house-style §4): every file in checks/ is registered and
 * the reverse, ids unique and equal to file names, versions strictly increasing, overrides name
 * baseline checks, each check has its .test.ts, remediation ends with a period.
 */
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { CHECKS } from './checks'
import { isValidVersion, NEWEST_MINOR, NEWEST_VERSION, parseVersion } from './version'

const dir = fileURLToPath(new URL('./checks/', import.meta.url))
const files = readdirSync(dir)
const checkFiles = files
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
  .map((f) => f.slice(0, -3))
const ids = CHECKS.map((c) => c.id)

const UPSTREAM_IDS = [
  'windowsHostProcess',
  'hostNamespaces',
  'privileged',
  'capabilities_baseline',
  'hostPathVolumes',
  'hostPorts',
  'hostProbesAndHostLifecycle',
  'appArmorProfile',
  'seLinuxOptions',
  'procMount',
  'procMount_restricted',
  'seccompProfile_baseline',
  'sysctls',
  'restrictedVolumes',
  'allowPrivilegeEscalation',
  'runAsNonRoot',
  'runAsUser',
  'seccompProfile_restricted',
  'capabilities_restricted',
]

describe('PSS check registry', () => {
  it('holds exactly the 19 upstream checks: 12 baseline, 7 restricted', () => {
    expect([...ids].sort()).toEqual([...UPSTREAM_IDS].sort())
    expect(CHECKS.filter((c) => c.level === 'baseline')).toHaveLength(12)
    expect(CHECKS.filter((c) => c.level === 'restricted')).toHaveLength(7)
  })

  it('has unique ids, alphabetised like the files', () => {
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual([...ids].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())))
  })

  it('registers every file in checks/ and has a file for every registered check', () => {
    expect([...checkFiles].sort()).toEqual([...ids].sort())
  })

  it('has a .test.ts for every check', () => {
    for (const id of ids) expect(files, id).toContain(`${id}.test.ts`)
  })

  it('uses known levels, valid and strictly increasing versions', () => {
    for (const c of CHECKS) {
      expect(['baseline', 'restricted'], c.id).toContain(c.level)
      expect(c.versions.length, c.id).toBeGreaterThan(0)
      const minors = c.versions.map((v) => {
        expect(isValidVersion(v.since) && v.since !== 'latest', `${c.id} ${v.since}`).toBe(true)
        return parseVersion(v.since) ?? Number.NaN
      })
      for (let i = 1; i < minors.length; i++)
        expect(minors[i]!, c.id).toBeGreaterThan(minors[i - 1]!)
    }
  })

  it('names only baseline checks in overrides, and only on restricted checks', () => {
    for (const c of CHECKS) {
      if (c.overrides === undefined) continue
      expect(c.level, c.id).toBe('restricted')
      for (const o of c.overrides) {
        expect(CHECKS.find((x) => x.id === o)?.level, `${c.id} overrides ${o}`).toBe('baseline')
      }
    }
  })

  it('has texts for the UI: title, protects, remediation ending with a period', () => {
    for (const c of CHECKS) {
      expect(c.title.length, c.id).toBeGreaterThan(0)
      expect(c.protects.length, c.id).toBeGreaterThan(20)
      expect(c.remediation, c.id).toMatch(/\.$/)
    }
  })

  it('has NEWEST_VERSION equal to the newest minimum version of any check', () => {
    const max = Math.max(
      ...CHECKS.flatMap((c) => c.versions.map((v) => parseVersion(v.since) ?? 0)),
    )
    expect(NEWEST_VERSION).toBe(`v1.${max}`)
    expect(NEWEST_MINOR).toBe(max)
  })
})
