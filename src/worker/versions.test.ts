/**
 * The Version menu of the UI lists what the engine behind the worker knows. This test lives with
 * the worker because UI and state code may import engine types only; the worker imports the engine.
 */
import { describe, expect, it } from 'vitest'
import { isValidVersion, NEWEST_VERSION, resolveMinor } from '../engine/pss/version'
import { NEWEST_MINOR as NEWEST_PSS_MINOR } from '../engine/vocabulary'
import { sanitizeSettings, VERSIONS } from '../state/snapshot'

describe('the Version menu', () => {
  it('starts with latest, then the newest version the engine knows', () => {
    expect(VERSIONS[0]).toBe('latest')
    expect(VERSIONS[1]).toBe(NEWEST_VERSION)
    expect(`v1.${NEWEST_PSS_MINOR}`).toBe(NEWEST_VERSION)
    expect(resolveMinor('latest')).toBe(NEWEST_PSS_MINOR)
  })

  it('lists every version down to v1.0 once, each valid for the engine and the share link', () => {
    expect(VERSIONS.at(-1)).toBe('v1.0')
    expect(VERSIONS).toHaveLength(NEWEST_PSS_MINOR + 2)
    expect(new Set(VERSIONS).size).toBe(VERSIONS.length)
    for (const v of VERSIONS) {
      expect(isValidVersion(v)).toBe(true)
      expect(sanitizeSettings({ version: v }).version).toBe(v)
    }
  })
})
