/**
 * How one value changing moves privilege: the direction rules of `podplay diff`, one per kind of
 * value (cli-and-report.md: a capability gained, a host namespace or port opened, privileged or
 * escalation on, a user changed to root, a writable root filesystem, a hostPath added, a lower
 * highest Pod Security level, an admission that turns to allowed through a looser policy, a
 * connection newly allowed).
 */
import type { Level } from '../report'
import { LEVEL_RANK } from '../summary/risk'
import type { Direction } from './types'

/** A flag that grants privilege when true (hostPID, privileged, a writable root filesystem...). */
export function flag(before: boolean, after: boolean): Direction {
  if (before === after) return 'neutral'
  return after ? 'more' : 'less'
}

/** A set of grants (capabilities, host ports, host paths): anything gained is more. */
export function grants(before: readonly string[], after: readonly string[]): Direction {
  const b = new Set(before)
  const a = new Set(after)
  if (after.some((x) => !b.has(x))) return 'more'
  if (before.some((x) => !a.has(x))) return 'less'
  return 'neutral'
}

/** A rank where higher is riskier (rootRank): up is more. */
export function rank(before: number, after: number): Direction {
  return after > before ? 'more' : after < before ? 'less' : 'neutral'
}

/** A Pod Security level met or enforced: a lower one is more. */
export function level(before: Level | null, after: Level | null): Direction {
  if (before === null || after === null || before === after) return 'neutral'
  return rank(LEVEL_RANK[before], LEVEL_RANK[after]) === 'more' ? 'less' : 'more'
}

/**
 * A gate's verdict (admission, the API server, the node). Turning to denied is less: the workload
 * no longer runs. Turning to allowed is more when the workload itself is not safer (its highest
 * Pod Security level did not rise): a looser policy, or a fix that lets it run as privileged as it
 * was; it is neutral when the workload's own change made it safer.
 */
export function verdict(before: boolean, after: boolean, saferWorkload: boolean): Direction {
  if (before === after) return 'neutral'
  if (!after) return 'less'
  return saferWorkload ? 'neutral' : 'more'
}
