/**
 * One object judged by the policies and bindings that match it (spec §5, §6, §11-§13):
 * k8s.io/apiserver/pkg/admission/plugin/policy/validating/{dispatcher,validator}.go,
 * policy/generic/policy_dispatcher.go (`CollectParams`), cel/composition.go (variables).
 */
import { isObj, type Obj } from '../obj'
import type { Path } from '../report'
import { Authz, type Compiled, fromCel, RUNTIME_BUDGET, run, toCel, VariableError } from './cel/env'
import { type MatchRequest, matchReason } from './match'
import { refersTo } from './paramRefs'
import type { Binding, Policy, Validation } from './policy'
import { type Gvr, isExempt } from './resources'

export type Action = 'Deny' | 'Warn' | 'Audit'

export interface ParamObject {
  apiVersion: string
  kind: string
  name: string
  namespace: string
  labels: Record<string, string>
  object: Obj
  clusterScoped: boolean
}

export interface Failure {
  expression: string
  message: string
  /** Absent for error decisions (they carry no reason). */
  reason?: string
  /** Index of the validation (or matchCondition) it came from; -1: configuration error. */
  index: number
  kind: 'validation' | 'error' | 'config'
  /** The expression's field in the policy (`spec.validations[0].expression`), when one is to blame. */
  path?: Path
}

export interface Judgement {
  policy: string
  binding: string
  actions: Action[]
  allowed: boolean
  message: string | null
  failures: Failure[]
  /** Expression errors that failurePolicy `Ignore` dropped (they admit). */
  ignored: Failure[]
  warnings: string[]
  audit: Record<string, string>
  variables: { name: string; value?: unknown; error?: string }[]
  /** The parameter objects used (namespace/name), when the policy has paramKind. */
  params?: string[]
  /** Set when matchConditions left nothing to judge. */
  skipped?: string
}

export interface NotMatched {
  policy: string
  binding: string
  reason: string
}

export interface Subject {
  gvr: Gvr
  object: Obj
  name: string
  namespace: string
  labels: Record<string, string>
  namespaceLabels: Record<string, string> | null
  namespaceObject: Obj | null
}

export interface World {
  policies: Policy[]
  bindings: Binding[]
  paramObjects: ParamObject[]
  /** Kinds known to exist for paramKind: `apiVersion/kind` -> cluster-scoped. */
  knownKinds: Map<string, boolean>
}

const MAX_MESSAGE_BYTES = 5120

function requestOf(s: Subject): Obj {
  const kind = { group: s.gvr.group, version: s.gvr.version, kind: s.gvr.kind }
  const resource = { group: s.gvr.group, version: s.gvr.version, resource: s.gvr.resource }
  return {
    kind,
    resource,
    subResource: '',
    requestKind: kind,
    requestResource: resource,
    requestSubResource: '',
    name: s.name,
    namespace: s.namespace,
    operation: 'CREATE',
    userInfo: {
      username: 'kubernetes-admin',
      groups: ['kubeadm:cluster-admins', 'system:authenticated'],
    },
    dryRun: false,
    options: { apiVersion: 'meta.k8s.io/v1', kind: 'CreateOptions' },
  }
}

function utf8Bytes(s: string): number {
  return encodeURIComponent(s).replace(/%[0-9A-F]{2}/g, 'x').length
}

/** Lazy, memoised variables (composition.go); values recorded for the report. */
function variablesOf(
  policy: Policy,
  vars: Record<string, unknown>,
  record: Judgement['variables'],
) {
  const out: Record<string, unknown> = Object.create(null)
  for (const v of policy.variables) {
    let done = false
    let value: unknown
    let error: string | null = null
    Object.defineProperty(out, v.name, {
      enumerable: true,
      get() {
        if (!done) {
          done = true
          if (v.compiled.error)
            error = `composited variable "${v.name}" fails to compile: ${v.compiled.error.message}`
          else {
            const r = run(v.compiled, vars)
            if (r.ok) value = r.value
            else error = `composited variable "${v.name}" fails to evaluate: ${r.error}`
          }
          record.push(error ? { name: v.name, error } : { name: v.name, value: fromCel(value) })
        }
        if (error) throw new VariableError(error)
        return value
      },
    })
  }
  return out
}

function denyMessage(v: Validation, vars: Record<string, unknown>): string {
  if (v.messageExpression && !v.messageExpression.error) {
    const r = run(v.messageExpression, { ...vars, authorizer: undefined })
    if (r.ok && typeof r.value === 'string') {
      const m = r.value.trim()
      if (m !== '' && utf8Bytes(m) <= MAX_MESSAGE_BYTES && !m.includes('\n')) return m
    }
  }
  if (v.message.trim() !== '') return v.message.trim()
  return `failed expression: ${v.expression.trim()}`
}

const errorMessage = (c: Compiled, err: string) =>
  `expression '${c.expression}' resulted in error: ${err}`

