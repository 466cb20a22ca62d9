/**
 * procMount (ValidateProcMountType and ValidateSecurityContext in
 * pkg/apis/core/validation/validation.go): only Default and Unmasked, and Unmasked only with
 * hostUsers false. ProcMountType is a named string type, so its value prints as JSON.
 */
import type { Obj } from '../obj'
import type { At } from './at'
import { type FieldError, invalid, notSupported } from './errors'
import { jsonString } from './value'

/** The values of ProcMountType (core/v1 types.go: DefaultProcMount, UnmaskedProcMount). */
export const PROC_MOUNT_TYPES = ['Default', 'Unmasked'] as const

export function procMountErrors(sc: Obj, at: At, hostUsers: boolean): FieldError[] {
  const v = sc.procMount
  if (typeof v !== 'string') return []
  const pmAt = at.child('procMount')
  const errs: FieldError[] = []
  if (!(PROC_MOUNT_TYPES as readonly string[]).includes(v)) {
    errs.push(notSupported(pmAt, jsonString(v), PROC_MOUNT_TYPES))
  }
  if (hostUsers && v === 'Unmasked') {
    errs.push(invalid(pmAt, jsonString(v), '`hostUsers` must be false to use `Unmasked`'))
  }
  return errs
}
