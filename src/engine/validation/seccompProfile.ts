/**
 * seccompProfile of the pod or of a container (validateSeccompProfileField,
 * validateSeccompProfileType in pkg/apis/core/validation/validation.go).
 */
import { isObj, type Obj } from '../obj'
import type { At } from './at'
import { type FieldError, invalid, notSupported, required } from './errors'
import { localDescendingPathErrors } from './localPath'
import { jsonString, profileJson } from './value'

export const PROFILE_TYPES = ['Localhost', 'RuntimeDefault', 'Unconfined'] as const

/** `owner` holds the seccompProfile field; `at` is the owner's position. */
export function seccompProfileErrors(owner: Obj, at: At): FieldError[] {
  const sp = owner.seccompProfile
  if (!isObj(sp)) return []
  const spAt = at.child('seccompProfile')
  const type = typeof sp.type === 'string' ? sp.type : ''
  const errs: FieldError[] = []
  if (type === '') {
    errs.push(required(spAt.child('type'), 'type is required when seccompProfile is set'))
  } else if (!(PROFILE_TYPES as readonly string[]).includes(type)) {
    errs.push(notSupported(spAt.child('type'), jsonString(type), PROFILE_TYPES))
  }
  const local = sp.localhostProfile
  const localAt = spAt.child('localhostProfile')
  if (type === 'Localhost') {
    if (typeof local !== 'string') {
      errs.push(required(localAt, 'must be set when seccomp type is Localhost'))
    } else {
      errs.push(...localDescendingPathErrors(local, localAt))
    }
  } else if (typeof local === 'string') {
    errs.push(invalid(localAt, profileJson(sp), 'can only be set when seccomp type is Localhost'))
  }
  return errs
}
