/**
 * What Kubernetes does with a pod in each mode a Namespace sets (spec §6.3, §9): enforce denies
 * pods (never workloads), audit annotates, warn warns only when the request is allowed.
 */
import type { PodSecurityModeResult } from '../report'
import { type EvaluateOptions, evaluatePss, forbiddenDetail } from './evaluate'
import type { KubernetesPolicy } from './namespace'

/** `pod`: a Pod request (enforce applies); `workload`: a workload template (warn and audit only). */
export type RequestKind = 'pod' | 'workload'

export function modeResults(
  pod: unknown,
  policy: KubernetesPolicy,
  kind: RequestKind = 'pod',
  options: EvaluateOptions = {},
): PodSecurityModeResult[] {
  const enforce = evaluatePss(pod, policy.enforce.level, policy.enforce.version, options)
  const denied = kind === 'pod' && !enforce.allowed
  const out: PodSecurityModeResult[] = [
    {
      mode: 'enforce',
      level: enforce.level,
      version: enforce.version,
      allowed: enforce.allowed,
      outcome: denied ? 'denied' : 'none',
      message: denied ? enforce.message : null,
    },
  ]
  for (const mode of ['audit', 'warn'] as const) {
    const p = policy[mode]
    const r = evaluatePss(pod, p.level, p.version, options)
    // Warnings are added only when the request is allowed.
    const reported = !r.allowed && (mode === 'audit' || !denied)
    out.push({
      mode,
      level: r.level,
      version: r.version,
      allowed: r.allowed,
      outcome: reported ? (mode === 'audit' ? 'audited' : 'warned') : 'none',
      message: reported
        ? `would violate PodSecurity "${r.level}:${r.version}": ${forbiddenDetail(r.violations)}`
        : null,
    })
  }
  return out
}

/** The audit annotation PSA sets on a request whose pod violates the audit level (admission.go). */
export const AUDIT_VIOLATIONS_ANNOTATION = 'pod-security.kubernetes.io/audit-violations'

/**
 * A mode's finding as a user meets it (pod-security-admission admission.go): for warn, the line
 * kubectl prints (`Warning: would violate PodSecurity "restricted:latest": ...`); for audit, the
 * annotation on the audit event (`pod-security.kubernetes.io/audit-violations: would violate ...`);
 * for enforce, the denial. Null when the mode reports nothing.
 */
export function modeShown(m: PodSecurityModeResult): string | null {
  if (m.message === null || m.outcome === 'none') return null
  if (m.outcome === 'warned') return `Warning: ${m.message}`
  if (m.outcome === 'audited') return `${AUDIT_VIOLATIONS_ANNOTATION}: ${m.message}`
  return m.message
}
