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
