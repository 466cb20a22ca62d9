/**
 * supplementalGroups (spec pod-security-policy.md §4.2): pod level. MustRunAs sets `[min]` of the
 * first range when the list is unset (upstream tests for nil: an explicit `[]` stays and is then
 * reported as empty); MayRunAs only checks; RunAsAny nothing.
 */
import { checkGroups, generateGroup } from '../groups'
import { intList } from '../obj'
import { err, type PodCtx, podSC, write } from '../pod'
import type { Strategy } from '../strategy'
import type { PspError } from '../types'

const FIELD = ['spec', 'supplementalGroups']
const AT = ['spec', 'securityContext', 'supplementalGroups']

function mutatePod(ctx: PodCtx): void {
  const gid = generateGroup(ctx.psp.supplementalGroups)
  if (gid === undefined || Array.isArray(podSC(ctx.pod).supplementalGroups)) return
  write(ctx, AT, [gid])
}

function checkPod(ctx: PodCtx): PspError[] {
  const raw = podSC(ctx.pod).supplementalGroups
  const groups = Array.isArray(raw) ? intList(raw) : null
  return checkGroups(ctx.psp.supplementalGroups, AT.join('.'), groups).map((e) =>
    err(e.message, e.index < 0 ? AT : [...AT, e.index], [...FIELD, 'ranges']),
  )
}

export const supplementalGroups = {
  id: 'supplementalGroups',
  fields: [FIELD],
  mutatePod,
  checkPod,
} satisfies Strategy
