/**
 * API validation of the security-relevant rules, as a pure stage (cluster-path.md §7, gate 9 of §1).
 * Input: the decoded, type-checked and defaulted object (plain JSON values: a wrongly typed field has
 * been removed, defaults such as `hostPort = containerPort` under hostNetwork and the Pod AppArmor
 * annotation sync have been applied). Output: the field errors in the API server's order, and the
 * warnings the server would send with a successful create.
 *
 * Order for a Pod (ValidatePodCreate): metadata, seccomp and AppArmor annotations, the pod spec,
 * `spec.ephemeralContainers` on create, seccomp then AppArmor annotation/field agreement.
 * A workload (ValidatePodTemplateSpec under its template path): metadata, the template's annotations,
 * the pod spec, seccomp agreement, ephemeral containers; a CronJob's name length last.
 */
import { isObj, type Obj } from '../obj'
import { TEMPLATE_PATHS } from '../workloads/kinds'
import { appArmorAgreementErrors } from './appArmorAgreement'
import { appArmorAnnotationErrors } from './appArmorAnnotations'
import { At } from './at'
import type { SpecContext } from './context'
import { ephemeralContainersError } from './ephemeralContainers'
import type { FieldError } from './errors'
import { cronJobNameError, objectMetaErrors, podNameWarnings } from './objectMeta'
import { podSpecErrors } from './podSpec'
import { seccompAgreementErrors } from './seccompAgreement'
import { seccompAnnotationErrors } from './seccompAnnotations'

export interface ValidationInput {
  kind: string
  /** The decoded and defaulted object. */
  object: unknown
  /** kube-apiserver --allow-privileged; default true (kubeadm and most installers). */
  allowPrivileged?: boolean
}

export interface ValidationResult {
  errors: FieldError[]
  /** Warnings of a successful create (`Warning: ...` in kubectl); empty when there are errors. */
  warnings: string[]
}

const objAt = (o: Obj, path: readonly (string | number)[]): Obj => {
  let cur: unknown = o
  for (const k of path) cur = isObj(cur) ? cur[k as string] : undefined
  return isObj(cur) ? cur : {}
}

/** The template's root position, e.g. `spec.template` or `spec.jobTemplate.spec.template`. */
function templateRoot(path: readonly (string | number)[]): At {
  let at = At.root(String(path[0]))
  for (const k of path.slice(1)) at = at.child(String(k))
  return at
}

function podLikeErrors(annotations: Obj, annotationsAt: At, ctx: SpecContext): FieldError[] {
  const errs = [
    ...seccompAnnotationErrors(annotations, annotationsAt),
    ...appArmorAnnotationErrors(annotations, ctx.spec, annotationsAt),
    ...podSpecErrors(ctx),
  ]
  const ephemeral = ephemeralContainersError(ctx)
  if (ctx.isPod) {
    if (ephemeral !== null) errs.push(ephemeral)
    errs.push(...seccompAgreementErrors(annotations, ctx))
    errs.push(...appArmorAgreementErrors(annotations, ctx))
  } else {
    errs.push(...seccompAgreementErrors(annotations, ctx))
    if (ephemeral !== null) errs.push(ephemeral)
  }
  return errs
}

export function validateObject(input: ValidationInput): ValidationResult {
  const { kind, object } = input
  const allowPrivileged = input.allowPrivileged ?? true
  if (!isObj(object)) return { errors: [], warnings: [] }
  const isWorkload = Object.hasOwn(TEMPLATE_PATHS, kind)
  if (!isWorkload && kind !== 'Namespace') return { errors: [], warnings: [] }
  const errors = objectMetaErrors(kind, object)
  if (kind === 'Pod') {
    const meta = objAt(object, ['metadata'])
    errors.push(
      ...podLikeErrors(objAt(meta, ['annotations']), At.root('metadata').child('annotations'), {
        spec: objAt(object, ['spec']),
        specAt: At.root('spec'),
        isPod: true,
        allowPrivileged,
      }),
    )
  } else if (isWorkload) {
    const path = TEMPLATE_PATHS[kind]!
    const template = objAt(object, path)
    const templateAt = templateRoot(path)
    errors.push(
      ...podLikeErrors(
        objAt(template, ['metadata', 'annotations']),
        templateAt.child('annotations', ['metadata', 'annotations']),
        {
          spec: objAt(template, ['spec']),
          specAt: templateAt.child('spec'),
          isPod: false,
          allowPrivileged,
        },
      ),
    )
    const cron = cronJobNameError(kind, object)
    if (cron !== null) errors.push(cron)
  }
  return { errors, warnings: errors.length === 0 ? podNameWarnings(kind, object) : [] }
}
