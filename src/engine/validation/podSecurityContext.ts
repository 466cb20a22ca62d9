/**
 * The pod's securityContext in validatePodSpecSecurityContext order
 * (pkg/apis/core/validation/validation.go): fsGroup, runAsUser, runAsGroup, supplementalGroups,
 * shareProcessNamespace, sysctls, seccompProfile, appArmorProfile. Fields not modelled
 * (fsGroupChangePolicy, windowsOptions, supplementalGroupsPolicy, seLinuxChangePolicy) are skipped.
 */
import { isObj } from '../obj'
import { appArmorProfileErrors } from './appArmorProfile'
import type { At } from './at'
import { items, type SpecContext } from './context'
import type { FieldError } from './errors'
import { idRangeError } from './idRange'
import { seccompProfileErrors } from './seccompProfile'
import { shareProcessNamespaceError } from './shareProcessNamespace'
import { sysctlErrors } from './sysctls'

export function podSecurityContextErrors(ctx: SpecContext): FieldError[] {
  const { spec, specAt } = ctx
  const sc = isObj(spec.securityContext) ? spec.securityContext : {}
  const at: At = specAt.child('securityContext')
  const errs: FieldError[] = []
  const push = (e: FieldError | null) => {
    if (e !== null) errs.push(e)
  }
  push(idRangeError(sc.fsGroup, at.child('fsGroup')))
  push(idRangeError(sc.runAsUser, at.child('runAsUser')))
  push(idRangeError(sc.runAsGroup, at.child('runAsGroup')))
  const groupsAt = at.child('supplementalGroups')
  items(sc.supplementalGroups).forEach((g, i) => {
    push(idRangeError(g, groupsAt.index(i)))
  })
  push(shareProcessNamespaceError(spec, specAt))
  errs.push(...sysctlErrors(spec, at))
  errs.push(...seccompProfileErrors(sc, at))
  errs.push(...appArmorProfileErrors(sc, at))
  return errs
}
