/**
 * Pod Security Standards: verdict, Kubernetes' exact message, one row per violation, the modes
 * (warn and audit in Pod Security Admission's words), the ladder of levels.
 */
import { memo } from 'react'
import type {
  Level,
  PodSecurityModeResult,
  PodSecurityReport,
  PodSecurityViolation,
} from '../../engine/report'
import { modeShown } from '../../engine/vocabulary'
import { MakeItMeet, ViolationFixes } from '../fixes/QuickFixes'
import { LEVELS_AND_MODES, PSS_CHECKS } from '../glossary'
import { Text, useWindow } from './bounded'
import { Badge, Locations, withKeys } from './common'

const SOURCE: Record<string, string> = {
  override: 'chosen in the toolbar',
  namespace: "from the namespace's labels",
  default: 'the default (no namespace label, no choice in the toolbar)',
}

const OUTCOME_TONE = { denied: 'bad', audited: 'warn', warned: 'warn', none: 'good' } as const

export const PssSection = memo(function PssSection({
  pss,
  kind,
  of,
  fixKey,
}: {
  pss: PodSecurityReport
  kind: string
  of: string
  /** The workload's row key when it is in the pod editor: its violations offer quick fixes. */
  fixKey?: string
}) {
  const violations = pss.violations ?? []
  return (
    <section className="section" aria-label={`Pod Security Standards of ${of}`}>
      <h4>
        Pod Security Standards{' '}
        <Badge tone={pss.allowed ? 'good' : 'bad'}>{pss.allowed ? 'allowed' : 'denied'}</Badge>
      </h4>
      <p className="meta">
        <span title={LEVELS_AND_MODES[pss.level]}>
          <code>
            {pss.level}:{pss.version}
          </code>
        </span>
        ,{' '}
        <span data-testid="pss.source">{pss.sourceDetail ?? SOURCE[pss.source] ?? pss.source}</span>
        {pss.highestLevel && (
          <>
            {' '}
            · highest level met:{' '}
            <strong title={LEVELS_AND_MODES[pss.highestLevel]} data-testid="pss.highest">
              {pss.highestLevel}
            </strong>
          </>
        )}
      </p>
      {!pss.allowed && kind !== 'Pod' && (
        <p className="note">
          A {kind} itself is only warned about; Pod Security Admission rejects the pods it creates.
        </p>
      )}
      {pss.message && (
        <pre className="message" data-testid="pss.message">
          <Text text={pss.message} />
        </pre>
      )}
      {violations.length > 0 && (
        <Violations violations={violations} testId="pss.violation" fixKey={fixKey} />
      )}
      {fixKey !== undefined && !pss.allowed && (
        <MakeItMeet level={pss.level} version={pss.version} />
      )}
      {(pss.modes ?? []).length > 0 && (
        <table className="modes">
          <caption className="sr-only">Pod Security Admission modes</caption>
          <thead>
            <tr>
              <th scope="col">mode</th>
              <th scope="col">level</th>
              <th scope="col">result</th>
            </tr>
          </thead>
          <tbody>
            {(pss.modes ?? []).map((m) => (
              <tr key={m.mode} title={m.message ?? undefined}>
                <th scope="row" title={LEVELS_AND_MODES[m.mode]}>
                  {m.mode}
                </th>
                <td>
                  <code>
                    {m.level}:{m.version}
                  </code>
                </td>
                <td>
                  {m.mode === 'enforce' && !m.allowed && kind !== 'Pod' ? (
                    // the workload object itself passes; the pods it creates are what enforce rejects
                    <Badge tone="bad">pods rejected</Badge>
                  ) : (
                    <Badge tone={OUTCOME_TONE[m.outcome] ?? 'neutral'}>
                      {m.outcome === 'none' ? 'no effect' : m.outcome}
                    </Badge>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ModeMessages modes={pss.modes ?? []} />
      {pss.levels && (
        <Ladder
          levels={pss.levels}
          enforced={pss.level}
          version={fixKey === undefined ? undefined : pss.version}
        />
      )}
    </section>
  )
})

/**
 * What the warn and audit modes report, in Pod Security Admission's words: the warning kubectl
 * prints (`Warning: would violate PodSecurity "restricted:latest": ...`) and the audit annotation.
 */
function ModeMessages({ modes }: { modes: readonly PodSecurityModeResult[] }) {
  const lines = modes
    .filter((m) => m.mode !== 'enforce')
    .map((m) => [m.mode, modeShown(m)] as const)
    .filter((x): x is [PodSecurityModeResult['mode'], string] => x[1] !== null)
  if (!lines.length) return null
  return (
    <div className="mode-messages">
      {lines.map(([mode, text]) => (
        <pre key={mode} className="message" data-testid={`pss.mode.${mode}`}>
          {text}
        </pre>
      ))}
    </div>
  )
}

function Violations({
  violations,
  testId,
  fixKey,
}: {
  violations: readonly PodSecurityViolation[]
  testId: string
  fixKey?: string
}) {
  const [shown, more] = useWindow(violations)
  return (
    <>
      <ol className="violations" aria-label="Violations">
        {withKeys(shown, (v) => `${v.check}:${v.detail}`).map(([k, v]) => (
          <li key={k} className="violation" data-testid={`${testId}.${v.check}`}>
            <details>
              <summary title={PSS_CHECKS[v.check]}>
                <strong>{v.reason}</strong> <span className="muted">{v.check}</span>
              </summary>
              {PSS_CHECKS[v.check] && <p className="explanation">{PSS_CHECKS[v.check]}</p>}
            </details>
            <p className="detail">
              <Text text={v.detail} />
            </p>
            <Locations locations={v.locations} />
            {fixKey !== undefined && <ViolationFixes rowKey={fixKey} v={v} />}
          </li>
        ))}
      </ol>
      {more}
    </>
  )
}

const LADDER: readonly Level[] = ['privileged', 'baseline', 'restricted']

/** Every level at the enforced version: what each one asks of this pod, whatever is enforced. */
function Ladder({
  levels,
  enforced,
  version,
}: {
  levels: NonNullable<PodSecurityReport['levels']>
  enforced: Level
  /** Set for a workload of the pod editor: each level it does not meet offers "Make it meet". */
  version?: string
}) {
  return (
    <ul className="ladder" aria-label="Levels" data-testid="pss.ladder">
      {LADDER.map((level) => {
        const l = levels[level]
        const n = l.violations.length
        const summary = (
          <>
            <span title={LEVELS_AND_MODES[level]}>{level}</span>:{' '}
            <Badge tone={l.allowed ? 'good' : 'bad'}>
              {l.allowed ? 'yes' : `no, ${n} check${n === 1 ? '' : 's'}`}
            </Badge>
            {level === enforced && <span className="muted"> (enforced)</span>}
          </>
        )
        return (
          <li key={level} data-testid={`pss.level.${level}`}>
            {l.allowed || level === enforced ? (
              summary
            ) : (
              <details>
                <summary>{summary}</summary>
                <Violations violations={l.violations} testId={`pss.level.${level}.violation`} />
                {version !== undefined && <MakeItMeet level={level} version={version} />}
              </details>
            )}
          </li>
        )
      })}
    </ul>
  )
}
