/**
 * Container-level logic shared by more than one check.
 */
import type { Path } from '../report'
import { containersPhrase, joinQuote, sortedSet } from './format'
import { containersOf } from './pod'
import { ALLOWED, type CheckResult, forbid } from './types'

/** procMount's v1.0 logic (also procMount_restricted's): anything set other than Default. */
export function procMountViolations(pod: unknown): CheckResult {
  const names: string[] = []
  const types: string[] = []
  const paths: Path[] = []
  for (const c of containersOf(pod)) {
    const v = c.sc?.procMount
    if (typeof v !== 'string' || v === 'Default') continue
    names.push(c.name)
    types.push(v)
    paths.push([...c.path, 'securityContext', 'procMount'])
  }
  if (names.length === 0) return ALLOWED
  return forbid(
    'procMount',
    `${containersPhrase(names)} must not set securityContext.procMount to ${joinQuote(sortedSet(types))}`,
    paths,
  )
}
