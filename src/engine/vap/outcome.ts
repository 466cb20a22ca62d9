/**
 * A workload's ValidatingAdmissionPolicy outcome in one badge, from the results about it (the
 * workload and the Pod its template creates, vap/ofWorkload.ts), the worst first (spec §11, §13):
 * - denied: a binding keeps a denial (`allowed: false`: a failure under `Deny`, or a
 *   configuration error under `failurePolicy: Fail`): the API server refuses the request;
 * - warned: failures under `Warn` only: kubectl prints each `Warning:` line (counted once);
 * - audited: failures under `Audit` only: the audit event records them, the client sees nothing;
 * - passes: every binding that judged it passed (an error `Ignore` dropped passes too).
 * A result that matchConditions skipped judged nothing; with nothing else, there is no outcome.
 */
import type { AdmissionPolicyResult } from '../report'

export type AdmissionVerdict = 'denied' | 'warned' | 'audited' | 'passes'

export interface AdmissionOutcome {
  verdict: AdmissionVerdict
  /** `VAP: denied by <policy>`, `VAP: 2 warnings`, `VAP: audited by <policy>`, `VAP: passes`. */
  text: string
  /** The policies behind the verdict (denying, warning or auditing), once each, in order. */
  policies: string[]
}

const more = (names: readonly string[]) =>
  `${names[0]}${names.length > 1 ? ` and ${names.length - 1} more` : ''}`

export function admissionOutcome(
  results: readonly AdmissionPolicyResult[],
): AdmissionOutcome | null {
  const judged = results.filter((r) => !r.skipped)
  if (judged.length === 0) return null
  const policies = (pick: (r: AdmissionPolicyResult) => boolean) => [
    ...new Set(judged.filter(pick).map((r) => r.policy)),
  ]
  const denied = policies((r) => r.allowed === false)
  if (denied.length > 0)
    return { verdict: 'denied', text: `VAP: denied by ${more(denied)}`, policies: denied }
  const warnings = new Set(judged.flatMap((r) => r.warnings ?? []))
  if (warnings.size > 0)
    return {
      verdict: 'warned',
      text: `VAP: ${warnings.size} warning${warnings.size === 1 ? '' : 's'}`,
      policies: policies((r) => (r.warnings ?? []).length > 0),
    }
  const audited = policies((r) => r.failures.length > 0)
  if (audited.length > 0)
    return { verdict: 'audited', text: `VAP: audited by ${more(audited)}`, policies: audited }
  return { verdict: 'passes', text: 'VAP: passes', policies: [] }
}
