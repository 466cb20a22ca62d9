/**
 * The view the worker sends (issue 10): rebuilt on the main thread from deltas it equals the view
 * of the whole report, and a delta carries only what changed. The reference is the engine's own
 * report (src/engine evaluate), cut by `viewOf`.
 */
import { describe, expect, it } from 'vitest'
import { evaluate } from '../engine'
import { createWorkloadMemo } from '../engine/stages/memo'
import type { EngineInput } from '../engine/report'
import {
  AUTO_OPEN,
  applyDelta,
  createViewSession,
  type ReportView,
  rowKeys,
  type ViewRequest,
  viewOf,
} from './view'
import { goalStatus } from './goal'

const pod = (name: string, extra = '') => `apiVersion: v1
kind: Pod
metadata: {name: ${name}}
spec:
  containers:
  - name: c
    image: x
    securityContext: {privileged: ${extra === 'privileged'}}${extra === 'privileged' ? '' : extra}
`
const many = (n: number, edit = -1, extra = '') =>
  Array.from({ length: n }, (_, i) => pod(`p${i}`, i === edit ? extra : '')).join('---\n')

const open = (...keys: string[]): ViewRequest => ({ open: keys, problems: 200 })

/** Each step: the input and what the panel asks to see, after the step before. */
const STEPS: [string, EngineInput, ViewRequest][] = [
  ['a few pods: every card open', { pod: many(3), policy: '' }, open()],
  ['one pod changed', { pod: many(3, 1, 'privileged'), policy: '' }, open()],
  ['many pods: rows only', { pod: many(AUTO_OPEN + 5), policy: '' }, open()],
  ['a card opened', { pod: many(AUTO_OPEN + 5), policy: '' }, open('pod:Pod:default/p4')],
  [
    'lines added above it',
    { pod: `# a\n# b\n${many(AUTO_OPEN + 5)}`, policy: '' },
    open('pod:Pod:default/p4'),
  ],
  ['broken YAML', { pod: 'a: [', policy: '' }, open()],
  [
    'objects not judged, expanded',
    { pod: `${many(2)}---\nkind: ConfigMap\nmetadata: {name: m}\n`, policy: '' },
    { ...open(), notJudged: true },
  ],
  ['back to a few', { pod: many(2), policy: '' }, open()],
]

describe('deltas rebuild the view', () => {
  const session = createViewSession()
  const memo = createWorkloadMemo()
  const caches = { pod: new Map(), policy: new Map() }
  let mirror: ReportView | null = null
  it.each(STEPS)('%s', (_name, input, request) => {
    const report = evaluate(input, { caches, memo })
    mirror = applyDelta(mirror, session.report(report, request))
    expect(mirror).toEqual(viewOf(report, request))
  })
})

describe('a delta carries only what changed', () => {
  it('one edited document among many: one row, its markers, no cards', () => {
    const session = createViewSession()
    const memo = createWorkloadMemo()
    const caches = { pod: new Map(), policy: new Map() }
    const n = AUTO_OPEN + 10
    const options = { level: 'baseline' as const }
    session.report(evaluate({ pod: many(n), policy: '', options }, { caches, memo }), open())
    const edited = evaluate(
      { pod: many(n, 20, 'privileged'), policy: '', options },
      { caches, memo },
    )
    const delta = session.report(edited, open())
    expect(delta.full).toBeUndefined()
    // the pod is now privileged: baseline denies it, so its row changes, and no other
    expect(delta.rows?.changed.map(([i]) => i)).toEqual([20])
    expect(delta.rows?.changed[0]?.[1].pss).toEqual({ level: 'baseline', allowed: false })
    expect(delta.cards).toBeUndefined()
    expect(delta.problems).toBeUndefined()
    expect(delta.markers?.pod).toBeDefined()
    expect(delta.markers?.policy).toBeUndefined()
    // nothing changed: nothing but the verdict
    const again = session.report(edited, open())
    expect(Object.keys(again)).toEqual(['verdict'])
  })

  it('opening a card sends that card only', () => {
    const session = createViewSession()
    const report = evaluate({ pod: many(AUTO_OPEN + 1), policy: '' })
    session.report(report, open())
    const delta = session.view(open('pod:Pod:default/p3'))!
    expect(Object.keys(delta.cards ?? {})).toEqual(['pod:Pod:default/p3'])
    expect(delta.rows).toBeUndefined()
  })
})

describe('rowKeys', () => {
  it.each([
    [
      ['a', 'b'],
      ['pod:Pod:default/a', 'pod:Pod:default/b'],
    ],
    [
      ['a', 'a'],
      ['pod:Pod:default/a', 'pod:Pod:default/a#2'],
    ],
  ])('%j -> %j', (names, keys) => {
    const ws = names.map((name) => ({ editor: 'pod', kind: 'Pod', namespace: 'default', name }))
    expect(rowKeys(ws as never)).toEqual(keys)
  })
})

