/** NetworkPolicy: a matrix per port and protocol, a graph, and the explanation of a chosen cell. */
import { useMemo, useState } from 'react'
import type { NetworkConnection, NetworkDirection, NetworkReport } from '../../engine/report'
import { useAppState } from '../AppContext'
import { Badge } from './common'
import { NetworkGraph } from './NetworkGraph'
import { cellKey, groupByPort } from './network'

const MAX_PODS = 40

function Direction({
  name,
  pod,
  d,
}: {
  name: 'egress' | 'ingress'
  pod: string
  d: NetworkDirection
}) {
  const by = d.allowedBy ?? []
  return (
    <li>
      <strong>{name === 'egress' ? `Egress from ${pod}` : `Ingress to ${pod}`}:</strong>{' '}
      {!d.isolated
        ? `not isolated for ${name} (no policy selects it for ${name}), so allowed.`
        : `isolated for ${name} by ${(d.isolatedBy ?? []).join(', ') || 'a policy'}; `}
      {d.isolated &&
        (by.length
          ? `allowed by ${by.map((r) => `${r.policy} ${name} rule ${r.rule + 1}`).join(', ')}.`
          : `no ${name} rule allows it.`)}
    </li>
  )
}

function Explanation({ c }: { c: NetworkConnection }) {
  const extra = (c as { explanation?: unknown }).explanation
  const lines = Array.isArray(extra) ? extra.map(String) : typeof extra === 'string' ? [extra] : []
  return (
    <section className="explain-cell" aria-label="Connection explanation">
      <p>
        <code>
          {c.from} → {c.to} {c.port}/{c.protocol}
        </code>{' '}
        <Badge tone={c.allowed ? 'good' : 'bad'}>{c.allowed ? 'allowed' : 'denied'}</Badge>
      </p>
      <ul>
        <Direction name="egress" pod={c.from} d={c.egress} />
        <Direction name="ingress" pod={c.to} d={c.ingress} />
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
        {(c.flags ?? []).map((f) => (
          <li key={f} className="muted">
            {f}
          </li>
        ))}
      </ul>
    </section>
  )
}

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

export function NetworkSection({ network }: { network: NetworkReport }) {
  const groups = useMemo(() => groupByPort(network.connections ?? []), [network])
  const [groupKey, setGroupKey] = useState<string | null>(null)
  const [picked, setPicked] = useState<{ from: string; to: string } | null>(null)
  const group = groups.find((g) => g.key === groupKey) ?? groups[0]
  const pods = group ? group.pods.slice(0, MAX_PODS) : []
  const chosen = group && picked ? group.cell.get(cellKey(picked.from, picked.to)) : undefined
  const allowedCount = (network.connections ?? []).filter((c) => c.allowed).length
  return (
    <section className="card" aria-label="Network">
      <h3>
        Network{' '}
        <span className="muted">
          {allowedCount} of {(network.connections ?? []).length} connections allowed
        </span>
      </h3>
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
      {group && (
        <>
          <div className="matrix-wrap">
            <table className="matrix" aria-label={`Reachability on ${group.key}`}>
              <thead>
                <tr>
                  <th scope="col">from \ to</th>
                  {pods.map((p) => (
                    <th key={p} scope="col">
                      {p}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {pods.map((from) => (
                  <tr key={from}>
                    <th scope="row">{from}</th>
                    {pods.map((to) => {
                      const c = group.cell.get(cellKey(from, to))
                      if (!c) return <td key={to} className="cell-none" />
                      const on = picked?.from === from && picked?.to === to
                      return (
                        <td key={to}>
                          <button
                            type="button"
                            className={`cell ${c.allowed ? 'cell-ok' : 'cell-no'}`}
                            aria-pressed={on}
                            aria-label={`${from} to ${to} on ${group.key}: ${c.allowed ? 'allowed' : 'denied'}`}
                            data-testid={`net.cell.${from}.${to}`}
                            onClick={() => setPicked(on ? null : { from, to })}
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
          {group.pods.length > MAX_PODS && (
            <p className="note">
              Showing the first {MAX_PODS} of {group.pods.length} pods.
            </p>
          )}
          {chosen && <Explanation c={chosen} />}
          {group.pods.length <= 30 && <NetworkGraph group={group} selected={picked} />}
        </>
      )}
    </section>
  )
}
