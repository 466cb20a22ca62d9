/**
 * The whole evaluation: read both editors, find the objects, and judge every workload (effective
 * security, Pod Security Standards, PodSecurityPolicy) and the pod network (NetworkPolicy).
 */
import { computeEffective } from './effective/compute'
import { Locator } from './locations'
import type { EditorId, EngineInput, Problem, Report, WorkloadReport } from './report'
import { applyPodDefaults } from './workloads/defaults'
import { emptyExtracted, extract, type FoundWorkload } from './workloads/extract'
import { POD } from './workloads/schema'
import { sanitize, type TypeProblem } from './workloads/validate'
import type { ChunkResult } from './yaml/read'
import { readYaml, type YamlReadResult } from './yaml'
import { FAMILIES, type FamilyContext } from './families'

export interface EvaluateContext {
  /** Reused between calls (one per editor) so unchanged documents are not read again. */
  caches?: Record<EditorId, Map<string, ChunkResult>>
  maxChars?: number
}

/** Reads both editors and finds every object: the part of an evaluation every question shares. */
/**
 * Without caches of its own, a caller shares these: consecutive evaluations (keystrokes in the
 * worker) re-read only the documents that changed. Reading is a pure function of the text, so
 * sharing is safe; each call keeps only the chunks of its own text, so memory stays bounded.
 */
const SHARED_CACHES: Record<EditorId, Map<string, ChunkResult>> = {
  pod: new Map(),
  policy: new Map(),
}

export function readInput(
  input: EngineInput,
  context: EvaluateContext = {},
): { ctx: FamilyContext; prepared: PreparedWorkload[] } {
  const read: Record<EditorId, YamlReadResult> = {
    pod: readYaml(typeof input.pod === 'string' ? input.pod : '', {
      cache: (context.caches ?? SHARED_CACHES).pod,
      maxChars: context.maxChars,
    }),
    policy: readYaml(typeof input.policy === 'string' ? input.policy : '', {
      cache: (context.caches ?? SHARED_CACHES).policy,
      maxChars: context.maxChars,
    }),
  }
  const locator = new Locator({ pod: read.pod.lines, policy: read.policy.lines })
  const problems: Problem[] = []
  for (const editor of ['pod', 'policy'] as const) {
    for (const p of read[editor].problems) problems.push({ editor, ...p })
  }
  const found = emptyExtracted()
  extract('pod', read.pod.documents, found)
  extract('policy', read.policy.documents, found)
  for (const p of found.problems)
    problems.push(locator.problem(p.editor, p.doc, p.path, p.severity, p.code, p.message))

  const options = input.options ?? {}
  const ctx: FamilyContext = { input, options, found, locator, problems }
  const prepared = found.workloads.map((w) => prepareWorkload(w, ctx))
  return { ctx, prepared }
}

export function evaluateInput(input: EngineInput, context: EvaluateContext = {}): Report {
  const { ctx, prepared } = readInput(input, context)
  const { locator, problems } = ctx
  const runtime = ctx.options.runtime === 'cri-o' ? 'cri-o' : 'containerd'
  for (const family of FAMILIES) family.prepare?.(ctx)

  const workloads: WorkloadReport[] = prepared.map((p) => {
    const report: WorkloadReport = {
      kind: p.found.kind,
      name: p.found.name,
      namespace: p.found.namespace,
      editor: p.found.editor,
      line: locator.location(p.found.editor, p.found.doc, p.found.at).line,
      effective: EMPTY_EFFECTIVE,
      podSecurity: null,
      podSecurityPolicy: null,
    }
    for (const family of FAMILIES) family.workload?.(p, report, ctx)
    report.effective = computeEffective(p.admitted?.pod ?? p.pod, {
      runtime,
      policySet: p.admitted?.set ?? new Set(),
      ...(p.admitted && { original: p.pod }),
    })
    for (const d of p.defaults) report.effective.notes.push(`API default: ${d}.`)
    const prefix = [...p.found.at, ...p.found.templatePath, 'spec']
    for (const c of report.effective.containers) {
      c.at = locator.location(p.found.editor, p.found.doc, [...prefix, LIST_OF[c.type], c.index])
    }
    return report
  })

  let network: Report['network'] = null
  for (const family of FAMILIES) network = family.network?.(ctx, prepared) ?? network
  return { version: 1, problems: sortProblems(problems), workloads, network }
}

export interface PreparedWorkload {
  found: FoundWorkload
  /** The pod as the API server hands it to admission: types checked, defaults applied. */
  pod: Record<string, unknown>
  defaults: string[]
  /** Set by an admission family that changed the pod: the pod as admitted, and the fields it set. */
  admitted?: { pod: unknown; set: ReadonlySet<string> }
}

const LIST_OF = {
  container: 'containers',
  initContainer: 'initContainers',
  ephemeralContainer: 'ephemeralContainers',
} as const

const EMPTY_EFFECTIVE = computeEffective({}, { runtime: 'containerd' })

function prepareWorkload(found: FoundWorkload, ctx: FamilyContext): PreparedWorkload {
  const typeProblems: TypeProblem[] = []
  const template = found.template ?? {}
  const clean = sanitize(template, POD, [], typeProblems) as Record<string, unknown>
  for (const t of typeProblems) {
    ctx.problems.push(
      ctx.locator.problem(
        found.editor,
        found.doc,
        [...found.at, ...found.templatePath, ...t.path],
        'error',
        'wrong-type',
        t.message,
      ),
    )
  }
  const spec = clean.spec
  if (
    found.template &&
    (typeof spec !== 'object' ||
      spec === null ||
      !Array.isArray((spec as Record<string, unknown>).containers) ||
      ((spec as Record<string, unknown>).containers as unknown[]).length === 0)
  ) {
    const where = typeof spec === 'object' && spec !== null ? ['spec'] : []
    ctx.problems.push(
      ctx.locator.problem(
        found.editor,
        found.doc,
        [...found.at, ...found.templatePath, ...where],
        'error',
        'no-containers',
        `spec.containers: Required value: a pod needs at least one container.`,
      ),
    )
  }
  const { pod, applied } = applyPodDefaults(clean)
  return { found, pod: pod as Record<string, unknown>, defaults: applied.map((a) => a.note) }
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const

function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort(
    (a, b) =>
      (a.editor === b.editor ? 0 : a.editor === 'pod' ? -1 : 1) ||
      a.line - b.line ||
      a.column - b.column ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  )
}
