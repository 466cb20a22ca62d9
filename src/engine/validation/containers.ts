/**
 * The three container lists in ValidatePodSpec order (validateContainers, validateInitContainers,
 * validateEphemeralContainers and validateContainerCommon in pkg/apis/core/validation/validation.go).
 * Per container: name (required, DNS label), ports, securityContext, then the duplicate-name check:
 * regular names must be unique among regular containers, init names among regular and earlier
 * init containers, ephemeral names among all. Host port conflicts: regular containers together,
 * after the loop; each init container on its own. An empty list of regular containers is required.
 * Image, env, mounts, probes and resources are not modelled.
 */
import { isObj, type Obj } from '../obj'
import type { At } from './at'
import { containerSecurityContextErrors } from './containerSecurityContext'
import { hostUsers, items, nameOf, type SpecContext } from './context'
import { duplicate, type FieldError, required } from './errors'
import { hostPortConflictErrors } from './hostPortConflicts'
import { dnsLabelNameErrors } from './names'
import { portErrors } from './ports'
import { str } from './value'

function commonErrors(c: Obj, at: At, ctx: SpecContext, users: boolean): FieldError[] {
  const errs = dnsLabelNameErrors(nameOf(c), at.child('name'))
  errs.push(...portErrors(c.ports, at.child('ports')))
  if (isObj(c.securityContext)) {
    errs.push(
      ...containerSecurityContextErrors(
        c.securityContext,
        at.child('securityContext'),
        users,
        ctx.allowPrivileged,
      ),
    )
  }
  return errs
}

export function containerErrors(ctx: SpecContext): FieldError[] {
  const { spec, specAt } = ctx
  const users = hostUsers(spec)
  const errs: FieldError[] = []
  const regular = items(spec.containers)
  const regularAt = specAt.child('containers')
  const regularNames = new Set<string>()
  if (regular.length === 0) errs.push(required(regularAt))
  regular.forEach((c, i) => {
    const at = regularAt.index(i)
    const o = isObj(c) ? c : {}
    errs.push(...commonErrors(o, at, ctx, users))
    const name = nameOf(o)
    if (regularNames.has(name)) errs.push(duplicate(at.child('name'), str(name)))
    else regularNames.add(name)
  })
  errs.push(...hostPortConflictErrors(regular, regularAt))

  const initAt = specAt.child('initContainers')
  const allNames = new Set(regularNames)
  const init = items(spec.initContainers)
  init.forEach((c, i) => {
    const at = initAt.index(i)
    const o = isObj(c) ? c : {}
    errs.push(...commonErrors(o, at, ctx, users))
    const name = nameOf(o)
    if (allNames.has(name)) errs.push(duplicate(at.child('name'), str(name)))
    else if (name !== '') allNames.add(name)
    errs.push(...hostPortConflictErrors([o], initAt, i))
  })

  const ephemeral = items(spec.ephemeralContainers)
  if (ephemeral.length > 0) {
    const all = new Set<string>([...regular, ...init].map(nameOf))
    const ephAt = specAt.child('ephemeralContainers')
    ephemeral.forEach((c, i) => {
      const at = ephAt.index(i)
      const o = isObj(c) ? c : {}
      errs.push(...commonErrors(o, at, ctx, users))
      const name = nameOf(o)
      if (all.has(name)) errs.push(duplicate(at.child('name'), str(name)))
      else all.add(name)
    })
  }
  return errs
}
