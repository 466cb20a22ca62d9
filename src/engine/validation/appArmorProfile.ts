/**
 * appArmorProfile of the pod or of a container (ValidateAppArmorProfileField in
 * pkg/apis/core/validation/validation.go). Lengths are in bytes.
 */
import { isObj, type Obj } from '../obj'
import type { At } from './at'
import { byteLength } from './dns'
import { type FieldError, invalid, notSupported, required, tooLong } from './errors'
import { PROFILE_TYPES } from './seccompProfile'
import { jsonString, str } from './value'

const MAX_LOCALHOST_PROFILE = 4095 // PATH_MAX - 1

/** Go's unicode.IsSpace set (strings.TrimSpace): unlike String.trim, U+0085 yes and U+FEFF no. */
const GO_SPACE =
  '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]'
const PADDED = new RegExp(`^${GO_SPACE}|${GO_SPACE}$`)

export function appArmorProfileErrors(owner: Obj, at: At): FieldError[] {
  const p = owner.appArmorProfile
  if (!isObj(p)) return []
  const pAt = at.child('appArmorProfile')
  const localAt = pAt.child('localhostProfile')
  const type = typeof p.type === 'string' ? p.type : ''
  const local = typeof p.localhostProfile === 'string' ? p.localhostProfile : null
  const errs: FieldError[] = []
  if (type === 'Localhost') {
    if (local === null) {
      errs.push(required(localAt, 'must be set when AppArmor type is Localhost'))
    } else {
      if (PADDED.test(local)) {
        errs.push(invalid(localAt, str(local), 'must not be padded with whitespace'))
      } else if (local === '') {
        errs.push(required(localAt, 'must be set when AppArmor type is Localhost'))
      }
      if (byteLength(local) > MAX_LOCALHOST_PROFILE)
        errs.push(tooLong(localAt, MAX_LOCALHOST_PROFILE))
    }
  } else if (type === 'RuntimeDefault' || type === 'Unconfined') {
    if (local !== null) {
      errs.push(invalid(localAt, str(local), 'can only be set when AppArmor type is Localhost'))
    }
  } else if (type === '') {
    errs.push(required(pAt.child('type'), 'type is required when appArmorProfile is set'))
  } else {
    errs.push(notSupported(pAt.child('type'), jsonString(type), PROFILE_TYPES))
  }
  return errs
}
