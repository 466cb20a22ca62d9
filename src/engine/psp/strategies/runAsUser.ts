/**
 * runAsUser (spec pod-security-policy.md §4.1): RunAsAny, MustRunAs (ranges; generates the first
 * range's min into the container) or MustRunAsNonRoot (sets runAsNonRoot: true when nothing is set).
 * Checked per container on effective values (container over pod).
 */
import { goRanges, invalid, required } from '../go'
import { asBool, asInt } from '../obj'
import { type ContainerCtx, effective, err, write } from '../pod'
import { inRanges } from '../ranges'
import type { Strategy } from '../strategy'
import type { PspError } from '../types'

const FIELD = ['spec', 'runAsUser']

function mutateContainer(ctx: ContainerCtx): void {
  const { rule, ranges } = ctx.psp.runAsUser
  const first = ranges[0]
  if (rule !== 'MustRunAs' || first === undefined) return
  if (effective(ctx, 'runAsUser', asInt).value !== undefined) return
  write(ctx, [...ctx.path, 'securityContext', 'runAsUser'], first.min)
}

/** Step 10 of the mutation order: mark the container non-root when nothing says otherwise. */
function mutateNonRoot(ctx: ContainerCtx): void {
  if (ctx.psp.runAsUser.rule !== 'MustRunAsNonRoot') return
  if (effective(ctx, 'runAsNonRoot', asBool).value !== undefined) return
  if (effective(ctx, 'runAsUser', asInt).value !== undefined) return
  write(ctx, [...ctx.path, 'securityContext', 'runAsNonRoot'], true)
}

function checkContainer(ctx: ContainerCtx): PspError[] {
  const { rule, ranges } = ctx.psp.runAsUser
  const sc = `${ctx.go}.securityContext`
  const user = effective(ctx, 'runAsUser', asInt)
  if (rule === 'MustRunAs') {
    if (user.value === undefined) return [err(required(`${sc}.runAsUser`, ''), user.at, FIELD)]
    if (!inRanges(user.value, ranges)) {
      const detail = `must be in the ranges: ${goRanges(ranges)}`
      return [
        err(invalid(`${sc}.runAsUser`, String(user.value), detail), user.at, [...FIELD, 'ranges']),
      ]
    }
    return []
  }
  if (rule !== 'MustRunAsNonRoot') return []
  const nonRoot = effective(ctx, 'runAsNonRoot', asBool)
  if (nonRoot.value === undefined && user.value === undefined) {
    return [err(required(`${sc}.runAsNonRoot`, 'must be true'), nonRoot.at, FIELD)]
  }
  if (nonRoot.value === false) {
    return [err(invalid(`${sc}.runAsNonRoot`, 'false', 'must be true'), nonRoot.at, FIELD)]
  }
  if (user.value === 0) {
    const detail = 'running with the root UID is forbidden'
    return [err(invalid(`${sc}.runAsUser`, '0', detail), user.at, FIELD)]
  }
  return []
}

export const runAsUser = {
  id: 'runAsUser',
  fields: [FIELD],
  mutateContainer,
  mutateNonRoot,
  checkContainer,
} satisfies Strategy
