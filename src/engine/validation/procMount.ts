/**
 * procMount (ValidateProcMountType and ValidateSecurityContext in
 * pkg/apis/core/validation/validation.go): only Default and Unmasked, and Unmasked only with
 * hostUsers false. ProcMountType is a named string type, so its value prints as JSON.
 */
import type { Obj } from '../obj'
import type { At } from './at'
import { type FieldError, invalid, notSupported } from './errors'
import { jsonString } from './value'

export function procMountErrors(sc: Obj, at: At, hostUsers: boolean): FieldError[] {
  const v = sc.procMount
  if (typeof v !== 'string') return []
  const pmAt = at.child('procMount')
  const errs: FieldError[] = []
  if (v !== 'Default' && v !== 'Unmasked') {
    errs.push(notSupported(pmAt, jsonString(v), ['Default', 'Unmasked']))
  }
  if (hostUsers && v === 'Unmasked') {
    errs.push(invalid(pmAt, jsonString(v), '`hostUsers` must be false to use `Unmasked`'))
  }
  return errs
}
