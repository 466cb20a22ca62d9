/**
 * Reading ValidatingAdmissionPolicy and ValidatingAdmissionPolicyBinding objects (spec §2;
 * admissionregistration.k8s.io/v1 types, defaults in pkg/apis/admissionregistration/v1/defaults.go,
 * validation in pkg/apis/admissionregistration/validation/validation.go): defaults filled in, every
 * expression compiled (k8s.io/apiserver/pkg/admission/plugin/cel/compile.go), and what the API
 * server would refuse to store reported as problems at their paths.
 */
import { isObj, type Obj } from '../obj'
import type { Path } from '../report'
import type { Selector } from '../netpol/types'
import { type Compiled, compile } from './cel/env'
import type { MatchResources, Rule } from './match'

export interface VapProblem {
  path: Path
  message: string
  /** For a compile error: the offset inside the expression string at `path`. */
  exprOffset?: number
}

export interface Named {
  name: string
  expression: string
  compiled: Compiled
  path: Path
}

export interface Validation {
  expression: string
  compiled: Compiled
  message: string
  messageExpression: Compiled | null
  reason: string
  path: Path
}

export interface AuditAnnotation {
  key: string
  compiled: Compiled
  path: Path
}

export interface Policy {
  name: string
  failurePolicy: 'Fail' | 'Ignore'
  paramKind: { apiVersion: string; kind: string } | null
  matchConstraints: MatchResources | null
  matchConditions: Named[]
  variables: Named[]
  validations: Validation[]
  auditAnnotations: AuditAnnotation[]
  /** False when the API server would refuse to store it: it takes no part. */
  valid: boolean
  problems: VapProblem[]
}

export interface Binding {
  name: string
  policyName: string
  paramRef: {
    name: string
    namespace: string
    selector: Selector | null
    parameterNotFoundAction: 'Allow' | 'Deny'
  } | null
  matchResources: MatchResources | null
  validationActions: ('Deny' | 'Warn' | 'Audit')[]
  valid: boolean
  problems: VapProblem[]
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '')
const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []
const objs = (v: unknown): Obj[] => (Array.isArray(v) ? v.map((x) => (isObj(x) ? x : {})) : [])

function readSelector(v: unknown): Selector | null {
  if (!isObj(v)) return null
  const matchLabels: [string, string][] = isObj(v.matchLabels)
    ? Object.entries(v.matchLabels).map(([k, x]) => [k, String(x)])
    : []
  const matchExpressions = objs(v.matchExpressions).map((e) => ({
    key: str(e.key),
    operator: (str(e.operator) || 'In') as 'In' | 'NotIn' | 'Exists' | 'DoesNotExist',
    values: strs(e.values),
  }))
  return matchLabels.length === 0 && matchExpressions.length === 0
    ? null
    : { matchLabels, matchExpressions }
}

function readRules(v: unknown): Rule[] {
  return objs(v).map((r) => ({
    apiGroups: strs(r.apiGroups),
    apiVersions: strs(r.apiVersions),
    resources: strs(r.resources),
    operations: strs(r.operations),
    scope: str(r.scope) || '*',
    resourceNames: strs(r.resourceNames),
  }))
}

export function readMatchResources(v: unknown): MatchResources | null {
  if (!isObj(v)) return null
  return {
    namespaceSelector: readSelector(v.namespaceSelector),
    objectSelector: readSelector(v.objectSelector),
    resourceRules: readRules(v.resourceRules),
    excludeResourceRules: readRules(v.excludeResourceRules),
    matchPolicy: v.matchPolicy === 'Exact' ? 'Exact' : 'Equivalent',
  }
}

function compileAt(
  problems: VapProblem[],
  expression: string,
  path: Path,
  opts: { params: boolean; authorizer: boolean },
  want: 'bool' | 'string' | null,
): Compiled {
  const c = compile(expression, opts)
  const field = fieldPath(path)
  if (c.error) {
    problems.push({
      path,
      message: `${field}: Invalid value: ${JSON.stringify(expression)}: ${c.error.message}`,
      exprOffset: c.error.offset,
    })
  } else if (
    want &&
    c.type !== want &&
    !(c.type === 'dyn' && (want === 'string' || /\bvariables\b|\bparams\b/.test(expression)))
  ) {
    problems.push({
      path,
      message: `${field}: Invalid value: ${JSON.stringify(expression)}: must evaluate to ${want} but got ${c.type}`,
      exprOffset: 0,
    })
  }
  return c
}

