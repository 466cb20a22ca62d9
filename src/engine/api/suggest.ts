/**
 * "Did you mean": the known field closest to an unknown one. The API server only says
 * `unknown field "spec.securityContex"`; the suggestion is podplay's own help for the panel.
 * A field equal but for letter case wins (`runAsNonroot` -> `runAsNonRoot`, the typical slip since
 * the server matches case-sensitively), then the smallest edit distance (insertions, deletions,
 * substitutions and swaps of two neighbours), within a third of the key's length (at least 1, at
 * most 3). Ties go to the first name in byte order, so the answer never depends on field order.
 */

const MAX_DISTANCE = 3

/** Optimal string alignment distance, giving up (returning limit + 1) past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let prev2: number[] = []
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2]! + 1)
      row.push(d)
      if (d < best) best = d
    }
    if (best > limit) return limit + 1
    prev2 = prev
    prev = row
  }
  return prev[b.length]!
}

/** The known name closest to `key`, or undefined when none is close. */
export function suggestField(key: string, known: Iterable<string>): string | undefined {
  const names = [...known].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))
  const lower = key.toLowerCase()
  const sameBut = names.find((n) => n.toLowerCase() === lower)
  if (sameBut !== undefined) return sameBut
  const limit = Math.min(MAX_DISTANCE, Math.max(1, Math.floor(key.length / 3)))
  let best: string | undefined
  let bestDistance = limit + 1
  for (const name of names) {
    const d = editDistance(lower, name.toLowerCase(), limit)
    if (d < bestDistance) {
      best = name
      bestDistance = d
    }
  }
  return best
}
