/**
 * The ValidatingAdmissionPolicy part of the view (issue 13) and its markers: what the worker sends
 * is the engine's own report (src/engine evaluate) cut to a page; a delta carries the part only
 * when it changed; markers stand at the failing expression's text in the policy editor and at the
 * object in the pod editor, with the API server's words (the report's).
 */
import { describe, expect, it } from 'vitest'
import { evaluate } from '../engine'
import type { EngineInput } from '../engine/report'
import { VAP_EXAMPLES } from '../engine/vap/examples'
import { reportToMarkers } from './markers'
import {
  ADMISSION_PAGE,
  applyDelta,
  createViewSession,
  type ReportView,
  type ViewRequest,
  viewOf,
} from './view'

const example = (id: string) => VAP_EXAMPLES.find((e) => e.id === id)!
const REPLICAS = example('vap-replica-limit')
const BLOG = example('vap-pod-security-blog')
const request = (admission = ADMISSION_PAGE): ViewRequest => ({
  open: [],
  problems: 200,
  admission,
})

/** 1-based line and column of `needle` in `text`, and just after it. */
function place(text: string, needle: string) {
  const at = text.indexOf(needle)
  const before = text.slice(0, at).split('\n')
  const line = before.length
  const column = before[before.length - 1]!.length + 1
  return { line, column, endColumn: column + needle.length }
}

const pods = (n: number, privileged: number) =>
  Array.from(
    { length: n },
    (_, i) => `apiVersion: v1
kind: Pod
metadata: {name: p${i}}
spec:
  containers:
  - name: c
    image: x
    securityContext: {privileged: ${i < privileged}}
`,
  ).join('---\n')

const BASELINE = example('vap-pss-baseline').policy

describe('the admission part of the view', () => {
  it('holds the results and the bindings that did not match, with counts', () => {
    const report = evaluate({ pod: REPLICAS.pod, policy: REPLICAS.policy })
    const a = viewOf(report, request()).admission
    expect(a?.results).toEqual(report.admissionPolicies)
    expect(a?.notMatched).toEqual(report.admissionPoliciesNotMatched)
    expect(a?.resultCount).toBe(report.admissionPolicies?.length)
    expect(a?.denied).toBe(report.admissionPolicies?.filter((r) => !r.allowed).length)
    expect(a?.denied).toBeGreaterThan(0)
  })

  it('is null without policies', () => {
    expect(viewOf(evaluate({ pod: pods(1, 0), policy: '' }), request()).admission).toBeNull()
  })

  it('sends a page of each list, and more on request', () => {
    const report = evaluate({ pod: pods(ADMISSION_PAGE + 20, 3), policy: BASELINE })
    const all = report.admissionPolicies ?? []
    expect(all.length).toBe(ADMISSION_PAGE + 20)
    const first = viewOf(report, request()).admission!
    expect(first.results).toEqual(all.slice(0, ADMISSION_PAGE))
    expect(first.resultCount).toBe(all.length)
    // the counts cover every result, not only the page
    expect(first.denied).toBe(all.filter((r) => !r.allowed).length)
    expect(viewOf(report, request(2 * ADMISSION_PAGE)).admission!.results).toEqual(all)
  })

  const steps: [string, EngineInput][] = [
    ['denied', { pod: REPLICAS.pod, policy: REPLICAS.policy }],
    ['fixed', { pod: REPLICAS.pod.replace('replicas: 5', 'replicas: 2'), policy: REPLICAS.policy }],
    [
      'the same again',
      { pod: REPLICAS.pod.replace('replicas: 5', 'replicas: 2'), policy: REPLICAS.policy },
    ],
    ['policies gone', { pod: REPLICAS.pod, policy: '' }],
    ['under Warn', { pod: BLOG.pod, policy: BLOG.policy }],
  ]
  it('deltas rebuild it, and carry it only when it changed', () => {
    const session = createViewSession()
    let mirror: ReportView | null = null
    let before: ReportView['admission'] | undefined
    for (const [name, input] of steps) {
      const report = evaluate(input)
      const delta = session.report(report, request())
      mirror = applyDelta(mirror, delta)
      const want = viewOf(report, request())
      expect(mirror, name).toEqual(want)
      const changed = JSON.stringify(before) !== JSON.stringify(want.admission)
      expect(delta.admission !== undefined, name).toBe(changed)
      before = want.admission
    }
  })
})

