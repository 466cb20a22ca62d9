import { describe, expect, it } from 'vitest'
import { compareVersions, isValidVersion, parseVersion, resolveMinor } from './version'

describe('policy versions', () => {
  it.each(['latest', 'v1.0', 'v1.25', 'v1.37', 'v1.100'])('accepts %s', (v) => {
    expect(isValidVersion(v)).toBe(true)
  })

  it.each(['1.25', 'v1.025', 'v2.0', 'v1.', 'v1', 'Latest', '', ' v1.2', 'v1.2 ', 'v1.-1'])(
    'rejects %j',
    (v) => {
      expect(isValidVersion(v)).toBe(false)
      expect(parseVersion(v)).toBeNull()
    },
  )

  it('rejects non-strings', () => {
    expect(isValidVersion(1.25)).toBe(false)
    expect(isValidVersion(null)).toBe(false)
  })

  it('clamps latest and versions above v1.37 to v1.37, with no lower clamp', () => {
    expect(resolveMinor('latest')).toBe(37)
    expect(resolveMinor('v1.99')).toBe(37)
    expect(resolveMinor('v1.37')).toBe(37)
    expect(resolveMinor('v1.36')).toBe(36)
    expect(resolveMinor('v1.0')).toBe(0)
    expect(resolveMinor(`v1.${'9'.repeat(30)}`)).toBe(37)
  })

  it('lowers the newest version to an older emulation version only', () => {
    expect(resolveMinor('latest', 'v1.33')).toBe(33)
    expect(resolveMinor('v1.34', 'v1.33')).toBe(33)
    expect(resolveMinor('v1.20', 'v1.33')).toBe(20)
    expect(resolveMinor('latest', 'v1.40')).toBe(37)
    expect(resolveMinor('latest', 'latest')).toBe(37)
    expect(resolveMinor('latest', 'bogus')).toBe(37)
  })

  it('evaluates an invalid version as latest', () => {
    expect(resolveMinor('1.25')).toBe(37)
  })

  it('compares versions, latest newest', () => {
    expect(compareVersions('v1.9', 'v1.10')).toBeLessThan(0)
    expect(compareVersions('latest', 'v1.99')).toBeGreaterThan(0)
    expect(compareVersions('v1.5', 'v1.5')).toBe(0)
  })
})
