import type { Obj } from '../../obj'
import { At } from '../at'
import type { SpecContext } from '../context'
import type { FieldError } from '../errors'

/** A Pod's spec context (`spec`), or a Deployment template's (`spec.template.spec`). */
export function ctx(spec: Obj, isPod = true, allowPrivileged = true): SpecContext {
  const specAt = isPod ? At.root('spec') : At.root('spec').child('template').child('spec')
  return { spec, specAt, isPod, allowPrivileged }
}

export const messages = (errs: readonly (FieldError | null)[]): string[] =>
  errs.flatMap((e) => (e === null ? [] : [e.message]))
