import { describe, expect, it } from 'vitest'
import type {
  PodSecurityPolicyReport,
  Report,
  SourceLocation,
  WorkloadReport,
} from '../engine/report'
import { MAX_MARKER_MESSAGE, MAX_MARKERS, reportToMarkers } from './markers'

const loc = (editor: 'pod' | 'policy', line: number, column = 3): SourceLocation => ({
  editor,
  line,
  column,
  endLine: line,
  endColumn: column + 10,
  path: 'spec.hostPID',
})

const workload = (extra: Partial<WorkloadReport>): WorkloadReport =>
  ({
    kind: 'Pod',
    name: 'p',
    namespace: 'default',
    editor: 'pod',
    line: 1,
    effective: {} as WorkloadReport['effective'],
    podSecurity: null,
    podSecurityPolicy: null,
    ...extra,
  }) as WorkloadReport

const report = (r: Partial<Report>): Report => ({
  version: 1,
  problems: [],
  workloads: [],
  network: null,
  ...r,
})

describe('reportToMarkers', () => {
  it('gives nothing for no report', () => {
    expect(reportToMarkers(null)).toEqual({ pod: [], policy: [] })
  })

  it('puts each problem in its editor with its range, code and severity', () => {
    const m = reportToMarkers(
      report({
        problems: [
          {
            editor: 'pod',
            line: 3,
            column: 5,
            endLine: 3,
            endColumn: 9,
            severity: 'error',
            message: 'duplicated mapping key',
            code: 'yaml-duplicate-key',
          },
          {
            editor: 'policy',
            line: 2,
            column: 1,
            severity: 'info',
            message: 'not evaluated',
            code: 'not-evaluated',
          },
        ],
      }),
    )
    expect(m.pod).toEqual([
      {
        severity: 'error',
        message: 'duplicated mapping key',
        startLineNumber: 3,
        startColumn: 5,
        endLineNumber: 3,
        endColumn: 9,
        source: 'podplay',
        code: 'yaml-duplicate-key',
      },
    ])
    expect(m.policy).toEqual([
      {
        severity: 'info',
        message: 'not evaluated',
        startLineNumber: 2,
        startColumn: 1,
        endLineNumber: 2,
        endColumn: 1,
        source: 'podplay',
        code: 'not-evaluated',
      },
    ])
  })

  it('clamps nonsense positions to line 1 column 1', () => {
    const m = reportToMarkers(
      report({
        problems: [
          {
            editor: 'pod',
            line: 0,
            column: -4,
            endLine: Number.NaN,
            severity: 'error',
            message: 'x',
            code: 'c',
          },
        ],
      }),
    )
    expect(m.pod[0]).toMatchObject({
      startLineNumber: 1,
      startColumn: 1,
      endLineNumber: 1,
      endColumn: 1,
    })
  })

  it('shortens a message that quotes a huge name (issue 9: a 3 MB container name)', () => {
    const message = `container ${'n'.repeat(3_000_000)} is invalid`
    const m = reportToMarkers(
      report({
        problems: [{ editor: 'pod', line: 1, column: 1, severity: 'error', message, code: 'c' }],
      }),
    )
    expect(m.pod[0]!.message.length).toBeLessThan(MAX_MARKER_MESSAGE + 40)
    expect(m.pod[0]!.message).toMatch(/^container n+… \(2,999,021 more characters\)$/)
  })

  it('marks every location of every Pod Security Standards violation', () => {
    const m = reportToMarkers(
      report({
        workloads: [
          workload({
            podSecurity: {
              level: 'restricted',
              version: 'latest',
              allowed: false,
              message: 'violates PodSecurity',
              source: 'default',
              violations: [
                {
                  check: 'hostNamespaces',
                  reason: 'host namespaces',
                  detail: 'hostPID=true, hostIPC=true',
                  locations: [loc('pod', 5), loc('pod', 6)],
                },
                {
                  check: 'runAsNonRoot',
                  reason: 'runAsNonRoot != true',
                  detail: 'pod must set ...',
                },
              ],
            },
          }),
        ],
      }),
    )
    expect(m.pod.map((x) => [x.startLineNumber, x.severity, x.code, x.message])).toEqual([
      [5, 'error', 'hostNamespaces', 'host namespaces: hostPID=true, hostIPC=true'],
      [6, 'error', 'hostNamespaces', 'host namespaces: hostPID=true, hostIPC=true'],
    ])
    expect(m.pod[0]?.source).toBe('Pod Security Standards (restricted:latest)')
  })

  it('marks PodSecurityPolicy errors at the pod key and at the policy field', () => {
    const psp: PodSecurityPolicyReport = {
      allowed: false,
      policy: null,
      message: 'forbidden',
      errors: ['spec.containers[0].securityContext.privileged: Invalid value: true'],
      mutations: [],
      pod: {},
      candidates: [],
      errorDetails: [
        {
          policy: 'restricted',
          message: 'Privileged containers are not allowed',
          pod: loc('pod', 9),
          policyField: loc('policy', 4),
        },
        { policy: 'other', message: 'no place', pod: null, policyField: null },
      ],
    }
    const m = reportToMarkers(report({ workloads: [workload({ podSecurityPolicy: psp })] }))
    expect(m.pod.map((x) => [x.startLineNumber, x.message])).toEqual([
      [9, 'PodSecurityPolicy restricted: Privileged containers are not allowed'],
    ])
    expect(m.policy.map((x) => [x.startLineNumber, x.severity])).toEqual([[4, 'error']])
  })

  it('also marks any other entry that carries locations', () => {
    const psp = {
      allowed: true,
      policy: 'p',
      message: null,
      errors: [],
      mutations: [],
      pod: { locations: [loc('pod', 1)], message: 'ignored: inside the admitted pod' },
      candidates: [],
      extra: [{ message: 'a future finding', locations: [loc('policy', 2)] }],
    } as PodSecurityPolicyReport
    const m = reportToMarkers(report({ workloads: [workload({ podSecurityPolicy: psp })] }))
    expect(m.pod).toEqual([])
    expect(m.policy.map((x) => [x.startLineNumber, x.severity, x.message])).toEqual([
      [2, 'info', 'a future finding'],
    ])
  })

  it('drops duplicates and caps the count', () => {
    const problems = Array.from({ length: MAX_MARKERS + 50 }, (_, i) => ({
      editor: 'pod' as const,
      line: (i % (MAX_MARKERS + 10)) + 1,
      column: 1,
      severity: 'error' as const,
      message: 'm',
      code: 'c',
    }))
    problems.push({ ...problems[0]! })
    expect(reportToMarkers(report({ problems })).pod).toHaveLength(MAX_MARKERS)
    expect(
      reportToMarkers(report({ problems: problems.slice(0, 3).concat(problems.slice(0, 3)) })).pod,
    ).toHaveLength(3)
  })
})
