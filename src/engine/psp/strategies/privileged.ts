/**
 * privileged (spec pod-security-policy.md §4.9): a container may set `privileged: true` only when
 * the policy allows it. Never mutated (unset stays unset).
 */
import { invalid } from '../go'
import { type ContainerCtx, containerSC, err } from '../pod'
import type { Strategy } from '../strategy'
import type { PspError } from '../types'

function checkContainer(ctx: ContainerCtx): PspError[] {
  if (ctx.psp.privileged || containerSC(ctx.c).privileged !== true) return []
  const message = invalid(
    `${ctx.go}.securityContext.privileged`,
    'true',
    'Privileged containers are not allowed',
  )
  return [err(message, [...ctx.path, 'securityContext', 'privileged'], ['spec', 'privileged'])]
}

export const privileged = {
  id: 'privileged',
  fields: [['spec', 'privileged']],
  checkContainer,
} satisfies Strategy
