/** ID and port ranges shared by the user, group and host-port strategies. */
import type { IDRange } from './types'

export const inRanges = (id: number, ranges: readonly IDRange[]) =>
  ranges.some((r) => id >= r.min && id <= r.max)

/** `%#v` of `[]policy.IDRange`. */
export function goIDRanges(ranges: readonly IDRange[]): string {
  if (ranges.length === 0) return '[]policy.IDRange(nil)'
  return `[]policy.IDRange{${ranges.map((r) => `policy.IDRange{Min:${r.min}, Max:${r.max}}`).join(', ')}}`
}