function fieldPath(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')
}

export function readPolicy(o: Obj): Policy {
  const problems: VapProblem[] = []
  const meta = isObj(o.metadata) ? o.metadata : {}
  const spec = isObj(o.spec) ? o.spec : {}
  const paramKind = isObj(spec.paramKind)
    ? { apiVersion: str(spec.paramKind.apiVersion), kind: str(spec.paramKind.kind) }
    : null
  const opts = { params: paramKind !== null, authorizer: true }
  const named = (key: string, want: 'bool' | null): Named[] =>
    objs(spec[key]).map((m, i) => {
      const path = ['spec', key, i, 'expression']
      return {
        name: str(m.name),
        expression: str(m.expression),
        path,
        compiled: compileAt(problems, str(m.expression), path, opts, want),
      }
    })
  const matchConditions = named('matchConditions', 'bool')
  const variables = named('variables', null)
  const validations = objs(spec.validations).map((v, i): Validation => {
    const path = ['spec', 'validations', i, 'expression']
    const message = str(v.message)
    if (message.includes('\n'))
      problems.push({
        path: ['spec', 'validations', i, 'message'],
        message: `spec.validations[${i}].message: Invalid value: ${JSON.stringify(message)}: message must not contain line breaks`,
      })
    const me = str(v.messageExpression)
    return {
      expression: str(v.expression),
      compiled: compileAt(problems, str(v.expression), path, opts, 'bool'),
      message,
      messageExpression: me
        ? compileAt(
            problems,
            me,
            ['spec', 'validations', i, 'messageExpression'],
            { params: opts.params, authorizer: false },
            'string',
          )
        : null,
      reason: str(v.reason) || 'Invalid',
      path,
    }
  })
  const auditAnnotations = objs(spec.auditAnnotations).map((a, i): AuditAnnotation => {
    const path = ['spec', 'auditAnnotations', i, 'valueExpression']
    return {
      key: str(a.key),
      path,
      compiled: compileAt(problems, str(a.valueExpression), path, opts, null),
    }
  })
  if (validations.length === 0 && auditAnnotations.length === 0)
    problems.push({
      path: ['spec'],
      message:
        'spec.validations: Required value: validations or auditAnnotations must contain at least one item',
    })
  const matchConstraints = readMatchResources(spec.matchConstraints)
  return {
    name: str(meta.name),
    failurePolicy: spec.failurePolicy === 'Ignore' ? 'Ignore' : 'Fail',
    paramKind,
    matchConstraints,
    matchConditions,
    variables,
    validations,
    auditAnnotations,
    valid: problems.length === 0,
    problems,
  }
}

export function readBinding(o: Obj): Binding {
  const problems: VapProblem[] = []
  const meta = isObj(o.metadata) ? o.metadata : {}
  const spec = isObj(o.spec) ? o.spec : {}
  const actions = strs(spec.validationActions).filter(
    (a): a is 'Deny' | 'Warn' | 'Audit' => a === 'Deny' || a === 'Warn' || a === 'Audit',
  )
  if (actions.length === 0)
    problems.push({
      path: ['spec', 'validationActions'],
      message: 'spec.validationActions: Required value: at least one validation action is required',
    })
  if (new Set(actions).size !== actions.length)
    problems.push({
      path: ['spec', 'validationActions'],
      message: 'spec.validationActions: Duplicate value',
    })
  if (actions.includes('Deny') && actions.includes('Warn'))
    problems.push({
      path: ['spec', 'validationActions'],
      message:
        'spec.validationActions: Invalid value: ["Deny","Warn"]: must not contain both Deny and Warn (repeating the same validation failure information in the API response and headers serves no purpose)',
    })
  const pr = isObj(spec.paramRef) ? spec.paramRef : null
  return {
    name: str(meta.name),
    policyName: str(spec.policyName),
    paramRef: pr
      ? {
          name: str(pr.name),
          namespace: str(pr.namespace),
          selector: isObj(pr.selector)
            ? (readSelector(pr.selector) ?? { matchLabels: [], matchExpressions: [] })
            : null,
          parameterNotFoundAction: pr.parameterNotFoundAction === 'Allow' ? 'Allow' : 'Deny',
        }
      : null,
    matchResources: readMatchResources(spec.matchResources),
    validationActions: actions,
    valid: problems.length === 0,
    problems,
  }
}
