/**
 * On create, a seccomp annotation and the field of the same pod or container must agree
 * (validateSeccompAnnotationsAndFields, validateSeccompAnnotationsAndFieldsMatch in
 * pkg/apis/core/validation/validation.go). Checked for Pods and for workload templates.
 */
import { isObj, type Obj } from '../obj'
import type { At } from './at'
import { type SpecContext, visitContainers } from './context'
import { type FieldError, forbidden } from './errors'
import { SECCOMP_CONTAINER_PREFIX, SECCOMP_POD_KEY } from './seccompAnnotations'

function mismatch(annotation: string, field: Obj, at: At): FieldError | null {
  const type = field.type
  if (type === 'Unconfined') {
    if (annotation !== 'unconfined') {
      return forbidden(at.child('type'), 'seccomp type in annotation and field must match')
    }
  } else if (type === 'RuntimeDefault') {
    if (annotation !== 'runtime/default' && annotation !== 'docker/default') {
      return forbidden(at.child('type'), 'seccomp type in annotation and field must match')
    }
  } else if (type === 'Localhost') {
    if (!annotation.startsWith('localhost/')) {
      return forbidden(at.child('type'), 'seccomp type in annotation and field must match')
    }
    if (annotation.slice('localhost/'.length) !== field.localhostProfile) {
      return forbidden(
        at.child('localhostProfile'),
        'seccomp profile in annotation and field must match',
      )
    }
  }
  return null
}

export function seccompAgreementErrors(annotations: Obj, ctx: SpecContext): FieldError[] {
  const { spec, specAt } = ctx
  const errs: FieldError[] = []
  const podSc = isObj(spec.securityContext) ? spec.securityContext : {}
  const podAnnotation = annotations[SECCOMP_POD_KEY]
  if (isObj(podSc.seccompProfile) && typeof podAnnotation === 'string') {
    const e = mismatch(
      podAnnotation,
      podSc.seccompProfile,
      specAt.child('securityContext').child('seccompProfile'),
    )
    if (e !== null) errs.push(e)
  }
  visitContainers(spec, specAt, (c, at) => {
    const field = isObj(c.securityContext) ? c.securityContext.seccompProfile : undefined
    if (!isObj(field)) return
    const annotation =
      annotations[`${SECCOMP_CONTAINER_PREFIX}${typeof c.name === 'string' ? c.name : ''}`]
    if (typeof annotation !== 'string') return
    const e = mismatch(annotation, field, at.child('securityContext').child('seccompProfile'))
    if (e !== null) errs.push(e)
  })
  return errs
}
