/**
 * spec.volumes (ValidateVolumes in pkg/apis/core/validation/validation.go): per volume, its source
 * errors, then its name (required, DNS label), then a duplicate name. A volume with any error is
 * not remembered, so a later volume of the same name is no duplicate (as upstream).
 */
import { isObj } from '../obj'
import { items, type SpecContext } from './context'
import { duplicate, type FieldError } from './errors'
import { dnsLabelNameErrors } from './names'
import { str } from './value'
import { volumeSourceErrors } from './volumeSources'

export function volumeErrors(ctx: SpecContext): FieldError[] {
  const list = items(ctx.spec.volumes)
  if (list.length === 0) return []
  const listAt = ctx.specAt.child('volumes')
  const errs: FieldError[] = []
  const names = new Set<string>()
  list.forEach((v, i) => {
    if (!isObj(v)) return
    const at = listAt.index(i)
    const name = typeof v.name === 'string' ? v.name : ''
    const el = [...volumeSourceErrors(v, at), ...dnsLabelNameErrors(name, at.child('name'))]
    if (names.has(name)) el.push(duplicate(at.child('name'), str(name)))
    if (el.length === 0) names.add(name)
    else errs.push(...el)
  })
  return errs
}
