/**
 * ValidatingAdmissionPolicy (issue 13): per object of the pod editor and per binding that matched
 * it, the verdict with the API server's words, what the binding's actions and the policy's
 * failurePolicy did, each failing expression (revealing it in the policy editor), each variable's
 * value, the audit annotations; then the bindings that did not match an object, and why. The worker
 * sends a page of each list (worker/view.ts `AdmissionView`); "show more" asks for the next.
 */
import { memo, type ReactNode, useEffect, useRef } from 'react'
import type {
  AdmissionPolicyFailure,
  AdmissionPolicyNotMatched,
  AdmissionPolicyObject,
  AdmissionPolicyResult,
} from '../../engine/report'
import { admissionObjectName } from '../../worker/markers'
import { ADMISSION_PAGE, type AdmissionView } from '../../worker/view'
import { useAppState } from '../AppContext'
import { clip, MAX_LABEL, MAX_TEXT } from '../clip'
import { FullTextProvider, Text, useWindow } from './bounded'
import { Badge, formatValue, RevealButton, type Tone, withKeys } from './common'
import './admission-policy.css'

/** What each of a binding's validationActions does with a failure (spec §11, §13). */
export const ACTION_MEANING: Record<string, string> = {
  Deny: 'a failure refuses the request: the API server answers with its denial',
  Warn: 'a failure lets the request through with a warning (kubectl prints "Warning: ...")',
  Audit: 'a failure is written into the request’s audit event; the client sees nothing',
}

/** What the policy's failurePolicy does with an expression error or a misconfiguration. */
export const FAILURE_POLICY_MEANING: Record<string, string> = {
  Fail: 'an expression that errors (or a missing parameter) counts as a failure',
  Ignore: 'an expression that errors is dropped and the request goes on',
}

const REASON_CODE: Record<string, number> = {
  Unauthorized: 401,
  Forbidden: 403,
  Invalid: 422,
  RequestEntityTooLarge: 413,
}

/** The one-word verdict of a result and its tone. */
export function resultVerdict(r: AdmissionPolicyResult): { text: string; tone: Tone } {
  if (r.allowed === false) return { text: 'denied', tone: 'bad' }
  if (r.skipped) return { text: 'skipped', tone: 'neutral' }
  if ((r.failures ?? []).length === 0) return { text: 'passes', tone: 'good' }
  if ((r.actions ?? []).includes('Warn')) return { text: 'warned', tone: 'warn' }
  return { text: 'audited', tone: 'warn' }
}

const objectKey = (o: AdmissionPolicyObject) =>
  `${o.editor}:${o.line}:${o.kind}:${o.namespace}/${o.name}:${o.templateOf ?? ''}`

/**
 * Consecutive entries of the same object, together (the report lists them in document order),
 * each group with the index of its first entry in `list`.
 */
function byObject<T extends { object: AdmissionPolicyObject }>(list: readonly T[]) {
  const groups: { key: string; object: AdmissionPolicyObject; items: T[]; start: number }[] = []
  list.forEach((item, i) => {
    const key = objectKey(item.object)
    const last = groups[groups.length - 1]
    if (last?.key === key) last.items.push(item)
    else groups.push({ key, object: item.object, items: [item], start: i })
  })
  return groups
}

/**
 * The entries a workload's VAP badge points at (store `focusedAdmission`): each group holding one
 * is marked, and the first is scrolled to and focused each time the badge is used.
 */
function useFocusedGroups(count: number) {
  const focused = useAppState((s) => s.focusedAdmission)
  const first = useRef<HTMLLIElement>(null)
  const hit = (start: number, size: number) =>
    focused?.results.some((i) => i >= start && i < start + size) ?? false
  const firstStart = focused?.results[0]
  const seq = focused?.seq ?? 0
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again when the entries arrive
  useEffect(() => {
    if (!seq || !first.current) return
    first.current.scrollIntoView({ block: 'start' })
    first.current.focus({ preventScroll: true })
  }, [seq, count])
  const isFirst = (start: number, size: number) =>
    firstStart !== undefined && firstStart >= start && firstStart < start + size
  return { hit, isFirst, first }
}

function ObjectPlace({ o }: { o: AdmissionPolicyObject }) {
  const name = admissionObjectName(o)
  const at = o.at ?? { editor: o.editor, line: o.line }
  return (
    <RevealButton at={at}>
      {name} <span className="muted">{`${at.editor}:${at.line}`}</span>
    </RevealButton>
  )
}

