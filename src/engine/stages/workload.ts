/**
 * One workload through the API server before admission (cluster-path.md §1, steps 5–9): its
 * fields typed as the server decodes them, the API defaults, then API validation. Admission and
 * the node judge what comes out.
 */
import { isObj } from '../obj'
import { POD } from '../workloads/schema'
import { sanitize, type TypeProblem } from '../workloads/validate'
import { applyPodDefaults } from '../workloads/defaults'
import type { FoundWorkload } from '../workloads/extract'
import { type PreparedWorkload, report, type StageContext } from './context'

export function prepareWorkload(found: FoundWorkload, ctx: StageContext): PreparedWorkload {
  const typeProblems: TypeProblem[] = []
  const template = found.template ?? {}
  const clean = sanitize(template, POD, [], typeProblems)
  for (const t of typeProblems) {
    report(ctx, found, [...found.templatePath, ...t.path], 'error', 'wrong-type', t.message)
  }
  const spec = isObj(clean) ? clean.spec : undefined
  if (
    found.template &&
    (!isObj(spec) || !Array.isArray(spec.containers) || spec.containers.length === 0)
  ) {
    report(
      ctx,
      found,
      [...found.templatePath, ...(isObj(spec) ? ['spec'] : [])],
      'error',
      'no-containers',
      'spec.containers: Required value: a pod needs at least one container.',
    )
  }
  const { pod, applied } = applyPodDefaults(clean)
  return {
    found,
    pod: isObj(pod) ? pod : {},
    defaults: applied.map((a) => a.note),
    apiServer: { allowed: true, errors: [] },
  }
}
