/**
 * Capabilities (spec pod-security-policy.md §4.4): defaultAddCapabilities are added unless the
 * container drops them, requiredDropCapabilities are dropped; added ones must be default-added or
 * allowed; `*` in allowedCapabilities switches every check off. Exact, case-sensitive strings.
 */
import { goCaps, goQuote, invalid, NULL } from '../go'
import { asObj, strList } from '../obj'
import { type ContainerCtx, containerSC, err, write } from '../pod'
import { byCodeUnits } from '../obj'
import type { Strategy } from '../strategy'
import type { PspError } from '../types'

function mutateContainer(ctx: ContainerCtx): void {
  const caps = asObj(containerSC(ctx.c).capabilities)
  const ownAdd = new Set(strList(caps?.add))
  const ownDrop = new Set(strList(caps?.drop))
  const defaultAdd = ctx.psp.defaultAddCapabilities.filter((c) => !ownDrop.has(c))
  const add = new Set([...defaultAdd, ...ownAdd])
  const drop = new Set([...ctx.psp.requiredDropCapabilities, ...ownDrop])
  if (add.size === ownAdd.size && drop.size === ownDrop.size) return
  const next: Record<string, string[]> = {}
  if (add.size > 0) next.add = [...add].sort(byCodeUnits)
  if (drop.size > 0) next.drop = [...drop].sort(byCodeUnits)
  write(ctx, [...ctx.path, 'securityContext', 'capabilities'], next)
}

function checkContainer(ctx: ContainerCtx): PspError[] {
  const { defaultAddCapabilities: defaults, requiredDropCapabilities: drops } = ctx.psp
  const allowed = ctx.psp.allowedCapabilities
  const field = `${ctx.go}.securityContext.capabilities`
  const at = [...ctx.path, 'securityContext', 'capabilities']
  const caps = asObj(containerSC(ctx.c).capabilities)
  if (caps === undefined) {
    if (defaults.length === 0 && drops.length === 0) return []
    const message = invalid(field, NULL, 'required capabilities are not set on the securityContext')
    return [err(message, at, ['spec', 'requiredDropCapabilities'])]
  }
  if (allowed.includes('*')) return []
  const out: PspError[] = []
  const addList = Array.isArray(caps.add) ? caps.add : []
  addList.forEach((cap, i) => {
    if (typeof cap !== 'string' || defaults.includes(cap) || allowed.includes(cap)) return
    const message = invalid(`${field}.add`, goQuote(cap), 'capability may not be added')
    out.push(err(message, [...at, 'add', i], ['spec', 'allowedCapabilities']))
  })
  const dropList = Array.isArray(caps.drop) ? strList(caps.drop) : null
  drops.forEach((cap, j) => {
    if (dropList?.includes(cap)) return
    const detail = `${cap} is required to be dropped but was not found`
    const message = invalid(`${field}.drop`, goCaps(dropList), detail)
    out.push(err(message, [...at, 'drop'], ['spec', 'requiredDropCapabilities', j]))
  })
  return out
}

export const capabilities = {
  id: 'capabilities',
  fields: [
    ['spec', 'defaultAddCapabilities'],
    ['spec', 'requiredDropCapabilities'],
    ['spec', 'allowedCapabilities'],
  ],
  mutateContainer,
  checkContainer,
} satisfies Strategy
