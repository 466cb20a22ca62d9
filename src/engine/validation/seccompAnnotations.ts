/**
 * The deprecated seccomp annotations (ValidateSeccompPodAnnotations and ValidateSeccompProfile in
 * pkg/apis/core/validation/validation.go): the pod key, then every
 * `container.seccomp.security.alpha.kubernetes.io/<name>` key (upstream in Go map order, here in
 * byte order). Valid: runtime/default, docker/default, unconfined, localhost/<relative path>. The
 * path uses Child(key), so it prints dotted: `metadata.annotations.seccomp.security...`.
 */
import { byteCompare } from '../pss/format'
import type { Obj } from '../obj'
import type { At } from './at'
import { type FieldError, invalid } from './errors'
import { localDescendingPathErrors } from './localPath'
import { str } from './value'

export const SECCOMP_POD_KEY = 'seccomp.security.alpha.kubernetes.io/pod'
export const SECCOMP_CONTAINER_PREFIX = 'container.seccomp.security.alpha.kubernetes.io/'

function profileErrors(p: string, at: At): FieldError[] {
  if (p === 'runtime/default' || p === 'docker/default' || p === 'unconfined') return []
  if (p.startsWith('localhost/')) return localDescendingPathErrors(p.slice('localhost/'.length), at)
  return [invalid(at, str(p), 'must be a valid seccomp profile')]
}

/** `annotationsAt` prints as `metadata.annotations` (Pod) or `spec.template.annotations`. */
export function seccompAnnotationErrors(annotations: Obj, annotationsAt: At): FieldError[] {
  const errs: FieldError[] = []
  const at = (k: string) => annotationsAt.child(k, [k])
  const pod = annotations[SECCOMP_POD_KEY]
  if (typeof pod === 'string') errs.push(...profileErrors(pod, at(SECCOMP_POD_KEY)))
  const keys = Object.keys(annotations)
    .filter((k) => k.startsWith(SECCOMP_CONTAINER_PREFIX))
    .sort(byteCompare)
  for (const k of keys) {
    const v = annotations[k]
    if (typeof v === 'string') errs.push(...profileErrors(v, at(k)))
  }
  return errs
}
