/**
 * Workload cards that would say the same thing: same kind and namespace, same verdicts, and a
 * report that differs only in the workload's name and the lines it sits on (the network example's
 * nine pods, three per namespace). Such cards are shown as one card that names them all. Pure.
 */
import type { WorkloadReport } from '../../engine/report'
import type { WorkloadRow } from '../../worker/view'

export interface CardGroup {
  /** The first of the group: its card is the one drawn. */
  row: WorkloadRow
  w: WorkloadReport | undefined
  /** Every workload of the group in the order of the input, the first included. */
  members: WorkloadRow[]
}

/** Keys that say where, not what: they differ between two otherwise identical workloads. */
const POSITION = new Set(['line', 'endLine', 'column', 'endColumn'])

/** Each card's signature, kept while its row and report are the same objects (an edit changes one). */
const SIGNATURES = new WeakMap<WorkloadReport, { row: WorkloadRow; sig: string }>()

function signature(row: WorkloadRow, w: WorkloadReport): string {
  const known = SIGNATURES.get(w)
  if (known?.row === row) return known.sig
  const { key: _key, name: _name, line: _line, vap, ...rest } = row
  const { name: _n, ...report } = w
  // the VAP outcome, without where its entries stand (each workload has its own)
  const outcome = vap && { verdict: vap.verdict, text: vap.text, policies: vap.policies }
  const sig = JSON.stringify([rest, outcome, report], (k, v) => (POSITION.has(k) ? undefined : v))
  SIGNATURES.set(w, { row, sig })
  return sig
}

/**
 * Groups alike cards, keeping the order of their first members. A card without its report
 * (not sent yet) stays alone.
 */
export function groupAlike(
  rows: readonly WorkloadRow[],
  cards: Readonly<Record<string, WorkloadReport>>,
): CardGroup[] {
  const groups: CardGroup[] = []
  const bySignature = new Map<string, CardGroup>()
  // one card is alike no other: no signature to compute
  const alone = rows.length < 2
  for (const row of rows) {
    const w = cards[row.key]
    const sig = w && !alone ? signature(row, w) : null
    const same = sig === null ? undefined : bySignature.get(sig)
    if (same) {
      same.members.push(row)
      continue
    }
    const group = { row, w, members: [row] }
    groups.push(group)
    if (sig !== null) bySignature.set(sig, group)
  }
  return groups
}
