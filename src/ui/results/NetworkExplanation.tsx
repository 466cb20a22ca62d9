/**
 * Why one connection is allowed or denied: the engine's on-demand explanation (rule by rule) when
 * there is one, else the report's own sentences, else a summary of the report's verdict fields.
 */
import type { NetworkConnection, NetworkDirection } from '../../engine/report'
import type { NetworkSideExplanation } from '../../worker/protocol'
import { useMemo } from 'react'
import { useAppState } from '../AppContext'
import { boundReport } from './bounded'
import { Badge, withKeys } from './common'

/** Text with `backticks` rendered as code. */
export function Rich({ text }: { text: string }) {
  const parts = text.split('`').map((p, i) => ({ p, code: i % 2 === 1 }))
  return (
    <>
      {withKeys(parts, (x) => `${x.code}:${x.p}`).map(([k, x]) =>
        x.code ? <code key={k}>{x.p}</code> : <span key={k}>{x.p}</span>,
      )}
    </>
  )
}

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

function Side({ s }: { s: NetworkSideExplanation }) {
  return (
    <li>
      <strong>{s.direction === 'egress' ? 'Egress' : 'Ingress'}</strong>{' '}
      <Badge tone={s.allowed ? 'good' : 'bad'}>{s.allowed ? 'allows' : 'denies'}</Badge>{' '}
      {s.isolated ? (
        <>
          {s.subject} is isolated by <code>{(s.isolatedBy ?? []).join(', ')}</code>
        </>
      ) : (
        `${s.subject} is not isolated for ${s.direction}`
      )}
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

function Body({ c }: { c: NetworkConnection }) {
  const fullState = useAppState((s) => s.explanation)
  // the explanation quotes names from the input: shortened like the report (issue 9)
  const state = useMemo(() => boundReport(fullState).value, [fullState])
  const q = state?.query
  const onDemand =
    q && q.from === c.from && q.to === c.to && String(q.port) === String(c.port)
      ? state?.explanation
      : null
  if (onDemand)
    return (
      <>
        <p>
          <Rich text={onDemand.text} />
        </p>
        <ul>
          <Side s={onDemand.egress} />
          <Side s={onDemand.ingress} />
          {withKeys(onDemand.notes ?? [], (n) => n).map(([k, n]) => (
            <li key={k} className="muted">
              {n}
            </li>
          ))}
        </ul>
      </>
    )
  const e = c.explanation
  if (e && typeof e.text === 'string')
    return (
      <>
        <p>
          <Rich text={e.text} />
        </p>
        <ul>
          <li>
            <strong>Egress from {c.from}:</strong> <Rich text={e.egress ?? ''} />
          </li>
          <li>
            <strong>Ingress to {c.to}:</strong> <Rich text={e.ingress ?? ''} />
          </li>
        </ul>
      </>
    )
  return (
    <ul>
      <Direction name="egress" pod={c.from} d={c.egress} />
      <Direction name="ingress" pod={c.to} d={c.ingress} />
    </ul>
  )
}

export function NetworkExplanation({ c }: { c: NetworkConnection }) {
  return (
    <section className="explain-cell" aria-label="Connection explanation">
      <p>
        <code>
          {c.from} → {c.to} {c.port}/{c.protocol}
        </code>{' '}
        <Badge tone={c.allowed ? 'good' : 'bad'}>{c.allowed ? 'allowed' : 'denied'}</Badge>
      </p>
      <Body c={c} />
      {(c.flags ?? []).length > 0 && (
        <p className="muted">Depends on the network plugin: {(c.flags ?? []).join(', ')}</p>
      )}
    </section>
  )
}
