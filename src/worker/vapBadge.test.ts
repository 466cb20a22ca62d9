/**
 * Each workload's ValidatingAdmissionPolicy badge in the view (worker/view.ts): the engine's own
 * outcome (vap/outcome.ts) of the results about the workload and the Pod its template creates,
 * the indices of those results, and a summary row that is denied exactly when a binding denies it
 * (the report's `allowed: false`, as `podplay check` counts it). A change to the policy alone (the
 * workload's report reused) still reaches the row, and the delta carries it.
 */
import { describe, expect, it } from 'vitest'
import { evaluate } from '../engine'
import { summarize } from '../engine/summary'
import { createWorkloadMemo } from '../engine/stages/memo'
import { VAP_EXAMPLES } from '../engine/vap/examples'
import { admissionOutcome } from '../engine/vap/outcome'
import { applyDelta, createViewSession, type ViewRequest, viewOf } from './view'

const example = (id: string) => VAP_EXAMPLES.find((e) => e.id === id)!
const REQUEST: ViewRequest = { open: [], problems: 200 }

describe('the VAP badge of each workload', () => {
  it.each(VAP_EXAMPLES.map((e) => [e.id, e] as const))('%s', (_id, e) => {
    const report = evaluate({ pod: e.pod, policy: e.policy })
    const results = report.admissionPolicies ?? []
    const view = viewOf(report, REQUEST)
    const summary = summarize(report)
    view.rows.forEach((row, i) => {
      const w = report.workloads[i]!
      // the results about this workload: itself, or the Pod its template creates
      const mine = results
        .map((r, j) => [r, j] as const)
        .filter(
          ([r]) =>
            r.object.editor === w.editor &&
            r.object.line === w.line &&
            (r.object.templateOf === `${w.kind}/${w.name}` ||
              (r.object.templateOf === undefined && r.object.name === w.name)),
        )
      const outcome = admissionOutcome(mine.map(([r]) => r))
      expect(row.vap).toEqual(outcome && { ...outcome, results: mine.map(([, j]) => j) })
      // the summary row says denied when a binding keeps a denial, as the engine's summary does
      const denied = mine.some(([r]) => !r.allowed)
      if (denied) expect(row.summary.denied).toBe(true)
      expect(row.summary.denied).toBe(summary.rows.find((s) => s.index === i)!.denied)
    })
  })

  it('the replica limit: denied by its policy, then passes once fixed', () => {
    const e = example('vap-replica-limit')
    const denied = viewOf(evaluate({ pod: e.pod, policy: e.policy }), REQUEST).rows[0]!
    expect(denied.vap?.verdict).toBe('denied')
    expect(denied.vap?.text).toBe('VAP: denied by replicalimit-policy.example.com')
    expect(denied.summary.denied).toBe(true)
    const fixed = e.pod.replace('replicas: 5', 'replicas: 3')
    const passes = viewOf(evaluate({ pod: fixed, policy: e.policy }), REQUEST).rows[0]!
    expect(passes.vap?.text).toBe('VAP: passes')
    expect(passes.summary.denied).toBe(false)
  })

  it('no badge when no binding matches the workload', () => {
    const e = example('vap-replica-limit')
    const pod = e.pod.replace('kind: Deployment', 'kind: StatefulSet')
    const row = viewOf(evaluate({ pod, policy: e.policy }), REQUEST).rows[0]!
    expect(row.vap).toBeNull()
  })

  it('a change to the policy alone reaches the row and its delta', () => {
    const e = example('vap-replica-limit')
    const session = createViewSession()
    const memo = createWorkloadMemo()
    const caches = { pod: new Map(), policy: new Map() }
    const run = (policy: string) =>
      session.report(evaluate({ pod: e.pod, policy }, { memo, caches }), REQUEST)
    let mirror = applyDelta(null, run(e.policy))
    expect(mirror.rows[0]!.vap?.verdict).toBe('denied')
    const delta = run(e.policy.replace('maxReplicas: "3"', 'maxReplicas: "9"'))
    mirror = applyDelta(mirror, delta)
    expect(delta.rows?.changed.map(([i]) => i)).toEqual([0])
    expect(mirror.rows[0]!.vap?.text).toBe('VAP: passes')
    expect(mirror.rows[0]!.summary.denied).toBe(false)
  })
})

describe('the line of objects not judged in the view', () => {
  it('says the ConfigMap parameter apart, and lists its note when expanded', () => {
    const e = example('vap-replica-limit')
    const report = evaluate({ pod: e.pod, policy: e.policy })
    const nj = viewOf(report, { ...REQUEST, notJudged: true }).notJudged
    const param = report.admissionPolicyParams![0]!
    expect(nj?.line).toContain(`ConfigMap default/${param.name} (parameter of binding`)
    expect(nj?.line).not.toContain('not judged')
    expect(nj?.count).toBe(1)
    expect(nj?.shown?.map((p) => [p.code, p.line])).toEqual([['vap-param', param.at!.line]])
    expect(viewOf(report, REQUEST).problems.some((p) => p.code === 'vap-param')).toBe(false)
  })
})
