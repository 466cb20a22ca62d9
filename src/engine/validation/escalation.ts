/**
 * allowPrivilegeEscalation: false together with privileged, or with the literal capability
 * `CAP_SYS_ADMIN` in capabilities.add (ValidateSecurityContext in
 * pkg/apis/core/validation/validation.go). The comparison is case-sensitive and only the
 * CAP_-prefixed spelling counts (`SYS_ADMIN` passes): one error per occurrence. The value is the
 * whole internal SecurityContext as JSON.
 */
import type { Obj } from '../obj'
import type { At } from './at'
import { type FieldError, invalid } from './errors'
import { objOrNull } from './context'
import { securityContextJson } from './value'

export function escalationErrors(sc: Obj, at: At): FieldError[] {
  if (sc.allowPrivilegeEscalation !== false) return []
  const errs: FieldError[] = []
  let shown: string | null = null
  const value = () => {
    shown ??= securityContextJson(sc)
    return shown
  }
  if (sc.privileged === true) {
    errs.push(
      invalid(
        at,
        value(),
        'cannot set `allowPrivilegeEscalation` to false and `privileged` to true',
      ),
    )
  }
  const add = objOrNull(sc.capabilities)?.add
  if (Array.isArray(add)) {
    for (const cap of add) {
      if (cap === 'CAP_SYS_ADMIN') {
        errs.push(
          invalid(
            at,
            value(),
            'cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN',
          ),
        )
      }
    }
  }
  return errs
}
