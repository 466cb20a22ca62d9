/**
 * Policy versions (spec §2.3): `latest` or `v1.N` (`^v1\.(0|[1-9][0-9]*)$`). `latest` and versions
 * above the newest known one evaluate as the newest (v1.37), or as the emulation version when one
 * older than that is given. There is no lower clamp. Versions are handled as their minor number.
 */

/** The newest minimum version of any registered check (registry.test.ts keeps them in step). */
export const NEWEST_VERSION = 'v1.37'
export const NEWEST_MINOR = 37

const VERSION_RE = /^v1\.(0|[1-9][0-9]*)$/

/** `latest` or a valid `v1.N`. */
export function isValidVersion(s: unknown): s is string {
  return s === 'latest' || (typeof s === 'string' && VERSION_RE.test(s))
}

/** The minor number of `v1.N`, `Infinity` for `latest`, or null when invalid. */
export function parseVersion(s: string): number | null {
  if (s === 'latest') return Number.POSITIVE_INFINITY
  const m = VERSION_RE.exec(s)
  if (m === null) return null
  const minor = Number(m[1])
  return Number.isSafeInteger(minor) ? minor : Number.POSITIVE_INFINITY
}

/**
 * The minor version to evaluate: the requested one clamped to the newest known (or to the
 * emulation version when that is valid and older). An invalid request evaluates as `latest`, the
 * way Kubernetes treats an invalid version label.
 */
export function resolveMinor(version: string, emulationVersion?: string): number {
  let max = NEWEST_MINOR
  if (emulationVersion !== undefined) {
    const e = parseVersion(emulationVersion)
    if (e !== null && e < max) max = e
  }
  const v = parseVersion(version) ?? Number.POSITIVE_INFINITY
  return Math.min(v, max)
}

/** Compare two valid versions (`latest` is the newest): negative, 0 or positive. */
export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a) ?? Number.NaN
  const y = parseVersion(b) ?? Number.NaN
  if (x === y) return 0
  return x < y ? -1 : 1
}

/** The minor number of a check's `since` (always a valid `v1.N` in the registry). */
export function sinceMinor(since: string): number {
  const v = parseVersion(since)
  return v === null || v === Number.POSITIVE_INFINITY ? Number.POSITIVE_INFINITY : v
}
