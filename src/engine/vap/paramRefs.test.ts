/**
 * Which objects a binding's paramRef names (CollectParams in
 * k8s.io/apiserver/pkg/admission/plugin/policy/generic/policy_dispatcher.go): by name in
 * paramRef.namespace or any namespace, by selector, never for a policy without paramKind, an
 * unknown kind or a namespace given for a cluster-scoped kind. Each such object is reported in
 * `admissionPolicyParams`, and its `not-evaluated` note says which binding reads it.
 */
import { describe, expect, it } from 'vitest'
import { evaluateInput } from '../evaluate'

const POD = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: prod}
spec:
  replicas: 5
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: nginx}]}
`

const world = (
  paramKind: string,
  paramRef: string,
  extra = '',
) => `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata: {name: limit}
spec:
  ${paramKind}
  matchConstraints:
    resourceRules: [{apiGroups: [apps], apiVersions: [v1], operations: [CREATE], resources: [deployments]}]
  validations: [{expression: "true"}]
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata: {name: limit-binding}
spec:
  policyName: limit
  validationActions: [Deny]
  ${paramRef}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: limits, namespace: prod, labels: {role: limits}}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: other, namespace: dev, labels: {role: limits}}
---
apiVersion: v1
kind: Namespace
metadata: {name: prod, labels: {tier: one}}
${extra}`

const CM = 'paramKind: {apiVersion: v1, kind: ConfigMap}'
const NS = 'paramKind: {apiVersion: v1, kind: Namespace}'

describe('parameters of bindings', () => {
  it.each<[string, string, string, string[]]>([
    [
      'by name, in the request namespace',
      CM,
      'paramRef: {name: limits, parameterNotFoundAction: Deny}',
      ['ConfigMap prod/limits'],
    ],
    [
      'by name and namespace',
      CM,
      'paramRef: {name: other, namespace: dev, parameterNotFoundAction: Deny}',
      ['ConfigMap dev/other'],
    ],
    [
      'by name in another namespace: none',
      CM,
      'paramRef: {name: limits, namespace: dev, parameterNotFoundAction: Allow}',
      [],
    ],
    [
      'by selector, any namespace',
      CM,
      'paramRef: {selector: {matchLabels: {role: limits}}, parameterNotFoundAction: Deny}',
      ['ConfigMap prod/limits', 'ConfigMap dev/other'],
    ],
    [
      'by selector in one namespace',
      CM,
      'paramRef: {selector: {matchLabels: {role: limits}}, namespace: dev, parameterNotFoundAction: Deny}',
      ['ConfigMap dev/other'],
    ],
    [
      'by a selector that matches none',
      CM,
      'paramRef: {selector: {matchLabels: {role: x}}, parameterNotFoundAction: Allow}',
      [],
    ],
    [
      'the empty selector: every object of the kind',
      CM,
      'paramRef: {selector: {}, namespace: prod, parameterNotFoundAction: Deny}',
      ['ConfigMap prod/limits'],
    ],
    [
      'a cluster-scoped kind by name',
      NS,
      'paramRef: {name: prod, parameterNotFoundAction: Deny}',
      ['Namespace prod'],
    ],
    [
      'a cluster-scoped kind with a namespace: a configuration error',
      NS,
      'paramRef: {name: prod, namespace: prod, parameterNotFoundAction: Deny}',
      [],
    ],
    [
      'a kind no object or CRD defines',
      'paramKind: {apiVersion: example.com/v1, kind: Limit}',
      'paramRef: {name: limits, parameterNotFoundAction: Deny}',
      [],
    ],
    [
      'a policy without paramKind',
      '',
      'paramRef: {name: limits, parameterNotFoundAction: Deny}',
      [],
    ],
    ['a binding without paramRef', CM, '', []],
  ])('%s', (_name, paramKind, paramRef, want) => {
    const r = evaluateInput({ pod: POD, policy: world(paramKind, paramRef) })
    const got = (r.admissionPolicyParams ?? []).map(
      (p) => `${p.kind} ${p.namespace ? `${p.namespace}/` : ''}${p.name}`,
    )
    expect(got).toEqual(want)
    for (const p of r.admissionPolicyParams ?? [])
      expect(p.bindings).toEqual([{ binding: 'limit-binding', policy: 'limit' }])
  })

  it('a ConfigMap parameter is noted as such, not as an object not judged', () => {
    const policy = world(CM, 'paramRef: {name: limits, parameterNotFoundAction: Deny}')
    const r = evaluateInput({ pod: POD, policy })
    // the lines of the two ConfigMaps' `kind:` keys, 1-based
    const kinds = policy.split('\n').flatMap((l, i) => (l === 'kind: ConfigMap' ? [i + 1] : []))
    const notes = r.problems.filter((p) => p.code === 'vap-param' || p.code === 'not-evaluated')
    expect(notes.map((p) => [p.code, p.line])).toEqual([
      ['vap-param', kinds[0]],
      ['not-evaluated', kinds[1]],
    ])
    expect(notes[0]!.message).toBe(
      'ConfigMap "limits" is a parameter of ValidatingAdmissionPolicyBinding "limit-binding" (its paramRef): policy "limit" reads it as `params`; podplay judges nothing else in it.',
    )
    expect(r.admissionPolicyParams?.map((p) => [p.line, p.at?.line, p.judged])).toEqual([
      [kinds[0]! - 1, kinds[0], false],
    ])
  })

  it('a parameter podplay judges anyway (a Namespace) keeps its own part', () => {
    const r = evaluateInput({
      pod: POD,
      policy: world(NS, 'paramRef: {name: prod, parameterNotFoundAction: Deny}'),
    })
    expect(r.admissionPolicyParams?.map((p) => p.judged)).toEqual([true])
    expect(r.problems.filter((p) => p.code === 'vap-param')).toEqual([])
  })

  it('two bindings naming one object are both said', () => {
    const second = `---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata: {name: second}
spec:
  policyName: limit
  validationActions: [Warn]
  paramRef: {name: limits, namespace: prod, parameterNotFoundAction: Deny}
`
    const r = evaluateInput({
      pod: POD,
      policy: world(CM, 'paramRef: {name: limits, parameterNotFoundAction: Deny}', second),
    })
    expect(r.admissionPolicyParams?.map((p) => p.bindings.map((b) => b.binding))).toEqual([
      ['limit-binding', 'second'],
    ])
  })
})
