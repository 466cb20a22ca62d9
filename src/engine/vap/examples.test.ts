/**
 * The examples give what DOC and BLOG show: the replica limit denies 5 > 3 with DOC's
 * messageExpression; the blog's policy under Warn gives its four warnings
 * (kubernetes/website 2024-04-24-validating-admission-policy-ga).
 */
import { describe, expect, it } from 'vitest'
import { evaluateInput } from '../evaluate'
import { VAP_EXAMPLES } from './examples'

const byId = (id: string) => VAP_EXAMPLES.find((e) => e.id === id)!

describe('examples', () => {
  it.each([
    [
      'vap-replica-limit',
      false,
      "ValidatingAdmissionPolicy 'replicalimit-policy.example.com' with binding 'replicalimit-binding.example.com' denied request: object.spec.replicas must be no greater than 3",
      0,
    ],
    [
      'vap-pod-security-blog',
      true,
      "Warning: Validation failed for ValidatingAdmissionPolicy 'pod-security.policy.example.com' with binding 'pod-security.policy-binding.example.com': all containers must set runAsNonRoot to true",
      2,
    ],
  ])('%s', (id, allowed, message, warningsAtLeast) => {
    const e = byId(id)
    const r = evaluateInput({ pod: e.pod, policy: e.policy })
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([])
    const a = r.admissionPolicies?.find((x) => x.object.kind === 'Deployment')
    expect(a?.allowed).toBe(allowed)
    expect(a?.message).toBe(message)
    expect((a?.warnings ?? []).length).toBeGreaterThanOrEqual(warningsAtLeast)
  })
})
