/**
 * Which ValidatingAdmissionPolicy results are about a workload (stages/admissionPolicy.ts judges
 * each object of the pod editor as itself and, for a workload with a template, again as the Pod
 * the template creates): the object at the workload's place with its kind and name, or the Pod
 * whose `templateOf` names it.
 */
import type { AdmissionPolicyObject, AdmissionPolicyResult, WorkloadReport } from '../report'

export function isOfWorkload(
  o: AdmissionPolicyObject,
  w: Pick<WorkloadReport, 'editor' | 'line' | 'kind' | 'name'>,
): boolean {
  if (o.editor !== w.editor || o.line !== w.line) return false
  return o.templateOf !== undefined
    ? o.templateOf === `${w.kind}/${w.name}`
    : o.kind === w.kind && o.name === w.name
}

/**
 * The indices of the results about each workload, the results grouped by place once (a workload
 * looks only at the few at its line, not at every result).
 */
export function workloadResults(
  results: readonly AdmissionPolicyResult[],
): (w: Pick<WorkloadReport, 'editor' | 'line' | 'kind' | 'name'>) => number[] {
  const byPlace = new Map<string, number[]>()
  results.forEach((r, i) => {
    const place = `${r.object?.editor}:${r.object?.line}`
    const list = byPlace.get(place)
    if (list) list.push(i)
    else byPlace.set(place, [i])
  })
  return (w) =>
    (byPlace.get(`${w.editor}:${w.line}`) ?? []).filter((i) => isOfWorkload(results[i]!.object, w))
}
