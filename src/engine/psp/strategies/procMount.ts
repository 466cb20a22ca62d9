/**
 * procMount (spec pod-security-policy.md §4.9): the container's procMount (unset = Default) must be
 * in allowedProcMountTypes (empty = only Default). Checked as written.
 */
import { goQuote, invalid } from '../go'
import { asStr } from '../obj'
import { type ContainerCtx, containerSC, err } from '../pod'
import type { Strategy } from '../strategy'
import type { PspError } from '../types'

function checkContainer(ctx: ContainerCtx): PspError[] {
  const allowed =
    ctx.psp.allowedProcMountTypes.length > 0 ? ctx.psp.allowedProcMountTypes : ['Default']
  const value = asStr(containerSC(ctx.c).procMount) ?? 'Default'
  if (allowed.includes(value)) return []
  const message = invalid(
    `${ctx.go}.securityContext.procMount`,
    goQuote(value),
    'ProcMountType is not allowed',
  )
  return [
    err(message, [...ctx.path, 'securityContext', 'procMount'], ['spec', 'allowedProcMountTypes']),
  ]
}

export const procMount = {
  id: 'procMount',
  fields: [['spec', 'allowedProcMountTypes']],
  checkContainer,
} satisfies Strategy
