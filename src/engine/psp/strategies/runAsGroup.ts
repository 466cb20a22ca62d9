/**
 * runAsGroup (spec pod-security-policy.md §4.2): absent or RunAsAny means no restriction;
 * MustRunAs generates the first range's min into the container; MayRunAs only checks. Errors sit at
 * the container's securityContext path itself, with the effective group as a one-element list.
 */
import { asInt } from '../obj'
import { type ContainerCtx, effective, err, write } from '../pod'
import { checkGroups, generateGroup } from '../groups'
import type { Strategy } from '../strategy'
import type { PspError } from '../types'

const FIELD = ['spec', 'runAsGroup']

function mutateContainer(ctx: ContainerCtx): void {
  const gid = generateGroup(ctx.psp.runAsGroup)
  if (gid === undefined || effective(ctx, 'runAsGroup', asInt).value !== undefined) return
  write(ctx, [...ctx.path, 'securityContext', 'runAsGroup'], gid)
}

function checkContainer(ctx: ContainerCtx): PspError[] {
  const group = effective(ctx, 'runAsGroup', asInt)
  const groups = group.value === undefined ? null : [group.value]
  return checkGroups(ctx.psp.runAsGroup, `${ctx.go}.securityContext`, groups).map((e) =>
    err(e.message, group.at, [...FIELD, 'ranges']),
  )
}

export const runAsGroup = {
  id: 'runAsGroup',
  fields: [FIELD],
  mutateContainer,
  checkContainer,
} satisfies Strategy
