/**
 * Admission, Pod Security Standards: the Namespace that stands for the workload (cluster.ts) or
 * the overrides choose the level and version; the pod is judged there and at every level (the
 * ladder); violations point at the offending keys.
 */
import { obj } from '../obj'
import { DEFAULT_POLICY, kubernetesPolicy, podSecurityFor } from '../pss'
import type { Level, PodSecurityReport, PodSecurityViolation } from '../report'
import type { Found } from '../workloads/extract'
import { type PreparedWorkload, report, type StageContext } from './context'

type Labels = Record<string, unknown>

/** Each standing Namespace's labels by name; invalid label values become warnings. */
export type NamespaceLabels = ReadonlyMap<string, Labels>

export function namespaceLabels(
  namespaces: ReadonlyMap<string, Found>,
  ctx: StageContext,
): NamespaceLabels {
  const byName = new Map<string, Labels>()
  for (const ns of namespaces.values()) {
    const labels = obj(obj(ns.object.metadata).labels)
    byName.set(ns.name, labels)
    // Invalid label values: what the API server would reject the Namespace with.
    for (const p of kubernetesPolicy(labels).labelProblems) {
      report(ctx, ns, ['metadata', 'labels', p.label], 'warning', 'pss-label', p.message)
    }
  }
  return byName
}

/** Why the enforced level applies, in words. */
function sourceDetail(
  source: PodSecurityReport['source'],
  namespace: string,
  declared: boolean,
): string {
  if (source === 'override') return 'chosen in podplay (overrides the namespace labels)'
  if (source === 'namespace') return `the labels of Namespace "${namespace}"`
  const defaults = `Pod Security Admission's defaults enforce ${DEFAULT_POLICY.level}:${DEFAULT_POLICY.version}, so every pod is admitted`
  return declared
    ? `Namespace "${namespace}" has no pod-security.kubernetes.io labels: ${defaults}`
    : `Namespace "${namespace}" is not in either editor, so podplay cannot see its labels: with none, ${defaults}; in a cluster, its real labels decide`
}

export function podSecurityStage(
  w: PreparedWorkload,
  labels: NamespaceLabels,
  ctx: StageContext,
): PodSecurityReport {
  const ns = labels.get(w.found.namespace)
  const result = podSecurityFor(w.pod, {
    namespaceLabels: ns ?? null,
    ...(ctx.options.level !== undefined && { level: ctx.options.level }),
    ...(ctx.options.version !== undefined && { version: ctx.options.version }),
    kind: w.found.kind === 'Pod' ? 'pod' : 'workload',
  })
  const prefix = [...w.found.at, ...w.found.templatePath]
  const located = (violations: typeof result.violations): PodSecurityViolation[] =>
    violations.map((v) => ({
      check: v.check,
      reason: v.reason,
      detail: v.detail,
      locations: v.paths.map((path) =>
        ctx.locator.location(w.found.editor, w.found.doc, [...prefix, ...path]),
      ),
    }))
  const levels = {} as NonNullable<PodSecurityReport['levels']>
  for (const level of Object.keys(result.levels) as Level[]) {
    const l = result.levels[level]
    levels[level] = { allowed: l.allowed, violations: located(l.violations) }
  }
  const podSecurity: PodSecurityReport = {
    level: result.level,
    version: result.version,
    allowed: result.allowed,
    violations: located(result.violations),
    message: result.message,
    source: result.source,
    sourceDetail: sourceDetail(result.source, w.found.namespace, ns !== undefined),
    highestLevel: result.highestLevel,
    levels,
  }
  if (result.modes) podSecurity.modes = result.modes
  return podSecurity
}
