/** NetworkPolicy: a matrix per port and protocol, a graph, and the explanation of a chosen cell. */
import { useMemo, useState } from 'react'
import type { NetworkConnection, NetworkDirection, NetworkReport } from '../../engine/report'
import type { NetworkSideExplanation } from '../../worker/protocol'
import { useAppState } from '../AppContext'
import { Badge, withKeys } from './common'
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

/** Text with `backticks` rendered as code. */
function Rich({ text }: { text: string }) {
  const parts = text.split('`').map((p, i) => ({ p, code: i % 2 === 1 }))
  return (
    <>
      {withKeys(parts, (x) => `${x.code}:${x.p}`).map(([k, x]) =>
        x.code ? <code key={k}>{x.p}</code> : <span key={k}>{x.p}</span>,
      )}
    </>
  )
}

function Side({ s }: { s: NetworkSideExplanation }) {
  return (
    <li>
      <strong>{s.direction === 'egress' ? 'Egress' : 'Ingress'}</strong>{' '}
      <Badge tone={s.allowed ? 'good' : 'bad'}>{s.allowed ? 'allows' : 'denies'}</Badge>{' '}
      <Rich text={s.text} />
      {(s.rules ?? []).length > 0 && (
        <ul className="rules">
          {withKeys(s.rules, (r) => `${r.policy}:${r.rule}`).map(([k, r]) => (
            <li key={k} className={r.matched ? 'rule-ok' : 'rule-no'}>
              {r.matched ? '✓' : '✗'} <code>{r.policy}</code> rule {r.rule + 1} (
              <code>{r.path}</code>): <Rich text={r.peer} />; <Rich text={r.port} />
            </li>
          ))}
        </ul>
      )}
    </li>
  )
}

function Explanation({ c }: { c: NetworkConnection }) {
  const state = useAppState((s) => s.explanation)
  const q = state?.query
  const e =
    q && q.from === c.from && q.to === c.to && String(q.port) === String(c.port)
      ? state?.explanation
      : null
  return (
    <section className="explain-cell" aria-label="Connection explanation">
      <p>
        <code>
          {c.from} → {c.to} {c.port}/{c.protocol}
        </code>{' '}
        <Badge tone={c.allowed ? 'good' : 'bad'}>{c.allowed ? 'allowed' : 'denied'}</Badge>
      </p>
      {e ? (
        <>
          <p>
            <Rich text={e.text} />
          </p>
          <ul>
            <Side s={e.egress} />
            <Side s={e.ingress} />
            {withKeys(e.notes ?? [], (n) => n).map(([k, n]) => (
              <li key={k} className="muted">
                {n}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <ul>
          <Direction name="egress" pod={c.from} d={c.egress} />
          <Direction name="ingress" pod={c.to} d={c.ingress} />
          {(c.flags ?? []).map((f) => (
            <li key={f} className="muted">
              {f}
            </li>
          ))}
        </ul>
      )}
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
  const selected = useAppState((s) => s.selectedConnection)
  const selectConnection = useAppState((s) => s.selectConnection)
  const group = groups.find((g) => g.key === groupKey) ?? groups[0]
  const pods = group ? group.pods.slice(0, MAX_PODS) : []
  const picked =
    selected && group && `${selected.port}/${selected.protocol}` === group.key ? selected : null
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
                            onClick={() =>
                              selectConnection(
                                on
                                  ? null
                                  : { from, to, port: Number(c.port), protocol: c.protocol },
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