/** A value as compact JSON, shortened with a "show all" control. */
function JsonValue({ value }: { value: unknown }) {
  const json = formatValue(value)
  const short = clip(json, MAX_TEXT)
  return (
    <FullTextProvider full={new Map(short === json ? [] : [[short, json]])}>
      <code className="vap-json">
        <Text text={short} />
      </code>
    </FullTextProvider>
  )
}

function Failure({ f, ignored }: { f: AdmissionPolicyFailure; ignored?: boolean }) {
  const error = f.reason === undefined
  return (
    <li className={ignored ? 'vap-failure vap-ignored' : 'vap-failure'}>
      {f.at && <RevealButton at={f.at} />}{' '}
      {f.expression !== '' && <code className="vap-expression">{f.expression}</code>}
      <div className="vap-failure-message" data-testid="vap.failure">
        <Text text={f.message} />
      </div>
      <div className="muted vap-failure-kind">
        {ignored
          ? 'an expression error, dropped: failurePolicy Ignore admits the request'
          : error
            ? 'an expression error: failurePolicy Fail counts it as a failure'
            : `reason ${f.reason}${REASON_CODE[f.reason ?? ''] ? ` (HTTP ${REASON_CODE[f.reason ?? '']})` : ''}`}
      </div>
    </li>
  )
}

function List<T>({
  items,
  label,
  render,
  keyOf,
}: {
  items: readonly T[]
  label: string
  render: (item: T) => ReactNode
  keyOf: (item: T) => string
}) {
  const [shown, more] = useWindow(items, 50)
  if (!items.length) return null
  return (
    <>
      <p className="subhead">{label}</p>
      <ul className="vap-list" aria-label={label}>
        {withKeys(shown, keyOf).map(([k, item]) => (
          <li key={k}>{render(item)}</li>
        ))}
      </ul>
      {more}
    </>
  )
}

function Result({ r }: { r: AdmissionPolicyResult }) {
  const verdict = resultVerdict(r)
  const failures = r.failures ?? []
  const ignored = r.ignored ?? []
  const audit = Object.entries(r.audit ?? {})
  return (
    <li className="vap-result" data-testid="vap.result" data-binding={clip(r.binding, MAX_LABEL)}>
      <div className="vap-result-head">
        <Badge tone={verdict.tone}>{verdict.text}</Badge>
        <span>
          policy <strong>{r.policy}</strong>, binding <strong>{r.binding}</strong>
        </span>
      </div>
      <p className="vap-actions">
        {(r.actions ?? []).map((a) => (
          <span key={a} className="vap-action" title={ACTION_MEANING[a]}>
            {a}
          </span>
        ))}{' '}
        <span className="muted">
          {(r.actions ?? []).map((a) => ACTION_MEANING[a]).join('; ')}.
          {r.failurePolicy && (
            <>
              {' '}
              failurePolicy {r.failurePolicy}: {FAILURE_POLICY_MEANING[r.failurePolicy]}.
            </>
          )}
        </span>
      </p>
      {r.skipped && <p className="muted">{r.skipped}</p>}
      {r.message && (
        <pre className={`message vap-message vap-${verdict.tone}`} data-testid="vap.message">
          <Text text={r.message} />
        </pre>
      )}
      {failures.length > 0 && (
        <ul className="vap-failures" aria-label="Failing expressions">
          {withKeys(failures, (f) => `${f.expression}:${f.message}`).map(([k, f]) => (
            <Failure key={k} f={f} />
          ))}
        </ul>
      )}
      {ignored.length > 0 && (
        <ul className="vap-failures" aria-label="Errors failurePolicy Ignore dropped">
          {withKeys(ignored, (f) => `${f.expression}:${f.message}`).map(([k, f]) => (
            <Failure key={k} f={f} ignored />
          ))}
        </ul>
      )}
      {(r.warnings ?? []).length > 0 && !r.message?.startsWith('Warning: ') && (
        <List
          items={r.warnings ?? []}
          label="Warnings kubectl prints"
          keyOf={(w) => w}
          render={(w) => <Text text={`Warning: ${w}`} />}
        />
      )}
      {(r.warnings ?? []).length > 1 && r.message?.startsWith('Warning: ') && (
        <List
          items={(r.warnings ?? []).slice(1)}
          label="More warnings kubectl prints"
          keyOf={(w) => w}
          render={(w) => <Text text={`Warning: ${w}`} />}
        />
      )}
      <List
        items={r.variables ?? []}
        label="Variables"
        keyOf={(v) => v.name}
        render={(v) => (
          <>
            <code>variables.{v.name}</code> ={' '}
            {v.error !== undefined ? (
              <span className="vap-error">
                <Text text={v.error} />
              </span>
            ) : (
              <JsonValue value={v.value} />
            )}
          </>
        )}
      />
      <List
        items={audit}
        label="Audit annotations"
        keyOf={([k]) => k}
        render={([k, v]) => (
          <>
            <code>
              <Text text={k} />
            </code>
            : <Text text={v} />
          </>
        )}
      />
      {(r.params ?? []).length > 0 && (
        <p className="meta">
          Parameters: <Text text={(r.params ?? []).join(', ')} />
        </p>
      )}
    </li>
  )
}

