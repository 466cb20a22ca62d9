/**
 * allowPrivilegeEscalation and defaultAllowPrivilegeEscalation (spec pod-security-policy.md §5):
 * the default fills an unset container value; a policy `false` (absent means true) then fills
 * `false` and rejects containers whose value is not `false`.
 */
import { invalid, NULL } from '../go'
import { asBool } from '../obj'
import { type ContainerCtx, containerSC, err, write } from '../pod'
import type { Strategy } from '../strategy'
import type { PspError } from '../types'

const at = (ctx: ContainerCtx) => [...ctx.path, 'securityContext', 'allowPrivilegeEscalation']
const current = (ctx: ContainerCtx) => asBool(containerSC(ctx.c).allowPrivilegeEscalation)

/** Step 13: the policy's default where the container says nothing. */
function mutateDefault(ctx: ContainerCtx): void {
  const def = ctx.psp.defaultAllowPrivilegeEscalation
  if (def !== null && current(ctx) === undefined) write(ctx, at(ctx), def)
}

/** Step 14: a policy that forbids escalation makes an unset value `false`. */
function mutateContainer(ctx: ContainerCtx): void {
  if (!ctx.psp.allowPrivilegeEscalation && current(ctx) === undefined) write(ctx, at(ctx), false)
}

function checkContainer(ctx: ContainerCtx): PspError[] {
  const value = current(ctx)
  if (ctx.psp.allowPrivilegeEscalation || value === false) return []
  const field = `${ctx.go}.securityContext.allowPrivilegeEscalation`
  const message = invalid(
    field,
    value === undefined ? NULL : 'true',
    'Allowing privilege escalation for containers is not allowed',
  )
  return [err(message, at(ctx), ['spec', 'allowPrivilegeEscalation'])]
}

export const allowPrivilegeEscalation = {
  id: 'allowPrivilegeEscalation',
  fields: [
    ['spec', 'allowPrivilegeEscalation'],
    ['spec', 'defaultAllowPrivilegeEscalation'],
  ],
  mutateDefault,
  mutateContainer,
  checkContainer,
} satisfies Strategy
