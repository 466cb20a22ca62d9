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
 * Which cells of the matrix are shown: every one, or only the denied connections. Compare mode
 * adds its own values here (cells a change opened or closed) and a case in `cellShown`.
 */
export type CellFilter = 'all' | 'denied'

export const CELL_FILTERS: readonly { value: CellFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'denied', label: 'Denied only' },
]

export function cellShown(c: Pick<NetworkConnection, 'allowed'>, filter: CellFilter): boolean {
  switch (filter) {
    case 'all':
      return true
    case 'denied':
      return !c.allowed
  }
}
