/**
 * validateLocalDescendingPath (pkg/apis/core/validation/validation.go): a relative path without a
 * `..` element. Used by seccomp localhostProfile and the localhost/ seccomp annotation.
 */
import type { At } from './at'
import { type FieldError, invalid } from './errors'
import { str } from './value'

export function localDescendingPathErrors(p: string, at: At): FieldError[] {
  const errs: FieldError[] = []
  if (p.startsWith('/')) errs.push(invalid(at, str(p), 'must be a relative path'))
  if (p.split('/').includes('..')) errs.push(invalid(at, str(p), "must not contain '..'"))
  return errs
}
