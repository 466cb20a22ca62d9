/**
 * PodSecurityPolicy: admitted or rejected, the winning policy, the pod's changes as a diff, and
 * each policy's own errors; checkboxes choose which policies the service account may use.
 */
import type { PodSecurityPolicyReport, PspCandidate } from '../../engine/report'
import { useAppState } from '../AppContext'
import { Badge, formatValue, Locations, withKeys } from './common'

interface Mutation {
  path: string
  value: unknown
  before?: unknown
  locations?: unknown
}

interface Located {
  message: string
  locations?: unknown
}

const pathText = (p: unknown) => (Array.isArray(p) ? p.join('.') : String(p))

function mutationsOf(psp: PodSecurityPolicyReport): Mutation[] {
  const details = (psp as { mutationDetails?: unknown }).mutationDetails
  const list = Array.isArray(details) ? details : (psp.mutations ?? [])
  return list
    .filter((m): m is Record<string, unknown> => typeof m === 'object' && m !== null)
    .map((m) => ({ ...m, path: pathText(m.path), value: m.value }))
}

function errorsOf(entry: { errors?: string[]; errorDetails?: unknown }): Located[] {
  if (Array.isArray(entry.errorDetails))
    return entry.errorDetails.filter(
      (e): e is Located => typeof e === 'object' && e !== null && typeof e.message === 'string',
    )
  return (entry.errors ?? []).map((message) => ({ message }))
}

function Usable({ candidates }: { candidates: PspCandidate[] }) {
  const usable = useAppState((s) => s.settings.pspUsable)
  const setSettings = useAppState((s) => s.setSettings)
  const names = candidates.map((c) => c.policy)
  const toggle = (name: string, on: boolean) => {
    const current = usable ?? names
    const next = on ? [...new Set([...current, name])] : current.filter((n) => n !== name)
    setSettings({ pspUsable: names.every((n) => next.includes(n)) ? null : next })
  }
  return (
    <fieldset className="usable">
      <legend>Policies the service account may use</legend>
      {names.map((n) => (
        <label key={n}>
          <input
            type="checkbox"
            checked={usable === null || usable.includes(n)}
            onChange={(e) => toggle(n, e.target.checked)}
          />{' '}
          {n}
        </label>
      ))}
    </fieldset>
  )
}

export function PspSection({ psp }: { psp: PodSecurityPolicyReport }) {
  const mutations = mutationsOf(psp)
  const candidates = psp.candidates ?? []
  const errors = errorsOf(psp as PodSecurityPolicyReport & { errorDetails?: unknown })
  return (
    <section className="section" aria-label="PodSecurityPolicy">
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
          {psp.message}
        </pre>
      )}
      {mutations.length > 0 && (
        <div>
          <p className="subhead">The pod as admitted: what the policy changed</p>
          <pre className="diff">
            {mutations.map((m) => (
              <span key={m.path} className="diff-line">
                {m.before !== undefined && (
                  <span className="del">{`- ${m.path}: ${formatValue(m.before)}\n`}</span>
                )}
                <span className="ins">{`+ ${m.path}: ${formatValue(m.value)}\n`}</span>
              </span>
            ))}
          </pre>
        </div>
      )}
      {!psp.allowed && errors.length > 0 && (
        <ul className="errors" aria-label="Errors">
          {withKeys(errors, (e) => e.message).map(([k, e]) => (
            <li key={k}>
              <code>{e.message}</code> <Locations locations={e.locations} />
            </li>
          ))}
        </ul>
      )}
      {candidates.length > 0 && (
        <table className="candidates">
          <caption className="subhead">Each policy's answer</caption>
          <thead>
            <tr>
              <th scope="col">policy</th>
              <th scope="col">result</th>
              <th scope="col">why</th>
            </tr>
          </thead>
          <tbody>
            {candidates.map((c) => {
              const level = (c as { pssLevel?: unknown; level?: unknown }).pssLevel
              return (
                <tr key={c.policy} data-testid={`psp.candidate.${c.policy}`}>
                  <th scope="row">
                    {c.policy}
                    {typeof level === 'string' && <span className="muted"> ≈ {level}</span>}
                  </th>
                  <td>
                    <Badge tone={!c.usable ? 'neutral' : c.allowed ? 'good' : 'bad'}>
                      {!c.usable
                        ? 'not usable'
                        : c.allowed
                          ? c.mutating
                            ? 'admits, changes'
                            : 'admits'
                          : 'refuses'}
                    </Badge>
                  </td>
                  <td>
                    {c.skipped && <span className="muted">{c.skipped}</span>}
                    <ul className="errors">
                      {withKeys(
                        errorsOf(c as PspCandidate & { errorDetails?: unknown }),
                        (e) => e.message,
                      ).map(([k, e]) => (
                        <li key={k}>
                          <code>{e.message}</code> <Locations locations={e.locations} />
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      {candidates.length > 0 && <Usable candidates={candidates} />}
    </section>
  )
}
