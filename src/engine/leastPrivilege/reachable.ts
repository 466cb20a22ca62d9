/**
 * The highest Pod Security Standards level each workload can reach with safe fixes only
 * (fix/: host namespaces off, capabilities dropped, non-root, the default seccomp profile...), and
 * the edits it takes. A workload whose restricted violations all have a safe fix reaches
 * restricted; else baseline when its baseline violations do; else it stays privileged.
 */
import { readInput } from '../evaluate'
import { type FixAllResult, fixAll } from '../fix'
import { highestLevel } from '../pss'
import type { Level } from '../report'

export interface ReachableLevel {
  workload: number
  /** The highest level the workload meets as written. */
  now: Level
  /** The highest level it meets after the safe fixes. */
  reachable: Level
  /** How many edits reaching that level takes (0 when it already meets it). */
  fixes: number
}

export function reachableLevels(podText: string, version = 'latest'): ReachableLevel[] {
  const read = readInput(
    { pod: podText, policy: '' },
    { caches: { pod: new Map(), policy: new Map() } },
  )
  if (read.prepared.length === 0) return []
  const restricted = fixAll(podText, 'restricted', version)
  const baseline = fixAll(podText, 'baseline', version)
  if (restricted.unreadable !== null || baseline.unreadable !== null) return []
  return read.prepared.map((w, i) => {
    const left = (r: FixAllResult) => r.decisions.some((d) => d.workload === i)
    const edits = (r: FixAllResult) => r.applied.filter((a) => a.workload === i).length
    const reachable: Level = !left(restricted)
      ? 'restricted'
      : !left(baseline)
        ? 'baseline'
        : 'privileged'
    const fixes =
      reachable === 'restricted'
        ? edits(restricted)
        : reachable === 'baseline'
          ? edits(baseline)
          : 0
    return { workload: i, now: highestLevel(w.pod, version), reachable, fixes }
  })
}
