/**
 * Matching, params and messages of ValidatingAdmissionPolicy through the whole engine. Sources:
 * k8s.io/apiserver/pkg/admission/plugin/policy/validating/{dispatcher,validator}.go (denial and
 * warning texts, message precedence), policy/generic/policy_dispatcher.go (CollectParams strings),
 * policy/matching/matching.go and webhook/predicates/rules/rules.go (matching); the example
 * policy and its output are BLOG's (kubernetes/website 2024-04-24-validating-admission-policy-ga).
 */
import { describe, expect, it } from 'vitest'
import { evaluateInput } from '../evaluate'

const deployment = (replicas: number, labels = 'app: web') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {${labels}}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: web, image: nginx}]
`

function policy(spec: string, binding = 'validationActions: [Deny]', paramKind = ''): string {
  return `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata: {name: demo-policy.example.com}
spec:
  ${paramKind}
  matchConstraints:
    resourceRules:
    - {apiGroups: [apps], apiVersions: [v1], operations: [CREATE, UPDATE], resources: [deployments]}
${spec}
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata: {name: demo-binding-test.example.com}
spec:
  policyName: demo-policy.example.com
  ${binding}
`
}

const DENIED =
  "ValidatingAdmissionPolicy 'demo-policy.example.com' with binding 'demo-binding-test.example.com' denied request: "

describe('messages (validator.go, dispatcher.go)', () => {
  it.each([
    [
      'static expression only',
      '  validations: [{expression: "object.spec.replicas <= 5"}]',
      `${DENIED}failed expression: object.spec.replicas <= 5`,
    ],
    [
      'message',
      '  validations: [{expression: "object.spec.replicas <= 5", message: "too many replicas"}]',
      `${DENIED}too many replicas`,
    ],
    [
      'messageExpression wins',
      `  validations:\n  - expression: "object.spec.replicas <= 3"\n    messageExpression: "'object.spec.replicas must be no greater than 3'"\n    message: static`,
      `${DENIED}object.spec.replicas must be no greater than 3`,
    ],
    [
      'error under Fail',
      '  validations: [{expression: "object.spec.foo > 1"}]',
      `${DENIED}expression 'object.spec.foo > 1' resulted in error: no such key: foo`,
    ],
  ])('%s', (_n, spec, message) => {
    const r = evaluateInput({ pod: deployment(7), policy: policy(spec) })
    expect(r.admissionPolicies?.[0]?.message).toBe(message)
    expect(r.admissionPolicies?.[0]?.allowed).toBe(false)
  })

  it('Warn: the warning kubectl prints, allowed', () => {
    const r = evaluateInput({
      pod: deployment(7),
      policy: policy(
        '  validations: [{expression: "object.spec.replicas <= 5"}]',
        'validationActions: [Warn]',
      ),
    })
    expect(r.admissionPolicies?.[0]).toMatchObject({
      allowed: true,
      message:
        "Warning: Validation failed for ValidatingAdmissionPolicy 'demo-policy.example.com' with binding 'demo-binding-test.example.com': failed expression: object.spec.replicas <= 5",
    })
  })

  it('Audit: the failure annotation as Go encodes it', () => {
    const r = evaluateInput({
      pod: deployment(7),
      policy: policy(
        '  validations: [{expression: "object.spec.replicas <= 5"}]',
        'validationActions: [Audit]',
      ),
    })
    expect(
      r.admissionPolicies?.[0]?.audit?.['validation.policy.admission.k8s.io/validation_failure'],
    ).toBe(
      '[{"message":"failed expression: object.spec.replicas \\u003c= 5","policy":"demo-policy.example.com","binding":"demo-binding-test.example.com","expressionIndex":0,"validationActions":["Audit"]}]',
    )
  })

  it('Ignore: an error admits', () => {
    const r = evaluateInput({
      pod: deployment(7),
      policy: policy(
        '  failurePolicy: Ignore\n  validations: [{expression: "object.spec.foo > 1"}]',
      ),
    })
    expect(r.admissionPolicies?.[0]?.allowed).toBe(true)
  })
})

describe('matching (matching.go, rules.go)', () => {
  const spec = '  validations: [{expression: "object.spec.replicas <= 5"}]'
  it.each([
    [
      'objectSelector selects',
      'validationActions: [Deny]\n  matchResources: {objectSelector: {matchLabels: {app: web}}}',
      true,
    ],
    [
      'objectSelector does not select',
      'validationActions: [Deny]\n  matchResources: {objectSelector: {matchLabels: {app: db}}}',
      false,
    ],
    [
      'NotIn matches an object without the key',
      'validationActions: [Deny]\n  matchResources: {objectSelector: {matchExpressions: [{key: tier, operator: NotIn, values: [x]}]}}',
      true,
    ],
    [
      'namespaceSelector on the metadata.name label',
      'validationActions: [Deny]\n  matchResources: {namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: default}}}',
      true,
    ],
    [
      'namespaceSelector excludes',
      'validationActions: [Deny]\n  matchResources: {namespaceSelector: {matchLabels: {env: prod}}}',
      false,
    ],
    [
      'excludeResourceRules',
      'validationActions: [Deny]\n  matchResources: {excludeResourceRules: [{apiGroups: ["*"], apiVersions: ["*"], operations: ["*"], resources: [deployments]}]}',
      false,
    ],
    [
      'binding rules for another resource',
      'validationActions: [Deny]\n  matchResources: {resourceRules: [{apiGroups: [""], apiVersions: [v1], operations: [CREATE], resources: [pods]}]}',
      false,
    ],
  ])('%s', (_n, binding, matched) => {
    const r = evaluateInput({ pod: deployment(7), policy: policy(spec, binding) })
    const deploymentResults = (r.admissionPolicies ?? []).filter(
      (a) => a.object.kind === 'Deployment',
    )
    expect(deploymentResults.length).toBe(matched ? 1 : 0)
    if (!matched)
      expect(r.admissionPoliciesNotMatched?.some((m) => m.object.kind === 'Deployment')).toBe(true)
  })
})

describe('params (policy_dispatcher.go CollectParams)', () => {
  const spec =
    '  validations: [{expression: "object.spec.replicas <= int(params.data.maxReplicas)"}]'
  const pk = 'paramKind: {apiVersion: v1, kind: ConfigMap}'
  const cm = (n: string) =>
    `\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: limits, namespace: default}\ndata: {maxReplicas: "${n}"}\n`
  it.each([
    [
      'param found, passes',
      'paramRef: {name: limits, parameterNotFoundAction: Deny}',
      cm('10'),
      true,
      null,
    ],
    [
      'param found, fails',
      'paramRef: {name: limits, parameterNotFoundAction: Deny}',
      cm('3'),
      false,
      null,
    ],
    [
      'missing with Deny',
      'paramRef: {name: nope, parameterNotFoundAction: Deny}',
      '',
      false,
      `${DENIED}failed to configure binding: no params found for policy binding with \`Deny\` parameterNotFoundAction`,
    ],
    [
      'missing with Allow',
      'paramRef: {name: nope, parameterNotFoundAction: Allow}',
      '',
      true,
      null,
    ],
  ])('%s', (_n, ref, extra, allowed, message) => {
    const r = evaluateInput({
      pod: deployment(7),
      policy: policy(spec, `validationActions: [Deny]\n  ${ref}`, pk) + extra,
    })
    const a = r.admissionPolicies?.find((x) => x.object.kind === 'Deployment')
    expect(a?.allowed).toBe(allowed)
    if (message) expect(a?.message).toBe(message)
  })
})

describe('compile errors at the expression (compile.go)', () => {
  it('marks the column inside the YAML scalar', () => {
    const text = policy('  validations:\n  - expression: "object.x in [1, 2, "')
    const r = evaluateInput({ pod: deployment(1), policy: text })
    const p = r.problems.find((x) => x.code === 'vap-invalid')
    expect(p?.message).toContain('compilation failed: ERROR: <input>:1:20:')
    const line = text.split('\n')[(p?.line ?? 1) - 1]!
    expect(line.indexOf('"object.x') + 1 + 1 + 19).toBe(p?.column)
  })
})
