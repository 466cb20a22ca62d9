/**
 * Enforce, audit and warn as Pod Security Admission reports them
 * (kubernetes/kubernetes staging/src/k8s.io/pod-security-admission/admission/admission.go:
 * EvaluatePod adds the audit annotation `pod-security.kubernetes.io/audit-violations` and, only when
 * the request is allowed, the warning `would violate PodSecurity %q: %s`; validatePodController
 * never enforces a workload, it warns and audits; kubectl prints each warning after `Warning: `).
 */
import { describe, expect, it } from 'vitest'
import { modeResults, modeShown } from './modes'
import { kubernetesPolicy } from './namespace'
import type { RequestKind } from './modes'

const privileged = {
  metadata: { name: 'p' },
  spec: { containers: [{ name: 'c', image: 'x', securityContext: { privileged: true } }] },
}
const DETAIL = 'privileged (container "c" must not set securityContext.privileged=true)'
const labels = (enforce: string, warn: string, audit: string) =>
  kubernetesPolicy({
    'pod-security.kubernetes.io/enforce': enforce,
    'pod-security.kubernetes.io/warn': warn,
    'pod-security.kubernetes.io/audit': audit,
  })

describe('modeShown', () => {
  it.each<[string, RequestKind, string, string, string, (string | null)[]]>([
    [
      'a pod allowed by enforce: warned and audited',
      'pod',
      'privileged',
      'baseline',
      'baseline',
      [
        null,
        `pod-security.kubernetes.io/audit-violations: would violate PodSecurity "baseline:latest": ${DETAIL}`,
        `Warning: would violate PodSecurity "baseline:latest": ${DETAIL}`,
      ],
    ],
    [
      'a pod denied by enforce: audited, no warning',
      'pod',
      'baseline',
      'baseline',
      'baseline',
      [
        `violates PodSecurity "baseline:latest": ${DETAIL}`,
        `pod-security.kubernetes.io/audit-violations: would violate PodSecurity "baseline:latest": ${DETAIL}`,
        null,
      ],
    ],
    [
      'a workload is never enforced: warned and audited',
      'workload',
      'baseline',
      'baseline',
      'baseline',
      [
        null,
        `pod-security.kubernetes.io/audit-violations: would violate PodSecurity "baseline:latest": ${DETAIL}`,
        `Warning: would violate PodSecurity "baseline:latest": ${DETAIL}`,
      ],
    ],
    [
      'every mode privileged: nothing',
      'pod',
      'privileged',
      'privileged',
      'privileged',
      [null, null, null],
    ],
  ])('%s', (_case, kind, enforce, warn, audit, want) => {
    const modes = modeResults(privileged, labels(enforce, warn, audit), kind)
    expect(modes.map((m) => m.mode)).toEqual(['enforce', 'audit', 'warn'])
    expect(modes.map(modeShown)).toEqual(want)
  })
})
