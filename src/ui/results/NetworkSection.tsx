/** NetworkPolicy: a matrix per port and protocol, a graph, the policies, and a chosen cell's why. */
import { useMemo, useState } from 'react'
import type { NetworkReport } from '../../engine/report'
import { useAppState } from '../AppContext'
import { CompareConnections } from '../compare/ComparePanel'
import { RevealButton } from './common'
import { NetworkExplanation } from './NetworkExplanation'
import { NetworkGraph } from './NetworkGraph'
import { NetworkPolicies } from './NetworkPolicies'
import {
  CELL_FILTERS,
  type CellFilter,
  cellKey,
  cellShown,
  changedCells,
  groupByPort,
  type PortGroup,
} from './network'

const MAX_PODS = 40

function Probes() {
  const probes = useAppState((s) => s.settings.probes)
  const setSettings = useAppState((s) => s.setSettings)
  const [text, setText] = useState(probes.join(', '))
  const commit = () => setSettings({ probes: text.split(/[\s,]+/).filter(Boolean) })
  return (
    <label className="probes">
      Extra probes{' '}
      <input
        value={text}
        placeholder="80/TCP, 53/UDP"
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    </label>
  )
}

export interface Highlight {
  selects: Set<string>
  peers: Set<string>
}

function podClass(id: string, h: Highlight | null) {
  if (!h) return undefined
  if (h.selects.has(id)) return 'hl-selects'
  if (h.peers.has(id)) return 'hl-peer'
  return undefined
}

function Matrix({
  group,
  pods,
  highlight,
  at,
  filter,
  changed,
}: {
  group: PortGroup
  pods: string[]
  highlight: Highlight | null
  filter: CellFilter
  changed: ReadonlySet<string>
  at: Map<string, NonNullable<NetworkReport['pods']>[number]['at']>
}) {
  const selected = useAppState((s) => s.selectedConnection)
  const selectConnection = useAppState((s) => s.selectConnection)
  return (
    <div className="matrix-wrap">
      <table className="matrix" aria-label={`Reachability on ${group.key}`}>
        <thead>
          <tr>
            <th scope="col">from \ to</th>
            {pods.map((p) => (
              <th key={p} scope="col" className={podClass(p, highlight)}>
                {p}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {pods.map((from) => (
            <tr key={from}>
              <th scope="row" className={podClass(from, highlight)}>
                {at.get(from) ? <RevealButton at={at.get(from)!}>{from}</RevealButton> : from}
              </th>
              {pods.map((to) => {
                const c = group.cell.get(cellKey(from, to))
                if (!c) return <td key={to} className="cell-none" />
                if (!cellShown(c, filter, changed)) return <td key={to} className="cell-filtered" />
                const on =
                  selected?.from === from &&
                  selected?.to === to &&
                  `${selected.port}/${selected.protocol}` === group.key
                return (
                  <td key={to}>
                    <button
                      type="button"
                      className={`cell ${c.allowed ? 'cell-ok' : 'cell-no'}`}
                      aria-pressed={on}
                      aria-label={`${from} to ${to} on ${group.key}: ${c.allowed ? 'allowed' : 'denied'}`}
                      data-testid={`net.cell.${from}.${to}`}
                      onClick={() =>
                        selectConnection(
                          on ? null : { from, to, port: Number(c.port), protocol: c.protocol },
                        )
                      }
                    >
                      {c.allowed ? '✓' : '✗'}
                    </button>
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

export function NetworkSection({ network }: { network: NetworkReport }) {
  const groups = useMemo(() => groupByPort(network.connections ?? []), [network])
  const [groupKey, setGroupKey] = useState<string | null>(null)
  const [policyId, setPolicyId] = useState<string | null>(null)
  const [chosenFilter, setFilter] = useState<CellFilter>('all')
  const compare = useAppState((s) => s.compare)
  const comparing = useAppState((s) => s.before !== null)
  const changed = useMemo(() => changedCells(compare?.changes ?? []), [compare])
  // "changed" means nothing outside compare mode: the matrix falls back to every cell
  const filter = chosenFilter === 'changed' && !comparing ? 'all' : chosenFilter
  const selected = useAppState((s) => s.selectedConnection)
  const group = groups.find((g) => g.key === groupKey) ?? groups[0]
  const at = new Map((network.pods ?? []).map((p) => [p.id, p.at]))
  const allPods = network.pods?.length ? network.pods.map((p) => p.id) : (group?.pods ?? [])
  const pods = allPods.slice(0, MAX_PODS)
  const picked =
    selected && group && `${selected.port}/${selected.protocol}` === group.key ? selected : null
  const chosen = group && picked ? group.cell.get(cellKey(picked.from, picked.to)) : undefined
  const policy = (network.policies ?? []).find((p) => p.id === policyId)
  const highlight: Highlight | null = policy
    ? {
        selects: new Set(policy.selects ?? []),
        peers: new Set((policy.rules ?? []).flatMap((r) => r.peers ?? [])),
      }
    : null
  const allowedCount = (network.connections ?? []).filter((c) => c.allowed).length
  return (
    <section className="card" aria-label="Network">
      <h3>
        Network{' '}
        <span className="muted">
          {allowedCount} of {(network.connections ?? []).length} connections allowed
        </span>
      </h3>
      <CompareConnections />
      <fieldset className="tabs">
        <legend className="sr-only">Port and protocol</legend>
        {groups.map((g) => (
          <button
            key={g.key}
            type="button"
            aria-pressed={g === group}
            onClick={() => setGroupKey(g.key)}
          >
            {g.key}
          </button>
        ))}
        <Probes />
      </fieldset>
      <fieldset className="tabs cell-filter">
        <legend className="sr-only">Cells shown</legend>
        {CELL_FILTERS.filter((f) => comparing || !f.compareOnly).map((f) => (
          <button
            key={f.value}
            type="button"
            aria-pressed={f.value === filter}
            onClick={() => setFilter(f.value)}
          >
            {f.label}
          </button>
        ))}
      </fieldset>
      {group && (
        <>
          <Matrix
            group={group}
            pods={pods}
            highlight={highlight}
            at={at}
            filter={filter}
            changed={changed}
          />
          {allPods.length > MAX_PODS && (
            <p className="note">
              Showing the first {MAX_PODS} of {allPods.length} pods.
            </p>
          )}
          {chosen && <NetworkExplanation c={chosen} />}
          {allPods.length <= 30 && (
            <NetworkGraph group={group} pods={allPods} selected={picked} highlight={highlight} />
          )}
        </>
      )}
      {!group && <p className="empty">No connection to test: no pod declares a port.</p>}
      <NetworkPolicies policies={network.policies ?? []} picked={policyId} onPick={setPolicyId} />
    </section>
  )
}
