/**
 * The group strategies' shared rules (upstream group.MustRunAs, MayRunAs, RunAsAny), used by
 * fsGroup, supplementalGroups and runAsGroup (spec pod-security-policy.md §4.2).
 */
import { goInt64s, goRanges, invalid } from './go'
import { inRanges } from './ranges'
import type { RangeRule } from './types'

/** The generated value (MustRunAs: the first range's min), or undefined. */
export function generateGroup(r: RangeRule | null): number | undefined {
  return r?.rule === 'MustRunAs' ? r.ranges[0]?.min : undefined
}

/** Error messages with the index of the offending group (-1: the list as a whole). */
export function checkGroups(
  r: RangeRule | null,
  field: string,
  groups: number[] | null,
): { index: number; message: string }[] {
  if (r === null || (r.rule !== 'MustRunAs' && r.rule !== 'MayRunAs')) return []
  const out: { index: number; message: string }[] = []
  if (r.rule === 'MustRunAs' && (groups === null || groups.length === 0) && r.ranges.length > 0) {
    out.push({
      index: -1,
      message: invalid(
        field,
        goInt64s(groups),
        'unable to validate empty groups against required ranges',
      ),
    })
  }
  for (const [i, g] of (groups ?? []).entries()) {
    if (!inRanges(g, r.ranges)) {
      const detail = `group ${g} must be in the ranges: ${goRanges(r.ranges)}`
      out.push({ index: i, message: invalid(field, goInt64s(groups), detail) })
    }
  }
  return out
}
