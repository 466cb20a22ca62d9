/**
 * Quick fixes in the panel: a button per safe fix of a violation, what a person must decide when
 * there is none, "Make it meet <level>" (every safe fix, one undoable edit) and its outcome, and
 * least privilege for a workload (computed when its section is opened). The worker computes them;
 * the pod editor applies the edits, so Ctrl+Z undoes them.
 */
import { memo, type ReactNode, useState } from 'react'
import type { Level, PodSecurityViolation } from '../../engine/report'
import type { FixesView } from '../../worker/protocol'
import { useActions, useAppState } from '../AppContext'
import { Text } from '../results/bounded'
import { decisionForViolation, fixesForViolation, fixTitle } from './match'
import './fixes.css'

/** The fixes in the store, when they were computed for the text the pod editor holds now. */
function useCurrentFixes(): FixesView | null {
  return useAppState((s) =>
    s.fixes && s.fixes.input.pod === s.pod && s.fixes.input.policy === s.policy
      ? s.fixes.view
      : null,
  )
}

/** Under one violation of a workload's card: its fix buttons, or what a person must decide. */
export function ViolationFixes({ rowKey, v }: { rowKey: string; v: PodSecurityViolation }) {
  const view = useCurrentFixes()
  const actions = useActions()
  const ref = { key: rowKey, check: v.check, paths: (v.locations ?? []).map((l) => l.path) }
  const fixes = fixesForViolation(view, ref)
  const decision = fixes.length === 0 ? decisionForViolation(view, ref) : undefined
  if (fixes.length === 0 && !decision) return null
  return (
    <div className="fixes">
      {fixes.map((f) => (
        <button
          key={`${f.edit.start}:${f.description}`}
          type="button"
          className="fix-button"
          title={`Line ${f.line}: ${f.description}`}
          onClick={() => actions.applyFix(f)}
        >
          {fixTitle(f)}
        </button>
      ))}
      {decision && (
        <p className="decision">
          <strong>No safe fix.</strong> To decide: <Text text={decision.decide} />
        </p>
      )}
    </div>
  )
}

/** "Make it meet <level>": every safe fix in the pod editor, then what is left to decide. */
export function MakeItMeet({ level, version }: { level: Level; version: string }) {
  const actions = useActions()
  const [busy, setBusy] = useState(false)
  return (
    <button
      type="button"
      className="fix-all"
      disabled={busy}
      title="Applies every safe fix to the pod editor (one edit: Ctrl+Z undoes it)"
      onClick={() => {
        setBusy(true)
        void actions.makeItMeet(level, version).finally(() => setBusy(false))
      }}
    >
      Make it meet {level}
    </button>
  )
}

/** What the last "Make it meet" did: the fixes applied and what a person must decide. */
export const FixOutcomeNote = memo(function FixOutcomeNote() {
  const outcome = useAppState((s) => s.fixOutcome)
  const clear = useAppState((s) => s.setFixOutcome)
  if (!outcome) return null
  const n = outcome.applied.length
  let head: ReactNode
  if (outcome.unreadable !== null) head = <Text text={outcome.unreadable} />
  else if (outcome.stale) head = 'The text changed before the fixes came back: nothing was applied.'
  else
    head = (
      <>
        {n === 0 ? 'No safe fix to apply' : `Applied ${n} safe fix${n === 1 ? '' : 'es'}`} for{' '}
        <code>
          {outcome.level}:{outcome.version}
        </code>
        {outcome.meets ? ': every workload meets it now.' : '.'}
        {n > 0 && ' Ctrl+Z in the pod editor undoes it.'}
      </>
    )
  return (
    <section className="fix-outcome" aria-label="Quick fixes applied" data-testid="fix.outcome">
      <p>{head}</p>
      {outcome.decisions.length > 0 && (
        <>
          <p>Left for a person to decide:</p>
          <ul className="decisions">
            {outcome.decisions.map((d) => (
              <li key={`${d.workload}:${d.check}:${d.line}`}>
                <Text text={d.name} />, line {d.line}: <Text text={d.violation} />.{' '}
                <Text text={d.decide} />
                {d.unsafe && (
                  <span className="muted">
                    {' '}
                    (not fixed automatically: <Text text={d.unsafe} />)
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" onClick={() => clear(null)}>
        Dismiss
      </button>
    </section>
  )
})

/** Least privilege for a workload of the pod editor, computed when the section is opened. */
export function LeastPrivilege({ rowKey, of }: { rowKey: string; of: string }) {
  const actions = useActions()
  const state = useAppState((s) => s.leastPrivilege[rowKey])
  const stale = useAppState(
    (s) => state?.status === 'ok' && (state.input.pod !== s.pod || state.input.policy !== s.policy),
  )
  const [copied, setCopied] = useState<string | null>(null)
  const load = () => void actions.loadLeastPrivilege(rowKey)
  const view = state?.status === 'ok' ? state.view : null
  return (
    <details
      className="section least-privilege"
      aria-label={`Least privilege for ${of}`}
      data-testid="leastPrivilege"
      onToggle={(e) => {
        if (e.currentTarget.open && (!state || stale)) load()
      }}
    >
      <summary>
        <h4>Least privilege</h4>
      </summary>
      {state?.status === 'loading' && <p className="muted">Computing…</p>}
      {state?.status === 'failed' && (
        <p className="note note-bad">
          Could not compute it: <Text text={state.message} />
        </p>
      )}
      {stale && (
        <p className="note">
          Computed for an earlier text.{' '}
          <button type="button" onClick={load}>
            Compute again
          </button>
        </p>
      )}
      {state?.status === 'ok' && !view && <p className="muted">This workload is gone.</p>}
      {view?.reachable && (
        <p data-testid="leastPrivilege.reachable">
          Highest Pod Security level ({view.version}): <strong>{view.reachable.now}</strong> as
          written;{' '}
          {view.reachable.reachable === view.reachable.now ? (
            <>
              safe fixes reach no higher level
              {view.reachable.now !== 'restricted' && ' (what is left is for a person to decide)'}.
            </>
          ) : (
            <>
              <strong>{view.reachable.reachable}</strong> with {view.reachable.fixes} safe fix
              {view.reachable.fixes === 1 ? '' : 'es'} ("Make it meet {view.reachable.reachable}").
            </>
          )}
        </p>
      )}
      {view?.policy && (
        <>
          <p>
            The strictest PodSecurityPolicy that admits it unchanged
            {view.policy.admitsUnchanged
              ? ''
              : ' (podplay could not find one that admits it without a change: check it)'}
            :
          </p>
          <pre className="policy-yaml" data-testid="leastPrivilege.policy">
            {view.policy.yaml}
          </pre>
          {view.policy.relaxed.length > 0 && (
            <p className="note">
              Relaxed so that the policy does not change the pod: {view.policy.relaxed.join(', ')}.
            </p>
          )}
          <button
            type="button"
            onClick={() => {
              const yaml = view.policy?.yaml ?? ''
              void actions
                .copyText(yaml)
                .then((r) => setCopied(r.copied ? 'Copied.' : 'Copy failed: select the text.'))
            }}
          >
            Copy policy
          </button>{' '}
          {copied && (
            <span role="status" className="muted">
              {copied}
            </span>
          )}
        </>
      )}
    </details>
  )
}
