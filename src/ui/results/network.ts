/** Pure helpers for the network section: group connections by port and lay out pods. */
import type { NetworkConnection } from '../../engine/report'

export interface PortGroup {
  key: string
  connections: NetworkConnection[]
  pods: string[]
  cell: Map<string, NetworkConnection>
}

export const cellKey = (from: string, to: string) => `${from}\u0000${to}`

export function groupByPort(connections: readonly NetworkConnection[]): PortGroup[] {
  const groups = new Map<string, PortGroup>()
  for (const c of connections) {
    const key = `${c.port}/${c.protocol}`
    let g = groups.get(key)
    if (!g) {
      g = { key, connections: [], pods: [], cell: new Map() }
      groups.set(key, g)
    }
    g.connections.push(c)
    g.cell.set(cellKey(c.from, c.to), c)
  }
  for (const g of groups.values()) {
    const pods = new Set<string>()
    for (const c of g.connections) pods.add(c.from).add(c.to)
    g.pods = [...pods].sort()
  }
  return [...groups.values()]
}

/** Namespaces in order, each with its pods (names are `namespace/name`). */
export function byNamespace(pods: readonly string[]): [string, string[]][] {
  const m = new Map<string, string[]>()
  for (const p of pods) {
    const slash = p.indexOf('/')
    const ns = slash >= 0 ? p.slice(0, slash) : ''
    m.set(ns, [...(m.get(ns) ?? []), p])
  }
  return [...m.entries()]
}

/**
 * Which cells of the matrix are shown: every one, only the denied connections, or (compare mode)
 * only the connections the change opened or closed.
 */
export type CellFilter = 'all' | 'denied' | 'changed'

export const CELL_FILTERS: readonly { value: CellFilter; label: string; compareOnly?: true }[] = [
  { value: 'all', label: 'All' },
  { value: 'denied', label: 'Denied only' },
  { value: 'changed', label: 'Changed by the change', compareOnly: true },
]

/** A cell's key with its port: `from`, `to` and `port/protocol`. */
export const changedCellKey = (from: string, to: string, portProtocol: string) =>
  `${from}\u0000${to}\u0000${portProtocol}`

/**
 * The cells a comparison opened or closed, from its network changes, whose field the engine writes
 * as `connection <from> -> <to> <port>/<protocol>` (engine/diff `diffNetwork`); pod ids are
 * `namespace/name`, which hold no space.
 */
export function changedCells(
  changes: readonly { workload: string; field: string }[],
): ReadonlySet<string> {
  const cells = new Set<string>()
  for (const c of changes) {
    if (c.workload !== 'network') continue
    const m = /^connection (\S+) -> (\S+) (\S+\/\S+)$/.exec(c.field)
    if (m) cells.add(changedCellKey(m[1]!, m[2]!, m[3]!))
  }
  return cells
}

export function cellShown(
  c: Pick<NetworkConnection, 'allowed' | 'from' | 'to' | 'port' | 'protocol'>,
  filter: CellFilter,
  changed: ReadonlySet<string> = new Set(),
): boolean {
  switch (filter) {
    case 'all':
      return true
    case 'denied':
      return !c.allowed
    case 'changed':
      return changed.has(changedCellKey(c.from, c.to, `${c.port}/${c.protocol}`))
  }
}
