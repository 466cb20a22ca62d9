/**
 * Admission, ValidatingAdmissionPolicy (spec validating-admission-policy.md): the policies and
 * bindings of both editors, their parameter objects, and every object of the pod editor judged as
 * a CREATE of that object. A workload is judged as itself (a Deployment as the Deployment) and its
 * template once more as the `Pod` it creates (`templateOf`), since the pods a controller creates
 * pass through the same policies at the controller's request. CEL compile errors stand at the
 * expression's line and column in the editor.
 */
import { isObj, type Obj } from '../obj'
import type {
  AdmissionPolicyFailure,
  AdmissionPolicyNotMatched,
  AdmissionPolicyObject,
  AdmissionPolicyParam,
  AdmissionPolicyResult,
  EditorId,
  Path,
  SourceLocation,
} from '../report'
import {
  type Failure,
  judge,
  labelsOf,
  type ParamObject,
  type Subject,
  type World,
} from '../vap/judge'
import { parametersOf } from '../vap/paramRefs'
import { type Binding, type Policy, readBinding, readPolicy } from '../vap/policy'
import { sourceOffset } from '../vap/exprSource'
import { gvrOf } from '../vap/resources'
import { keyRange } from '../yaml/positions'
import type { Found } from '../workloads/extract'
import type { PreparedWorkload, StageContext } from './context'

const NAME_LABEL = 'kubernetes.io/metadata.name'

/** Built-in kinds a paramKind may name without a CRD (apiVersion/kind -> cluster-scoped). */
const BUILTIN_PARAM_KINDS: [string, boolean][] = [
  ['v1/ConfigMap', false],
  ['v1/Secret', false],
  ['v1/Namespace', true],
  ['v1/ServiceAccount', false],
]

interface VapWorld extends World {
  policyFound: Map<string, Found>
  paramFound: Map<ParamObject, Found>
}

/**
 * The editor range of the characters `from` to `to` (default: the one character at `from`) of the
 * expression string at `path` of a found object; the key's place when the string is not found.
 */
function expressionLocation(
  ctx: StageContext,
  texts: Record<EditorId, string>,
  f: Found,
  path: Path,
  from: number,
  to?: number,
): SourceLocation {
  const whole = ctx.locator.location(f.editor, f.doc, [...f.at, ...path])
  let parent: unknown = f.object
  for (const p of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)?.[p]
  const pos = isObj(parent) ? f.doc.positions.get(parent) : undefined
  const range =
    pos && isObj(parent) ? keyRange(pos, parent, String(path[path.length - 1])) : undefined
  const expr = isObj(parent) ? parent[String(path[path.length - 1])] : undefined
  if (!range || typeof expr !== 'string') return whole
  const text = texts[f.editor]
  const start = f.doc.base + range.valueStart
  const end = range.valueEnd > range.valueStart ? f.doc.base + range.valueEnd : text.length
  const raw = text.slice(start, end)
  const a = ctx.locator.position(f.editor, start + sourceOffset(raw, expr, from))
  const b =
    to === undefined
      ? { line: a.line, column: a.column + 1 }
      : ctx.locator.position(f.editor, start + sourceOffset(raw, expr, to))
  return { ...whole, line: a.line, column: a.column, endLine: b.line, endColumn: b.column }
}

function objectInfo(
  ctx: StageContext,
  f: Found,
  kind: string,
  template?: { of: string; path: Path },
): AdmissionPolicyObject {
  const line = ctx.locator.location(f.editor, f.doc, f.at).line
  const cluster = gvrOf(String(f.object.apiVersion ?? ''), f.kind).clusterScoped
  const at = ctx.locator.location(
    f.editor,
    f.doc,
    template ? [...f.at, ...template.path] : [...f.at, 'kind'],
  )
  return {
    kind,
    namespace: cluster ? '' : f.namespace,
    name: template ? '' : f.name,
    editor: f.editor,
    line,
    at,
    ...(template && { templateOf: template.of }),
  }
}

