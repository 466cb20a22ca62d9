import { describe, expect, it } from 'vitest'
import type { Report, WorkloadReport } from '../../engine/report'
import { createInProcessClient } from '../../worker/inProcessClient'
import { EXAMPLES } from '../examples'
import { verdictOf } from './verdict'

const workload = (pss: boolean | null, psp: boolean | null): WorkloadReport =>
  ({
    kind: 'Pod',
    name: 'p',
    namespace: 'default',
    editor: 'pod',
    line: 1,
    effective: null,
    podSecurity: pss === null ? null : { allowed: pss },
    podSecurityPolicy: psp === null ? null : { allowed: psp },
  }) as unknown as WorkloadReport

const report = (workloads: WorkloadReport[], errors = 0): Report => ({
  version: 1,
  problems: Array.from({ length: errors }, () => ({
    editor: 'pod' as const,
    line: 1,
    column: 1,
    severity: 'error' as const,
    message: 'bad',
    code: 'yaml-syntax',
  })),
  workloads,
  network: null,
})

describe('verdictOf', () => {
  it.each([
    [
      [workload(false, true), workload(false, false)],
      0,
      '2 workloads · PSS: 2 denied · PSP: 1 rejected',
      'bad',
    ],
    [[workload(false, null)], 0, '1 workload · PSS: 1 denied', 'bad'],
    [[workload(true, false)], 0, '1 workload · PSP: 1 rejected', 'bad'],
    [[workload(true, true), workload(true, null)], 0, '2 workloads · all admitted', 'good'],
    [[workload(null, null)], 0, '1 workload', 'good'],
    [[], 2, '0 workloads · 2 input errors', 'bad'],
    [[], 0, '0 workloads', 'neutral'],
  ] as const)('%#: %s', (ws, errors, text, tone) => {
    expect(verdictOf(report([...ws], errors))).toEqual({ text, tone })
  })

  it('counts the API server and the node as gates of their own; their errors are no input errors', () => {
    const rejected = {
      ...workload(true, null),
      apiServer: { allowed: false, errors: [], decodeError: 'x' },
    } as WorkloadReport
    const r = report([rejected])
    r.problems = [
      {
        ...r.problems[0]!,
        editor: 'pod',
        line: 1,
        column: 1,
        severity: 'error',
        message: 'unknown field "spec.x"',
        code: 'unknown-field',
      },
    ]
    expect(verdictOf(r)).toEqual({ text: '1 workload · API: 1 rejected', tone: 'bad' })
    const stuck = {
      ...workload(true, null),
      effective: { kubeletRejection: null, containers: [{ startError: 'no' }] },
    } as unknown as WorkloadReport
    expect(verdictOf(report([stuck])).text).toBe('1 workload · node: 1 not starting')
  })

  it('says Evaluating… before the first report', () => {
    expect(verdictOf(null)).toEqual({ text: 'Evaluating…', tone: 'neutral' })
  })

  it.each([
    // a binding with Deny refuses the Deployment; its template's pod is not matched (deployments only)
    ['vap-replica-limit', '', '1 workload · VAP: 1 denied', 'bad'],
    ['vap-replica-limit', 'replicas: 2', '1 workload · all admitted', 'good'],
    // Warn lets the Deployment through: no denial
    ['vap-pod-security-blog', '', '1 workload · all admitted', 'good'],
    // two pods, one denied by the baseline policy (and by nothing else: PSS privileged by default)
    ['vap-pss-baseline', '', '2 workloads · VAP: 1 denied', 'bad'],
  ] as const)('counts ValidatingAdmissionPolicy denials: %s %s', async (id, edit, text, tone) => {
    const ex = EXAMPLES.find((e) => e.id === id)!
    const pod = edit ? ex.pod.replace(/replicas: \d+/, edit) : ex.pod
    const outcome = await createInProcessClient().evaluate({ pod, policy: ex.policy })
    if (outcome.status !== 'ok') throw new Error(outcome.status)
    expect(outcome.view.verdict).toEqual({ text, tone })
  })
})
