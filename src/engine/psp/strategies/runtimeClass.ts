/**
 * runtimeClass (spec pod-security-policy.md §4.9): a set runtimeClassName must be allowed (`*` =
 * any; an empty list allows none); an unset one gets defaultRuntimeClassName and always passes.
 */
import { goQuote, invalid } from '../go'
import { asStr } from '../obj'
import { err, type PodCtx, specOf, write } from '../pod'
import type { Strategy } from '../strategy'
import type { PspError } from '../types'

function mutatePod(ctx: PodCtx): void {
  const rc = ctx.psp.runtimeClass
  if (rc === null || rc.defaultRuntimeClassName === null) return
  if (asStr(specOf(ctx.pod).runtimeClassName) !== undefined) return
  write(ctx, ['spec', 'runtimeClassName'], rc.defaultRuntimeClassName)
}

function checkPod(ctx: PodCtx): PspError[] {
  const rc = ctx.psp.runtimeClass
  const name = asStr(specOf(ctx.pod).runtimeClassName)
  if (rc === null || name === undefined) return []
  const allowed = rc.allowedRuntimeClassNames
  if (allowed.includes('*') || allowed.includes(name)) return []
  const policyPath = ['spec', 'runtimeClass', 'allowedRuntimeClassNames']
  return [
    err(
      invalid('spec.runtimeClassName', goQuote(name), ''),
      ['spec', 'runtimeClassName'],
      policyPath,
    ),
  ]
}

export const runtimeClass = {
  id: 'runtimeClass',
  fields: [['spec', 'runtimeClass']],
  mutatePod,
  checkPod,
} satisfies Strategy
