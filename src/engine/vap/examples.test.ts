/**
 * The examples give what DOC and BLOG show: the replica limit denies 5 > 3 with DOC's
 * messageExpression; the blog's policy under Warn gives its four warnings
 * (kubernetes/website 2024-04-24-validating-admission-policy-ga). The Pod Security Standards
 * examples give, per pod, the verdict of podplay's Pod Security Admission at the same level
 * (kubernetes/pod-security-admission policy/check_*.go as src/engine/pss reproduces them).
 */
import { describe, expect, it } from 'vitest'
import { evaluateInput } from '../evaluate'
import { evaluatePss } from '../pss/evaluate'
import { parseYamlForTests } from '../testing/yaml'
import { applyPodDefaults } from '../workloads/defaults'
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

describe('Pod Security Standards examples', () => {
  it.each<[string, 'baseline' | 'restricted', Record<string, boolean>]>([
    ['vap-pss-baseline', 'baseline', { 'host-network': false, plain: true }],
    ['vap-pss-restricted', 'restricted', { plain: false, hardened: true }],
  ])('%s: each pod as Pod Security Admission at %s decides', (id, level, want) => {
    const e = byId(id)
    const r = evaluateInput({ pod: e.pod, policy: e.policy })
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([])
    const got: Record<string, boolean> = {}
    for (const a of r.admissionPolicies ?? [])
      got[a.object.name] = (got[a.object.name] ?? true) && a.allowed
    expect(got).toEqual(want)
    const pss: Record<string, boolean> = {}
    for (const doc of parseYamlForTests(e.pod) as { metadata: { name: string } }[])
      pss[doc.metadata.name] = evaluatePss(applyPodDefaults(doc).pod, level, 'latest').allowed
    expect(pss).toEqual(want)
  })

  it('every example has a one-line lesson', () => {
    for (const e of VAP_EXAMPLES) {
      expect(e.lesson.trim(), e.id).not.toBe('')
      expect(e.lesson.includes('\n'), e.id).toBe(false)
    }
  })
})