function NotMatched({
  list,
  count,
  open,
}: {
  list: readonly AdmissionPolicyNotMatched[]
  count: number
  open: boolean
}) {
  if (!count) return null
  return (
    <details className="vap-not-matched" open={open}>
      <summary>
        Bindings that did not match <span className="muted">{count.toLocaleString('en-US')}</span>
      </summary>
      <ul aria-label="Bindings that did not match">
        {byObject(list).map((g) => (
          <li key={g.key}>
            <ObjectPlace o={g.object} />
            <ul>
              {withKeys(g.items, (m) => `${m.policy}:${m.binding}`).map(([k, m]) => (
                <li key={k} data-testid="vap.not-matched">
                  binding <strong>{m.binding}</strong> (policy {m.policy}): <Text text={m.reason} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </details>
  )
}

export const AdmissionPolicySection = memo(function AdmissionPolicySection({
  admission,
}: {
  admission: AdmissionView
}) {
  const showMore = useAppState((s) => s.showMoreAdmission)
  const a = admission
  const focus = useFocusedGroups(a.results.length)
  const passed = a.resultCount - a.denied - a.failedNotDenied
  const rest = a.resultCount - a.results.length + (a.notMatchedCount - a.notMatched.length)
  return (
    <section className="card vap" aria-label="ValidatingAdmissionPolicy">
      <h3>
        ValidatingAdmissionPolicy{' '}
        <span className="verdicts">
          {a.denied > 0 && <Badge tone="bad">{a.denied} denied</Badge>}
          {a.failedNotDenied > 0 && (
            <Badge tone="warn">{a.failedNotDenied} warned or audited</Badge>
          )}
          {passed > 0 && <Badge tone="good">{passed} passed</Badge>}
        </span>
      </h3>
      <p className="meta vap-intro">
        A ValidatingAdmissionPolicy is a set of CEL expressions the API server checks on the
        requests it matches; a ValidatingAdmissionPolicyBinding puts a policy into force for some
        resources and says what a failure does (Deny, Warn, Audit). Each object of the pod editor is
        a CREATE request; a workload’s template is judged again as the Pod it creates.
      </p>
      {a.resultCount === 0 && (
        <p className="muted">No binding matches an object of the pod editor.</p>
      )}
      <ul className="vap-objects" aria-label="Objects judged">
        {byObject(a.results).map((g) => (
          <li
            key={g.key}
            ref={focus.isFirst(g.start, g.items.length) ? focus.first : undefined}
            tabIndex={focus.isFirst(g.start, g.items.length) ? -1 : undefined}
            className={
              focus.hit(g.start, g.items.length) ? 'vap-object vap-object-focused' : 'vap-object'
            }
            data-object={clip(admissionObjectName(g.object), MAX_LABEL)}
          >
            <div className="vap-object-head">
              <ObjectPlace o={g.object} />
            </div>
            <ul className="vap-results">
              {withKeys(g.items, (r) => `${r.policy}:${r.binding}`).map(([k, r]) => (
                <Result key={k} r={r} />
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <NotMatched list={a.notMatched} count={a.notMatchedCount} open={a.resultCount === 0} />
      {rest > 0 && (
        <button type="button" className="show-more" onClick={showMore}>
          Show {ADMISSION_PAGE.toLocaleString('en-US')} more of each list (
          {rest.toLocaleString('en-US')} not shown)
        </button>
      )}
    </section>
  )
})