describe('the summary in the view (issue 11)', () => {
  const configMap = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ${name}}\n`
  const input = [
    pod('calm'),
    pod('loud', 'privileged'),
    configMap('a'),
    configMap('b'),
    'apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: s}\n',
  ].join('---\n')

  it('orders the rows riskiest first, as the engine summary does', () => {
    const report = evaluate({ pod: input, policy: '', options: { level: 'restricted' } })
    const v = viewOf(report, open())
    expect(v.order.map((i) => v.rows[i]!.name)).toEqual(['loud', 'calm'])
    expect(v.rows[1]!.summary).toMatchObject({
      denied: true,
      enforce: 'restricted:latest',
      highestLevel: 'privileged',
      privileged: ['c'],
    })
  })

  it('the objects not judged are one line, each one only when asked', () => {
    const report = evaluate({ pod: input, policy: '' })
    const v = viewOf(report, open())
    expect(v.notJudged).toEqual({
      line: '3 objects not judged: 2 ConfigMap, 1 ServiceAccount',
      count: 3,
      shown: null,
    })
    expect(v.problems.some((p) => p.code === 'not-evaluated')).toBe(false)
    const expanded = viewOf(report, { ...open(), notJudged: true })
    expect(expanded.notJudged?.shown?.map((p) => p.code)).toEqual([
      'not-evaluated',
      'not-evaluated',
      'not-evaluated',
    ])
  })

  it('problems come errors first', () => {
    const report = evaluate({ pod: `${pod('p', ', privilegd: true')}---\nkind: [`, policy: '' })
    const severities = viewOf(report, open()).problems.map((p) => p.severity)
    expect(severities.length).toBeGreaterThan(0)
    expect([...severities].sort((a, b) => RANK[a] - RANK[b])).toEqual(severities)
  })

  it('a new order travels in the delta; an unchanged one does not', () => {
    const session = createViewSession()
    session.report(evaluate({ pod: many(3), policy: '' }), open())
    const d = session.report(evaluate({ pod: many(3, 2, 'privileged'), policy: '' }), open())
    expect(d.order).toEqual([2, 0, 1])
    const again = session.report(evaluate({ pod: many(3, 2, 'privileged'), policy: '' }), open())
    expect(again.order).toBeUndefined()
  })
})

const RANK = { error: 0, warning: 1, info: 2 } as const

describe('a lesson step’s goal (issue 12)', () => {
  const runAsUser = (user: number) => `apiVersion: v1
kind: Pod
metadata: {name: pod-as-user-guest}
spec:
  containers:
  - name: main
    image: alpine
    securityContext: {runAsUser: ${user}}
`
  const request = (goal?: string): ViewRequest => ({ open: [], problems: 200, goal })

  it('is checked only when asked and with a checker, and null for an unknown step', () => {
    const report = evaluate({ pod: runAsUser(405), policy: '' })
    expect(viewOf(report, request()).goal).toBeNull()
    expect(viewOf(report, request('users/run-as-user')).goal).toBeNull()
    expect(viewOf(report, request('users/run-as-user'), goalStatus).goal).toEqual({
      step: 'users/run-as-user',
      met: true,
      missing: [],
    })
    expect(viewOf(report, request('no/such-step'), goalStatus).goal).toBeNull()
  })

  it('travels in a delta only when it changes, and the main thread keeps it', () => {
    const session = createViewSession(goalStatus)
    const step = request('users/run-as-user')
    let view = applyDelta(null, session.report(evaluate({ pod: runAsUser(0), policy: '' }), step))
    expect(view.goal).toMatchObject({ step: 'users/run-as-user', met: false })
    expect(view.goal!.missing.join(' ')).toMatch(/405/)
    // an edit that changes nothing of the goal sends no goal
    const same = session.report(evaluate({ pod: `${runAsUser(0)}# a comment\n`, policy: '' }), step)
    expect(same.goal).toBeUndefined()
    view = applyDelta(view, same)
    expect(view.goal).toMatchObject({ met: false })
    const met = session.report(evaluate({ pod: runAsUser(405), policy: '' }), step)
    expect(met.goal).toEqual({ step: 'users/run-as-user', met: true, missing: [] })
    view = applyDelta(view, met)
    expect(view.goal?.met).toBe(true)
    // no step asked any more: the goal is dropped
    const none = session.view(request())!
    expect(none.goal).toBeNull()
    expect(applyDelta(view, none).goal).toBeNull()
  })
})