function readWorld(
  ctx: StageContext,
  texts: Record<EditorId, string>,
  all: readonly Found[],
): VapWorld {
  const policies: Policy[] = []
  const bindings: Binding[] = []
  const policyFound = new Map<string, Found>()
  const knownKinds = new Map<string, boolean>(BUILTIN_PARAM_KINDS)
  const paramObjects: ParamObject[] = []
  const paramFound = new Map<ParamObject, Found>()
  for (const f of all) {
    if (f.kind === 'ValidatingAdmissionPolicy' || f.kind === 'ValidatingAdmissionPolicyBinding') {
      const r =
        f.kind === 'ValidatingAdmissionPolicy' ? readPolicy(f.object) : readBinding(f.object)
      for (const p of r.problems) {
        const at =
          p.exprOffset !== undefined
            ? expressionLocation(ctx, texts, f, p.path, p.exprOffset)
            : ctx.locator.location(f.editor, f.doc, [...f.at, ...p.path])
        ctx.problems.push({
          editor: f.editor,
          line: at.line,
          column: at.column,
          endLine: at.endLine,
          endColumn: at.endColumn,
          severity: 'error',
          code: 'vap-invalid',
          message: `${f.kind} "${r.name}" is invalid: ${p.message}`,
        })
      }
      if (f.kind === 'ValidatingAdmissionPolicy') {
        policies.push(r as Policy)
        policyFound.set(r.name, f)
      } else bindings.push(r as Binding)
      continue
    }
    const apiVersion = typeof f.object.apiVersion === 'string' ? f.object.apiVersion : ''
    if (f.kind === 'CustomResourceDefinition') {
      const spec = isObj(f.object.spec) ? f.object.spec : {}
      const names = isObj(spec.names) ? spec.names : {}
      const versions = Array.isArray(spec.versions) ? spec.versions : []
      for (const v of versions) {
        if (isObj(v) && typeof v.name === 'string')
          knownKinds.set(`${spec.group}/${v.name}/${names.kind}`, spec.scope === 'Cluster')
      }
    }
    const cluster = gvrOf(apiVersion, f.kind).clusterScoped
    knownKinds.set(`${apiVersion}/${f.kind}`, knownKinds.get(`${apiVersion}/${f.kind}`) ?? cluster)
    const param: ParamObject = {
      apiVersion,
      kind: f.kind,
      name: f.name,
      namespace: cluster ? '' : f.namespace,
      labels: labelsOf(f.object),
      object: f.object,
      clusterScoped: cluster,
    }
    paramObjects.push(param)
    paramFound.set(param, f)
  }
  return { policies, bindings, paramObjects, knownKinds, policyFound, paramFound }
}

function namespaceData(
  all: readonly Found[],
  ns: string,
): { labels: Record<string, string>; object: Obj } {
  const declared = all.find((f) => f.kind === 'Namespace' && f.name === ns)
  const labels: Record<string, string> = declared ? labelsOf(declared.object) : Object.create(null)
  labels[NAME_LABEL] = ns
  const meta = declared && isObj(declared.object.metadata) ? declared.object.metadata : {}
  return {
    labels,
    object: {
      metadata: { ...meta, name: ns, labels },
      ...(declared && isObj(declared.object.spec) && { spec: declared.object.spec }),
      status: { phase: 'Active' },
    },
  }
}

export interface AdmissionPolicyStageResult {
  results: AdmissionPolicyResult[]
  notMatched: AdmissionPolicyNotMatched[]
  params: AdmissionPolicyParam[]
}

/**
 * The objects some binding names as its parameter; each one's `not-evaluated` note (extract.ts)
 * becomes a `vap-param` note that says which bindings read it.
 */
function parameters(world: VapWorld, ctx: StageContext): AdmissionPolicyParam[] {
  const uses = parametersOf(world)
  if (uses.length === 0) return []
  const notes = new Map<string, number>()
  ctx.problems.forEach((p, i) => {
    if (p.code === 'not-evaluated') notes.set(`${p.editor}:${p.line}:${p.column}`, i)
  })
  return uses.map(({ param, bindings }) => {
    const f = world.paramFound.get(param)!
    const at = ctx.locator.location(f.editor, f.doc, [...f.at, 'kind'])
    const i = notes.get(`${f.editor}:${at.line}:${at.column}`)
    if (i !== undefined) {
      const names = bindings.map((b) => `"${b.binding}"`).join(', ')
      const policies = [...new Set(bindings.map((b) => `"${b.policy}"`))].join(', ')
      ctx.problems[i] = {
        ...ctx.problems[i]!,
        code: 'vap-param',
        message: `${param.kind} "${param.name}" is a parameter of ValidatingAdmissionPolicyBinding ${names} (its paramRef): policy ${policies} reads it as \`params\`; podplay judges nothing else in it.`,
      }
    }
    return {
      kind: param.kind,
      namespace: param.namespace,
      name: param.name,
      editor: f.editor,
      line: ctx.locator.location(f.editor, f.doc, f.at).line,
      at,
      bindings,
      judged: i === undefined,
    }
  })
}