describe('admission markers', () => {
  it('a denial: the expression in the policy editor, the denial at the object', () => {
    const report = evaluate({ pod: REPLICAS.pod, policy: REPLICAS.policy })
    const failure = report.admissionPolicies![0]!.failures[0]!
    const m = reportToMarkers(report)
    const expr = place(REPLICAS.policy, failure.expression)
    const atPolicy = m.policy.filter((x) => x.source === 'ValidatingAdmissionPolicy')
    expect(atPolicy).toHaveLength(1)
    expect(atPolicy[0]).toMatchObject({
      severity: 'error',
      startLineNumber: expr.line,
      startColumn: expr.column,
      endLineNumber: expr.line,
      endColumn: expr.endColumn,
    })
    expect(atPolicy[0]!.message).toContain(failure.message)
    expect(atPolicy[0]!.message).toContain('Deployment default/web')
    const atPod = m.pod.filter((x) => x.source === 'ValidatingAdmissionPolicy')
    expect(atPod).toHaveLength(1)
    expect(atPod[0]).toMatchObject({
      severity: 'error',
      message: report.admissionPolicies![0]!.message,
      startLineNumber: place(REPLICAS.pod, 'kind:').line,
    })
  })

  it('Warn: warnings at both places, as kubectl prints them at the object', () => {
    const report = evaluate({ pod: BLOG.pod, policy: BLOG.policy })
    const result = report.admissionPolicies![0]!
    const m = reportToMarkers(report)
    const atPolicy = m.policy.filter((x) => x.source === 'ValidatingAdmissionPolicy')
    expect(atPolicy.map((x) => x.severity)).toEqual(result.failures.map(() => 'warning'))
    expect(atPolicy.map((x) => x.startLineNumber)).toEqual(
      result.failures.map((f) => place(BLOG.policy, f.expression).line),
    )
    const atPod = m.pod.filter((x) => x.source === 'ValidatingAdmissionPolicy')
    expect(atPod).toHaveLength(1)
    expect(atPod[0]!.severity).toBe('warning')
    expect(atPod[0]!.message.split('\n')).toEqual(result.warnings!.map((w) => `Warning: ${w}`))
  })

  it('one marker per failing expression, naming a few of the objects it fails', () => {
    const n = 7
    const report = evaluate({ pod: pods(n, n), policy: BASELINE })
    const m = reportToMarkers(report)
    const atPolicy = m.policy.filter((x) => x.source === 'ValidatingAdmissionPolicy')
    const expressions = new Set(
      report.admissionPolicies!.flatMap((r) => r.failures.map((f) => f.expression)),
    )
    expect(atPolicy).toHaveLength(expressions.size)
    expect(atPolicy[0]!.message).toContain(
      'Pod default/p0, Pod default/p1, Pod default/p2 and 4 more',
    )
    expect(m.pod.filter((x) => x.source === 'ValidatingAdmissionPolicy')).toHaveLength(n)
  })

  it('an error failurePolicy Ignore dropped: information at the expression, nothing at the object', () => {
    const policy = REPLICAS.policy
      .replace('failurePolicy: Fail', 'failurePolicy: Ignore')
      .replace('int(params.data.maxReplicas)', 'int(params.data.nope)')
    const report = evaluate({ pod: REPLICAS.pod, policy })
    expect(report.admissionPolicies![0]!.allowed).toBe(true)
    const m = reportToMarkers(report)
    const atPolicy = m.policy.filter((x) => x.source === 'ValidatingAdmissionPolicy')
    expect(atPolicy).toHaveLength(1)
    expect(atPolicy[0]!.severity).toBe('info')
    expect(atPolicy[0]!.message).toContain('failurePolicy Ignore')
    expect(m.pod.filter((x) => x.source === 'ValidatingAdmissionPolicy')).toEqual([])
  })
})
