/**
 * Where the panel and the editors point for a judged object: each failing (or erroring, or
 * ignored) expression's text in the policy editor, and the object in the pod editor. The API server
 * names the expression (`failed expression: <expression>`, `expression '<e>' resulted in error`,
 * k8s.io/apiserver/pkg/admission/plugin/policy/validating/validator.go) and, for failurePolicy
 * Ignore, drops the error (policy/validating/dispatcher.go); podplay keeps where it stands.
 */
import { describe, expect, it } from 'vitest'
import { evaluateInput } from '../evaluate'
import type { SourceLocation } from '../report'

const POD = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 5
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: web, image: nginx}]
`

const policy = (failurePolicy: string, body: string) => `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata: {name: p}
spec:
  failurePolicy: ${failurePolicy}
  matchConstraints:
    resourceRules:
    - {apiGroups: [apps], apiVersions: [v1], operations: [CREATE], resources: [deployments]}
${body}
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata: {name: b}
spec:
  policyName: p
  validationActions: [Deny]
`

/** 1-based line and column of `needle` in `text`, and just after its end. */
function place(text: string, needle: string, end = needle) {
  const pos = (offset: number) => {
    const before = text.slice(0, offset).split('\n')
    return { line: before.length, column: before[before.length - 1]!.length + 1 }
  }
  const a = text.indexOf(needle)
  const b = pos(text.indexOf(end, a) + end.length)
  const s = pos(a)
  return { line: s.line, column: s.column, endLine: b.line, endColumn: b.column }
}

const range = (l: SourceLocation | undefined) =>
  l && { line: l.line, column: l.column, endLine: l.endLine, endColumn: l.endColumn }

describe('expression locations', () => {
  it.each<[string, string, string, string, 'failures' | 'ignored', string?]>([
    [
      'a failing validation, plain scalar',
      'Fail',
      '  validations:\n  - expression: object.spec.replicas <= 3',
      'object.spec.replicas <= 3',
      'failures',
    ],
    [
      'a failing validation, double-quoted',
      'Fail',
      '  validations:\n  - expression: "object.spec.replicas <= 3"\n    message: too many',
      'object.spec.replicas <= 3',
      'failures',
    ],
    [
      'a failing validation over two lines (folded)',
      'Fail',
      '  validations:\n  - expression: >-\n      object.spec.replicas <= 3 &&\n      true',
      'object.spec.replicas <= 3',
      'failures',
      'true',
    ],
    [
      'an error under Fail',
      'Fail',
      '  validations:\n  - expression: object.spec.nope > 1',
      'object.spec.nope > 1',
      'failures',
    ],
    [
      'an error under Ignore is kept apart',
      'Ignore',
      '  validations:\n  - expression: object.spec.nope > 1',
      'object.spec.nope > 1',
      'ignored',
    ],
    [
      'a matchCondition error under Fail',
      'Fail',
      '  matchConditions:\n  - {name: c, expression: "object.spec.nope == 1"}\n  validations:\n  - expression: "true"',
      'object.spec.nope == 1',
      'failures',
    ],
  ])('%s', (_name, failurePolicy, body, needle, list, end) => {
    const text = policy(failurePolicy, body)
    const r = evaluateInput({ pod: POD, policy: text })
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([])
    const a = r.admissionPolicies?.find((x) => x.object.kind === 'Deployment')
    expect(a?.failurePolicy).toBe(failurePolicy)
    const entries = a?.[list] ?? []
    expect(entries).toHaveLength(1)
    expect(entries[0]?.at?.editor).toBe('policy')
    expect(range(entries[0]?.at)).toEqual(place(text, needle, end))
    if (list === 'ignored') {
      expect(a?.allowed).toBe(true)
      expect(a?.failures).toEqual([])
    }
  })
})

describe('object locations', () => {
  it('the object at its kind, the pod its template creates at the template', () => {
    const r = evaluateInput({
      pod: POD,
      policy: policy('Fail', '  validations:\n  - expression: "true"')
        .replace('apiGroups: [apps]', 'apiGroups: [apps, ""]')
        .replace('resources: [deployments]', 'resources: [deployments, pods]'),
    })
    const deployment = r.admissionPolicies?.find((x) => x.object.kind === 'Deployment')
    const pod = r.admissionPolicies?.find((x) => x.object.templateOf === 'Deployment/web')
    expect(deployment?.object.at?.line).toBe(place(POD, 'kind:').line)
    expect(deployment?.object.at?.column).toBe(1)
    expect(pod?.object.at?.line).toBe(place(POD, 'template:').line)
  })
})
