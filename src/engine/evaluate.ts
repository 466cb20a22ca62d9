/**
 * The whole evaluation, as the cluster's path goes (cluster-path.md §1), one stage after another,
 * each taking the values of the one before:
 *   decode (yaml/) -> objects as the cluster holds them (workloads/extract, cluster.ts)
 *   -> per workload: typed decoding, defaults, API validation (stages/workload.ts)
 *   -> admission: PodSecurityPolicy, Pod Security Standards (stages/podSecurity*.ts)
 *   -> the node (stages/node.ts) -> the network (stages/network.ts).
 */
import { type ClusterObjects, clusterObjects } from './cluster'
import type { EditorId, EngineInput, Problem, Report, WorkloadReport } from './report'
import type { PreparedWorkload, StageContext } from './stages/context'
import { identity, memoRun, RecordingLocator, type WorkloadMemo } from './stages/memo'
import { type NetworkObjects, networkStage } from './stages/network'
import { nodeStage } from './stages/node'
import { namespaceLabels, podSecurityStage } from './stages/podSecurity'
import { podSecurityPolicyStage, readPolicies } from './stages/podSecurityPolicy'
import { prepareWorkload } from './stages/workload'
import { admissionPolicyStage } from './stages/admissionPolicy'
import { emptyExtracted, extract, type Found } from './workloads/extract'
import { readYaml, type YamlReadResult } from './yaml'
import type { ChunkResult } from './yaml/read'

export interface EvaluateContext {
  /** Reused between calls (one per editor) so unchanged documents are not read again. */
  caches?: Record<EditorId, Map<string, ChunkResult>>
  maxChars?: number
  /**
   * Per-workload results reused between calls (stages/memo.ts): the app's worker passes one; a
   * single evaluation (the command line, tests) goes without, and pays nothing for it.
   */
  memo?: WorkloadMemo
}

/**
 * Without caches of its own, a caller shares these: consecutive evaluations (keystrokes in the
 * worker) re-read only the documents that changed. Reading is a pure function of the text, so
 * sharing is safe; each call keeps only the chunks of its own text, so memory stays bounded.
 */
const SHARED_CACHES: Record<EditorId, Map<string, ChunkResult>> = {
  pod: new Map(),
  policy: new Map(),
}

export interface ReadInput {
  ctx: StageContext
  objects: ClusterObjects
  /** Every standing workload after decoding, defaults and API validation. */
  prepared: PreparedWorkload[]
  /** Every object with a kind in either editor (ValidatingAdmissionPolicy reads them). */
  all: Found[]
  /** Reuses a workload's judgement when its document and its world are unchanged. */
  judge: ReturnType<typeof memoRun>['judge']
}

/** Decoding, the objects as the cluster holds them, and the API server's stages per workload. */
export function readInput(input: EngineInput, context: EvaluateContext = {}): ReadInput {
  const caches = context.caches ?? SHARED_CACHES
  const read = (editor: EditorId): YamlReadResult =>
    readYaml(typeof input[editor] === 'string' ? input[editor] : '', {
      cache: caches[editor],
      maxChars: context.maxChars,
    })
  const texts: Record<EditorId, YamlReadResult> = { pod: read('pod'), policy: read('policy') }
  const locator = new RecordingLocator({ pod: texts.pod.lines, policy: texts.policy.lines })
  const problems: Problem[] = []
  for (const editor of ['pod', 'policy'] as const) {
    for (const p of texts[editor].problems) problems.push({ editor, ...p })
  }
  const found = emptyExtracted()
  extract('pod', texts.pod.documents, found)
  extract('policy', texts.policy.documents, found)
  for (const p of found.problems)
    problems.push(locator.problem(p.editor, p.doc, p.path, p.severity, p.code, p.message))

  const ctx: StageContext = { options: input.options ?? {}, locator, problems }
  const objects = clusterObjects(found, (o) => {
    const at = locator.location(o.editor, o.doc, o.at)
    return `${o.editor} editor line ${at.line}`
  })
  for (const p of objects.problems) {
    problems.push(
      locator.problem(
        p.object.editor,
        p.object.doc,
        [...p.object.at, ...p.path],
        p.severity,
        p.code,
        p.message,
      ),
    )
  }
  const memo = context.memo ? memoRun(context.memo, locator, problems) : null
  const prepared = objects.workloads.map((w) =>
    memo ? memo.prepare(w, () => prepareWorkload(w, ctx)) : prepareWorkload(w, ctx),
  )
  const judge: ReadInput['judge'] = memo ? memo.judge : (_w, _key, make) => make()
  return { ctx, objects, prepared, all: found.objects, judge }
}

/** The standing objects the pod network is made of. */
export function networkObjects({ objects, prepared }: ReadInput): NetworkObjects {
  return {
    namespaces: [...objects.namespaces.values()],
    networkPolicies: objects.networkPolicies,
    workloads: prepared,
    running: objects.running,
  }
}

export function evaluateInput(input: EngineInput, context: EvaluateContext = {}): Report {
  const read = readInput(input, context)
  const { ctx, objects, prepared, all, judge } = read
  const labels = namespaceLabels(objects.namespaces, ctx)
  const policies = readPolicies(objects.podSecurityPolicies, ctx)
  // what a workload's judgement depends on besides its own document
  const lines = (f: Found) => {
    const at = ctx.locator.location(f.editor, f.doc, [])
    return `${at.line}:${at.column}`
  }
  const world = JSON.stringify([
    ctx.options,
    objects.podSecurityPolicies.map(
      (f) => `${identity(f.object)}@${f.editor}:${lines(f)}:${JSON.stringify(f.at)}:${f.name}`,
    ),
  ])
  const labelKeys = new Map<string, string>()
  for (const [name, l] of labels) labelKeys.set(name, JSON.stringify(l))

  const workloads = prepared.map((w): WorkloadReport => {
    const worldKey = `${world}|${labelKeys.get(w.found.namespace) ?? '-'}`
    return judge(w, worldKey, () => judgeWorkload(w))
  })
  function judgeWorkload(w: PreparedWorkload): WorkloadReport {
    const psp = podSecurityPolicyStage(w, policies, ctx)
    return {
      kind: w.found.kind,
      name: w.found.name,
      namespace: w.found.namespace,
      editor: w.found.editor,
      line: ctx.locator.location(w.found.editor, w.found.doc, w.found.at).line,
      effective: nodeStage(w, psp.admitted, ctx),
      podSecurity: podSecurityStage(w, labels, ctx),
      podSecurityPolicy: psp.report,
      apiServer: w.apiServer,
    }
  }

  const network = networkStage(networkObjects(read), ctx)
  // ValidatingAdmissionPolicy (stages/admissionPolicy.ts)
  const text = (e: EditorId) => (typeof input[e] === 'string' ? input[e] : '')
  const texts = { pod: text('pod'), policy: text('policy') }
  const vap = admissionPolicyStage(all, prepared, texts, ctx)
  return {
    version: 1,
    problems: sortProblems(ctx.problems),
    workloads,
    network,
    admissionPolicies: vap.results,
    ...(vap.notMatched.length > 0 && { admissionPoliciesNotMatched: vap.notMatched }),
    ...(vap.params.length > 0 && { admissionPolicyParams: vap.params }),
  }
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