/** One invocation (policy, binding, param): the decisions. */
function invoke(
  policy: Policy,
  s: Subject,
  params: unknown,
  out: Judgement,
): { failures: Failure[]; skipped: boolean } {
  const base: Record<string, unknown> = {
    object: toCel(s.object),
    oldObject: null,
    request: toCel(requestOf(s)),
    namespaceObject: s.namespaceObject ? toCel(s.namespaceObject) : null,
    authorizer: new Authz(),
  }
  if (policy.paramKind) base.params = params === null ? null : toCel(params)
  base.variables = variablesOf(policy, base, out.variables)
  const failures: Failure[] = []
  // matchConditions (matchconditions/matcher.go): any false skips; else errors per failurePolicy
  const condErrors: { message: string; path: Path; expression: string }[] = []
  for (const m of policy.matchConditions) {
    const r = run(m.compiled, { ...base, namespaceObject: null })
    if (r.ok && r.value === false) return { failures: [], skipped: true }
    if (!r.ok)
      condErrors.push({
        message: errorMessage(m.compiled, r.error),
        path: m.path,
        expression: m.expression,
      })
  }
  if (condErrors.length > 0) {
    const one = condErrors.length === 1 ? condErrors[0]! : null
    const error: Failure = {
      expression: one?.expression ?? '',
      message: one ? one.message : `[${condErrors.map((e) => e.message).join(', ')}]`,
      index: -1,
      kind: 'error',
      ...(one && { path: one.path }),
    }
    if (policy.failurePolicy === 'Ignore') {
      out.ignored.push(error)
      return { failures: [], skipped: true }
    }
    return { failures: [error], skipped: false }
  }
  let budget = RUNTIME_BUDGET
  policy.validations.forEach((v, index) => {
    if (budget <= 0) return
    const r = run(v.compiled, base, Math.min(budget, 1_000_000))
    budget -= r.cost
    if (!r.ok) {
      const error: Failure = {
        expression: v.expression,
        message: errorMessage(v.compiled, r.error),
        index,
        kind: 'error',
        path: v.path,
      }
      if (policy.failurePolicy === 'Fail') failures.push(error)
      else out.ignored.push(error)
    } else if (r.value !== true) {
      failures.push({
        expression: v.expression,
        message: denyMessage(v, base),
        reason: v.reason,
        index,
        kind: 'validation',
        path: v.path,
      })
    }
  })
  if (budget <= 0 && policy.failurePolicy === 'Fail')
    failures.push({
      expression: '',
      message:
        'validation failed due to running out of cost budget, no further validation rules will be run',
      index: -1,
      kind: 'error',
    })
  for (const a of policy.auditAnnotations) {
    const r = run(a.compiled, base)
    if (r.ok && typeof r.value === 'string' && r.value.trim() !== '') {
      const key = `${policy.name}/${a.key}`
      const prev = out.audit[key]
      const value = r.value.trim()
      out.audit[key] = prev && prev !== value ? `${prev}, ${value}` : value
    } else if (
      r.ok &&
      r.value !== null &&
      r.value !== undefined &&
      typeof r.value !== 'string' &&
      policy.failurePolicy === 'Fail'
    ) {
      failures.push({
        expression: a.compiled.expression,
        message: `valueExpression '${a.compiled.expression}' resulted in unsupported return type: ${typeof r.value === 'bigint' ? 'int' : typeof r.value}. Return type must be either string or null.`,
        index: -1,
        kind: 'config',
        path: a.path,
      })
    }
  }
  return { failures, skipped: false }
}

function collectParams(
  policy: Policy,
  binding: Binding,
  s: Subject,
  w: World,
): { params: ParamObject[] | null; error: string | null; noParams: boolean } {
  if (!policy.paramKind) return { params: null, error: null, noParams: false }
  const ref = binding.paramRef
  if (!ref) return { params: null, error: null, noParams: false }
  const key = `${policy.paramKind.apiVersion}/${policy.paramKind.kind}`
  const cluster = w.knownKinds.get(key)
  if (cluster === undefined) {
    const slash = policy.paramKind.apiVersion.indexOf('/')
    const gv = slash < 0 ? `/${policy.paramKind.apiVersion}` : policy.paramKind.apiVersion
    return {
      params: [],
      error: `failed to configure policy: failed to find resource referenced by paramKind: '${gv}, Kind=${policy.paramKind.kind}'`,
      noParams: false,
    }
  }
  if (cluster && ref.namespace !== '')
    return {
      params: [],
      error:
        'failed to configure binding: paramRef.namespace must not be provided for a cluster-scoped `paramKind`',
      noParams: false,
    }
  if (!cluster && ref.namespace === '' && s.namespace === '')
    return {
      params: [],
      error:
        'failed to configure binding: cannot use namespaced paramRef in policy binding that matches cluster-scoped resources',
      noParams: false,
    }
  const found = w.paramObjects.filter(refersTo(ref, key, cluster, ref.namespace || s.namespace))
  if (found.length === 0) {
    if (ref.parameterNotFoundAction === 'Deny')
      return {
        params: [],
        error:
          'failed to configure binding: no params found for policy binding with `Deny` parameterNotFoundAction',
        noParams: true,
      }
    return { params: [], error: null, noParams: true }
  }
  return { params: found, error: null, noParams: false }
}

