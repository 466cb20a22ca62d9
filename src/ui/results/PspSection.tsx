/**
 * PodSecurityPolicy: admitted or rejected, the winning policy, the pod's changes as a diff, and
 * each policy's own errors (pod key and policy field); checkboxes choose the usable policies.
 */
import { memo } from 'react'
import type {
  PodSecurityPolicyReport,
  PspCandidate,
  PspErrorDetail,
  SourceLocation,
} from '../../engine/report'
import { useAppState } from '../AppContext'
import { LEVELS_AND_MODES } from '../glossary'
import { clip } from '../clip'
import { Text, useWindow } from './bounded'
import { Badge, formatValue, Locations, RevealButton, withKeys } from './common'

interface Mutation {
  path: string
  value: unknown
  /** undefined: unknown (no details); null: the field was absent. */
  before?: unknown
  at?: SourceLocation | null
}

function mutationsOf(psp: PodSecurityPolicyReport): Mutation[] {
  if (Array.isArray(psp.mutationDetails)) return psp.mutationDetails
  return (psp.mutations ?? []).map((m) => ({ path: m.path, value: m.value }))
}

interface ErrorRow {
  message: string
  locations: (SourceLocation | null)[]
  /** What the forbidding policy field does and how to fix the error. */
  explanation?: string
}

function errorRows(details: PspErrorDetail[] | undefined, plain: string[]): ErrorRow[] {
  if (details?.length)
    return details.map((d) => ({
      message: d.message,
      locations: [d.pod, d.policyField],
      ...(d.explanation !== undefined && { explanation: d.explanation }),
    }))
  return plain.map((message) => ({ message, locations: [] }))
}

function Errors({ rows, label }: { rows: ErrorRow[]; label: string }) {
  if (!rows.length) return null
  return (
    <ul className="errors" aria-label={label}>
      {withKeys(rows, (e) => e.message).map(([k, e]) => (
        <li key={k}>
          <code>
            <Text text={e.message} />
          </code>{' '}
          <Locations locations={e.locations} />
          {e.explanation && <p className="hint">{e.explanation}</p>}
        </li>
      ))}
    </ul>
  )
}

function Usable({ candidates }: { candidates: PspCandidate[] }) {
  const usable = useAppState((s) => s.settings.pspUsable)
  const setSettings = useAppState((s) => s.setSettings)
  const names = candidates.map((c) => c.policy)
  const [shownNames, more] = useWindow(names)
  const toggle = (name: string, on: boolean) => {
    const current = usable ?? names
    const next = on ? [...new Set([...current, name])] : current.filter((n) => n !== name)
    setSettings({ pspUsable: names.every((n) => next.includes(n)) ? null : next })
  }
  return (
    <fieldset className="usable">
      <legend>Policies the service account may use</legend>
      {shownNames.map((n) => (
        <label key={n}>
          <input
            type="checkbox"
            checked={usable === null || usable.includes(n)}
            onChange={(e) => toggle(n, e.target.checked)}
          />{' '}
          {n}
        </label>
      ))}
      {more}
    </fieldset>
  )
}

function Candidate({ c, details }: { c: PspCandidate; details: PspErrorDetail[] }) {
  const mine = details.filter((d) => d.policy === c.policy)
  const result = !c.usable
    ? 'not usable'
    : c.allowed
      ? c.mutating
        ? 'admits, with changes'
        : 'admits as is'
      : 'refuses'
  return (
    <li className="candidate" data-testid={`psp.candidate.${c.policy}`}>
      <div className="candidate-head">
        {c.at ? <RevealButton at={c.at}>{c.policy}</RevealButton> : <code>{c.policy}</code>}
        <Badge tone={!c.usable ? 'neutral' : c.allowed ? 'good' : 'bad'}>{result}</Badge>
        {c.pssLevel && (
          <span className="muted" title={LEVELS_AND_MODES[c.pssLevel]}>
            corresponds to Pod Security Standards <strong>{c.pssLevel}</strong>
          </span>
        )}
      </div>
      {c.skipped && <p className="muted">{c.skipped}</p>}
      <Errors rows={errorRows(mine, c.errors ?? [])} label={`Errors of ${c.policy}`} />
      {(c.pssReasons ?? []).length > 0 && (
        <details className="pss-reasons">
          <summary>Why not a stricter level</summary>
          <ul>
            {withKeys(c.pssReasons ?? [], (r) => `${r.level}:${r.field}`).map(([k, r]) => (
              <li key={k}>
                not {r.level}: <code>{r.field}</code> {r.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  )
}

export const PspSection = memo(function PspSection({
  psp,
  of,
}: {
  psp: PodSecurityPolicyReport
  of: string
}) {
  const [mutations, moreMutations] = useWindow(mutationsOf(psp))
  const [candidates, moreCandidates] = useWindow(psp.candidates ?? [])
  const details = psp.errorDetails ?? []
  return (
    <section className="section" aria-label={`PodSecurityPolicy of ${of}`}>
      <h4>
        PodSecurityPolicy{' '}
        <Badge tone={psp.allowed ? 'good' : 'bad'}>{psp.allowed ? 'admitted' : 'rejected'}</Badge>
      </h4>
      {psp.allowed && psp.policy && (
        <p className="meta">
          Admitted by <strong data-testid="psp.policy">{psp.policy}</strong> (policies that change
          nothing are tried first, then by name).
        </p>
      )}
      {psp.message && (
        <pre className="message" data-testid="psp.message">
          <Text text={psp.message} />
        </pre>
      )}
      {mutations.length > 0 && (
        <div>
          <p className="subhead">The pod as admitted: what the policy changed</p>
          <pre className="diff" data-testid="psp.diff">
            {mutations.map((m) => (
              <span key={m.path} className="diff-line">
                {m.before !== undefined && m.before !== null && (
                  <span className="del">{`- ${m.path}: ${clip(formatValue(m.before))}\n`}</span>
                )}
                <span className="ins">
                  {`+ ${m.path}: ${clip(formatValue(m.value))}`}
                  {m.at && (
                    <>
                      {' '}
                      <RevealButton at={m.at} />
                    </>
                  )}
                  {'\n'}
                </span>
              </span>
            ))}
          </pre>
          {moreMutations}
        </div>
      )}
      {candidates.length > 0 && (
        <>
          <p className="subhead">Each policy's answer</p>
          <ul className="candidates">
            {candidates.map((c) => (
              <Candidate key={c.policy} c={c} details={details} />
            ))}
          </ul>
          {moreCandidates}
        </>
      )}
      {candidates.length === 0 && !psp.allowed && (
        <Errors rows={errorRows(details, psp.errors ?? [])} label="Errors" />
      )}
      {candidates.length > 0 && <Usable candidates={psp.candidates ?? []} />}
    </section>
  )
})
