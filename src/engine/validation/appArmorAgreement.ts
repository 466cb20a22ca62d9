/**
 * On Pod create, a container's AppArmor annotation and its profile (the container field, else the
 * pod field) must agree (validateAppArmorAnnotationsAndFieldsMatchOnCreate in
 * pkg/apis/core/validation/validation.go); skipped for `os.name: windows`. Pods only: the API server
 * syncs annotation and field just before (PrepareForCreate), which the defaults stage must do first.
 */
import { isObj, type Obj } from '../obj'
import { type SpecContext, visitContainers } from './context'
import { type FieldError, forbidden } from './errors'
import { APPARMOR_PREFIX } from './appArmorAnnotations'

export function appArmorAgreementErrors(annotations: Obj, ctx: SpecContext): FieldError[] {
  const { spec, specAt } = ctx
  if (isObj(spec.os) && spec.os.name === 'windows') return []
  const podSc = isObj(spec.securityContext) ? spec.securityContext : {}
  const podProfile = isObj(podSc.appArmorProfile) ? podSc.appArmorProfile : null
  const errs: FieldError[] = []
  visitContainers(spec, specAt, (c, cAt) => {
    const own = isObj(c.securityContext) ? c.securityContext.appArmorProfile : undefined
    const profile = isObj(own) ? own : podProfile
    if (profile === null) return
    const annotation = annotations[`${APPARMOR_PREFIX}${typeof c.name === 'string' ? c.name : ''}`]
    if (typeof annotation !== 'string') return
    const at = cAt.child('securityContext').child('appArmorProfile')
    const typeMismatch = () =>
      errs.push(forbidden(at.child('type'), 'apparmor type in annotation and field must match'))
    if (profile.type === 'Unconfined') {
      if (annotation !== 'unconfined') typeMismatch()
    } else if (profile.type === 'RuntimeDefault') {
      if (annotation !== 'runtime/default') typeMismatch()
    } else if (profile.type === 'Localhost') {
      if (!annotation.startsWith('localhost/')) typeMismatch()
      else if (annotation.slice('localhost/'.length) !== profile.localhostProfile) {
        errs.push(
          forbidden(
            at.child('localhostProfile'),
            'apparmor profile in annotation and field must match',
          ),
        )
      }
    }
  })
  return errs
}
