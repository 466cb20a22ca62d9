/**
 * Riskier first: changes that grant more, then those that take privilege away, then neutral ones;
 * within each, by what is at stake (WEIGHT: a workload or container coming or going, privileged,
 * capabilities, host namespaces, hostPath, host ports, escalation, users, the root filesystem, the
 * highest Pod Security level, gate verdicts, network connections), then in the order found (the
 * after side's workloads in input order, then the ones removed, then the network).
 */
import type { Change, Direction } from './types'

export const WEIGHT = {
  presence: 0,
  privileged: 1,
  capabilities: 2,
  hostNamespace: 3,
  hostPath: 4,
  hostPort: 5,
  escalation: 6,
  user: 7,
  rootFilesystem: 8,
  level: 9,
  verdict: 10,
  network: 11,
} as const

export interface Weighted {
  weight: number
  /** Order found. */
  order: number
  change: Change
}

const DIRECTION_RANK: Record<Direction, number> = { more: 0, less: 1, neutral: 2 }

export function sortChanges(changes: Weighted[]): Change[] {
  return changes
    .sort(
      (a, b) =>
        DIRECTION_RANK[a.change.direction] - DIRECTION_RANK[b.change.direction] ||
        a.weight - b.weight ||
        a.order - b.order,
    )
    .map((w) => w.change)
}
