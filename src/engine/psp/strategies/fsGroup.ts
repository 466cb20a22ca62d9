/**
 * fsGroup (spec pod-security-policy.md §4.2): pod level. MustRunAs sets the first range's min when
 * unset; MayRunAs only checks; RunAsAny nothing. The value is shown as a one-element list or nil.
 */
import { checkGroups, generateGroup } from '../groups'
import { asInt } from '../obj'
import { err, type PodCtx, podSC, write } from '../pod'
import type { Strategy } from '../strategy'
import type { PspError } from '../types'

const FIELD = ['spec', 'fsGroup']
const AT = ['spec', 'securityContext', 'fsGroup']

function mutatePod(ctx: PodCtx): void {
  const gid = generateGroup(ctx.psp.fsGroup)
  if (gid === undefined || asInt(podSC(ctx.pod).fsGroup) !== undefined) return
  write(ctx, AT, gid)
}

function checkPod(ctx: PodCtx): PspError[] {
  const fs = asInt(podSC(ctx.pod).fsGroup)
  const groups = fs === undefined ? null : [fs]
  return checkGroups(ctx.psp.fsGroup, 'spec.securityContext.fsGroup', groups).map((e) =>
    err(e.message, AT, [...FIELD, 'ranges']),
  )
}

export const fsGroup = { id: 'fsGroup', fields: [FIELD], mutatePod, checkPod } satisfies Strategy
