/**
 * Pod Security Standards for every workload: the Namespace's labels (from either editor) or the
 * overrides choose the level and version; violations point at the offending keys.
 */
import type { PreparedWorkload } from '../evaluate'
import { obj } from '../obj'
import { kubernetesPolicy, podSecurityFor } from '../pss'
import type { PodSecurityReport, WorkloadReport } from '../report'
import type { Found } from '../workloads/extract'
import type { Family, FamilyContext } from '.'

type Labels = Record<string, unknown>

const namespaceLabels = new WeakMap<FamilyContext, Map<string, Labels>>()

function labelsOf(ns: Found): Labels {
  return obj(obj(ns.object.metadata).labels)
}

export const pssFamily: Family = {
  id: 'pss',
  prepare(ctx) {
    const byName = new Map<string, Labels>()
    for (const ns of ctx.found.namespaces) {
      const labels = labelsOf(ns)
      if (!byName.has(ns.name)) byName.set(ns.name, labels)
      // Invalid label values: what the API server would reject the Namespace with.
      const { labelProblems } = kubernetesPolicy(labels)
      for (const p of labelProblems) {
        ctx.problems.push(
          ctx.locator.problem(
            ns.editor,
            ns.doc,
            [...ns.at, 'metadata', 'labels', p.label],
            'warning',
            'pss-label',
            p.message,
          ),
        )
      }
    }
    namespaceLabels.set(ctx, byName)
  },
  workload(w: PreparedWorkload, report: WorkloadReport, ctx: FamilyContext) {
    const labels = namespaceLabels.get(ctx)?.get(w.found.namespace) ?? null
    const result = podSecurityFor(w.pod, {
      namespaceLabels: labels,
      ...(ctx.options.level !== undefined && { level: ctx.options.level }),
      ...(ctx.options.version !== undefined && { version: ctx.options.version }),
      kind: w.found.kind === 'Pod' ? 'pod' : 'workload',
    })
    const prefix = [...w.found.at, ...w.found.templatePath]
    const podSecurity: PodSecurityReport = {
      level: result.level,
      version: result.version,
      allowed: result.allowed,
      violations: result.violations.map((v) => ({
        check: v.check,
        reason: v.reason,
        detail: v.detail,
        locations: v.paths.map((path) =>
          ctx.locator.location(w.found.editor, w.found.doc, [...prefix, ...path]),
        ),
      })),
      message: result.message,
      source: result.source,
      highestLevel: result.highestLevel,
    }
    if (result.modes) podSecurity.modes = result.modes
    report.podSecurity = podSecurity
  },
}
