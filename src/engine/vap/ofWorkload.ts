/**
 * Which ValidatingAdmissionPolicy results are about a workload (stages/admissionPolicy.ts judges
 * each object of the pod editor as itself and, for a workload with a template, again as the Pod
 * the template creates): the object at the workload's place with its kind and name, or the Pod
 * whose `templateOf` names it.
 */
import type { AdmissionPolicyObject, WorkloadReport } from '../report'

export function isOfWorkload(
  o: AdmissionPolicyObject,
  w: Pick<WorkloadReport, 'editor' | 'line' | 'kind' | 'name'>,
): boolean {
  if (o.editor !== w.editor || o.line !== w.line) return false
  return o.templateOf !== undefined
    ? o.templateOf === `${w.kind}/${w.name}`
    : o.kind === w.kind && o.name === w.name
}