/** Every binding's verdict on one object, and why the others did not match. */
export function judge(s: Subject, w: World): { results: Judgement[]; notMatched: NotMatched[] } {
  const results: Judgement[] = []
  const notMatched: NotMatched[] = []
  if (isExempt(s.gvr)) return { results, notMatched }
  const req: MatchRequest = {
    gvr: s.gvr,
    name: s.name,
    namespace: s.namespace,
    objectLabels: s.labels,
    namespaceLabels: s.namespaceLabels,
  }
  for (const binding of w.bindings) {
    if (!binding.valid) continue
    const policy = w.policies.find((p) => p.name === binding.policyName)
    if (!policy?.valid) continue // a binding naming a missing policy has no effect
    const miss = (reason: string) =>
      notMatched.push({ policy: policy.name, binding: binding.name, reason })
    if (!policy.matchConstraints) {
      miss('policy contained no match constraints, a required field')
      continue
    }
    const r1 = matchReason(policy.matchConstraints, req, "the policy's spec.matchConstraints")
    if (r1) {
      miss(r1)
      continue
    }
    if (binding.matchResources) {
      const r2 = matchReason(binding.matchResources, req, "the binding's spec.matchResources")
      if (r2) {
        miss(r2)
        continue
      }
    }
    const out: Judgement = {
      policy: policy.name,
      binding: binding.name,
      actions: binding.validationActions,
      allowed: true,
      message: null,
      failures: [],
      ignored: [],
      warnings: [],
      audit: {},
      variables: [],
    }
    const collected = collectParams(policy, binding, s, w)
    let failures: Failure[] = []
    let configError: string | null = null
    let skipped = true
    if (collected.error) {
      if (policy.failurePolicy === 'Fail') configError = collected.error
      skipped = false
    } else if (collected.params === null) {
      const r = invoke(policy, s, null, out)
      failures = r.failures
      skipped = r.skipped
    } else {
      out.params = collected.params.map((p) => (p.namespace ? `${p.namespace}/${p.name}` : p.name))
      for (const p of collected.params) {
        const r = invoke(policy, s, { ...p.object, apiVersion: p.apiVersion, kind: p.kind }, out)
        failures.push(...r.failures)
        if (!r.skipped) skipped = false
      }
    }
    if (skipped && !configError && collected.params?.length !== 0)
      out.skipped = 'matchConditions excluded this object'
    if (configError) {
      out.failures = [{ expression: '', message: configError, index: -1, kind: 'config' }]
      out.allowed = false
      out.message = configError.startsWith('failed to configure policy')
        ? `ValidatingAdmissionPolicy '${policy.name}' denied request: ${configError}`
        : `ValidatingAdmissionPolicy '${policy.name}' with binding '${binding.name}' denied request: ${configError}`
      results.push(out)
      continue
    }
    out.failures = failures
    const denial = (m: string) =>
      `ValidatingAdmissionPolicy '${policy.name}' with binding '${binding.name}' denied request: ${m}`
    const first = failures[0]
    const annotationErr = failures.find((f) => f.kind === 'config')
    if (first && (binding.validationActions.includes('Deny') || annotationErr)) {
      out.allowed = false
      out.message = denial(
        (annotationErr && !binding.validationActions.includes('Deny') ? annotationErr : first)
          .message,
      )
    }
    if (binding.validationActions.includes('Warn')) {
      for (const f of failures) {
        const text = `Validation failed for ValidatingAdmissionPolicy '${policy.name}' with binding '${binding.name}': ${f.message}`
        if (!out.warnings.includes(text)) out.warnings.push(text)
      }
      if (out.message === null && out.warnings.length > 0)
        out.message = `Warning: ${out.warnings[0]}`
    }
    if (binding.validationActions.includes('Audit') && first) {
      const list = failures
        .filter((f) => f.kind !== 'config')
        .map((f) => ({
          message: f.message,
          policy: policy.name,
          binding: binding.name,
          expressionIndex: f.index,
          validationActions: binding.validationActions,
        }))
      out.audit['validation.policy.admission.k8s.io/validation_failure'] = goJson(list)
    }
    results.push(out)
  }
  return { results, notMatched }
}

/** Go's encoding/json escapes <, > and & in strings. */
export function goJson(v: unknown): string {
  return JSON.stringify(v)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
}

export const labelsOf = (o: Obj): Record<string, string> => {
  const meta = isObj(o.metadata) ? o.metadata : {}
  const out: Record<string, string> = Object.create(null)
  if (isObj(meta.labels))
    for (const [k, v] of Object.entries(meta.labels)) if (typeof v === 'string') out[k] = v
  return out
}
