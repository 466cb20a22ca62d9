/**
 * A container's securityContext in ValidateSecurityContext order
 * (pkg/apis/core/validation/validation.go): privileged (cluster policy), runAsUser, runAsGroup,
 * procMount, seccompProfile, escalation, (windowsOptions: not modelled), appArmorProfile.
 */
import type { Obj } from '../obj'
import { appArmorProfileErrors } from './appArmorProfile'
import type { At } from './at'
import { escalationErrors } from './escalation'
import type { FieldError } from './errors'
import { idRangeError } from './idRange'
import { privilegedPolicyError } from './privileged'
import { procMountErrors } from './procMount'
import { seccompProfileErrors } from './seccompProfile'

export function containerSecurityContextErrors(
  sc: Obj,
  at: At,
  hostUsers: boolean,
  allowPrivileged: boolean,
): FieldError[] {
  const errs: FieldError[] = []
  const push = (e: FieldError | null) => {
    if (e !== null) errs.push(e)
  }
  push(privilegedPolicyError(sc, at, allowPrivileged))
  push(idRangeError(sc.runAsUser, at.child('runAsUser')))
  push(idRangeError(sc.runAsGroup, at.child('runAsGroup')))
  errs.push(...procMountErrors(sc, at, hostUsers))
  errs.push(...seccompProfileErrors(sc, at))
  errs.push(...escalationErrors(sc, at))
  errs.push(...appArmorProfileErrors(sc, at))
  return errs
}
