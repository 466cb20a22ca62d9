/**
 * The deprecated AppArmor annotations (ValidateAppArmorPodAnnotations, ValidateAppArmorProfileFormat
 * and podSpecHasContainer in pkg/apis/core/validation/validation.go): the container must exist in
 * any of the three lists, and the value must be empty, runtime/default, unconfined or localhost/...
 * Keys in byte order (upstream: Go map order).
 */
import { byteCompare } from '../pss/format'
import type { Obj } from '../obj'
import type { At } from './at'
import { CONTAINER_NAMES, items, nameOf } from './context'
import { type FieldError, invalid } from './errors'
import { str } from './value'

export const APPARMOR_PREFIX = 'container.apparmor.security.beta.kubernetes.io/'

export function appArmorAnnotationErrors(
  annotations: Obj,
  spec: Obj,
  annotationsAt: At,
): FieldError[] {
  const keys = Object.keys(annotations)
    .filter((k) => k.startsWith(APPARMOR_PREFIX))
    .sort(byteCompare)
  if (keys.length === 0) return []
  const names = new Set(CONTAINER_NAMES.flatMap((l) => items(spec[l]).map(nameOf)))
  const errs: FieldError[] = []
  for (const k of keys) {
    const v = annotations[k]
    if (typeof v !== 'string') continue
    const at = annotationsAt.key(k)
    const container = k.slice(APPARMOR_PREFIX.length)
    if (!names.has(container)) errs.push(invalid(at, str(container), 'container not found'))
    if (v !== '' && v !== 'runtime/default' && v !== 'unconfined' && !v.startsWith('localhost/')) {
      errs.push(invalid(at, str(v), `invalid AppArmor profile name: ${str(v)}`))
    }
  }
  return errs
}