export function admissionPolicyStage(
  all: readonly Found[],
  prepared: readonly PreparedWorkload[],
  texts: Record<EditorId, string>,
  ctx: StageContext,
): AdmissionPolicyStageResult {
  const results: AdmissionPolicyResult[] = []
  const notMatched: AdmissionPolicyNotMatched[] = []
  if (!all.some((f) => f.kind === 'ValidatingAdmissionPolicyBinding'))
    return { results, notMatched, params: [] }
  const world = readWorld(ctx, texts, all)
  const preparedOf = new Map(prepared.map((w) => [w.found.object, w]))
  // Each failing expression is located once, however many objects it fails.
  const expressionAt = new Map<string, SourceLocation | undefined>()
  const locateExpression = (policy: string, path: Path): SourceLocation | undefined => {
    const key = `${policy}\u0000${path.join('.')}`
    if (expressionAt.has(key)) return expressionAt.get(key)
    const pf = world.policyFound.get(policy)
    const at = pf && expressionLocation(ctx, texts, pf, path, 0, Number.MAX_SAFE_INTEGER)
    expressionAt.set(key, at)
    return at
  }

  const judgeOne = (f: Found, object: Obj, info: AdmissionPolicyObject) => {
    const apiVersion = typeof object.apiVersion === 'string' ? object.apiVersion : ''
    const gvr = gvrOf(apiVersion, info.kind)
    const meta = isObj(object.metadata) ? object.metadata : {}
    const name = typeof meta.name === 'string' ? meta.name : ''
    const namespace = info.kind === 'Namespace' ? name : gvr.clusterScoped ? '' : f.namespace
    const ns =
      info.kind === 'Namespace'
        ? { labels: { ...labelsOf(object), [NAME_LABEL]: name }, object: null }
        : gvr.clusterScoped
          ? null
          : namespaceData(all, namespace)
    const subject: Subject = {
      gvr,
      object,
      name,
      namespace,
      labels: labelsOf(object),
      namespaceLabels: ns?.labels ?? null,
      namespaceObject: ns?.object ?? null,
    }
    const { results: judged, notMatched: missed } = judge(subject, world)
    for (const j of judged) {
      const policy = world.policies.find((p) => p.name === j.policy)
      const located = (x: Failure): AdmissionPolicyFailure => {
        const at = x.path && locateExpression(j.policy, x.path)
        return {
          expression: x.expression,
          message: x.message,
          ...(x.reason !== undefined && { reason: x.reason }),
          ...(at && { at }),
        }
      }
      results.push({
        object: info,
        policy: j.policy,
        binding: j.binding,
        actions: j.actions,
        allowed: j.allowed,
        message: j.message,
        failures: j.failures.map(located),
        ...(policy && { failurePolicy: policy.failurePolicy }),
        ...(j.ignored.length > 0 && { ignored: j.ignored.map(located) }),
        ...(j.warnings.length > 0 && { warnings: j.warnings }),
        ...(Object.keys(j.audit).length > 0 && { audit: j.audit }),
        ...(j.variables.length > 0 && { variables: j.variables }),
        ...(j.params && { params: j.params }),
        ...(j.skipped && { skipped: j.skipped }),
      })
    }
    for (const m of missed) notMatched.push({ object: info, ...m })
  }

  for (const f of all) {
    if (f.editor !== 'pod') continue
    const w = preparedOf.get(f.object)
    if (!w) {
      judgeOne(f, f.object, objectInfo(ctx, f, f.kind))
      continue
    }
    if (w.found.templatePath.length === 0) {
      judgeOne(f, { ...w.pod, apiVersion: 'v1', kind: 'Pod' }, objectInfo(ctx, f, f.kind))
      continue
    }
    // The workload as itself, with its template as the API server defaulted it ...
    const object = withAt(f.object, w.found.templatePath, w.pod)
    judgeOne(f, object, objectInfo(ctx, f, f.kind))
    // ... and the pod it creates.
    const pod: Obj = { apiVersion: 'v1', kind: 'Pod', ...w.pod }
    judgeOne(
      f,
      pod,
      objectInfo(ctx, f, 'Pod', { of: `${f.kind}/${f.name}`, path: w.found.templatePath }),
    )
  }
  return { results, notMatched, params: parameters(world, ctx) }
}

/** A copy of `o` with `value` at `path` (the objects on the way are copied, not changed). */
function withAt(o: Obj, path: Path, value: unknown): Obj {
  if (path.length === 0) return isObj(value) ? value : o
  const [head, ...rest] = path
  const out: Obj = Object.create(null)
  for (const [k, v] of Object.entries(o))
    Object.defineProperty(out, k, {
      value: v,
      enumerable: true,
      writable: true,
      configurable: true,
    })
  const child = isObj(o[String(head)]) ? (o[String(head)] as Obj) : {}
  Object.defineProperty(out, String(head), {
    value: withAt(child, rest, value),
    enumerable: true,
    writable: true,
    configurable: true,
  })
  return out
}
