/**
 * One policy against one pod, as the plugin's provider does it: copy the pod, apply the policy's
 * defaults to the copy (registry order), then check the copy. The input is never modified.
 */
import { asObj, deepCopy, semanticEqual } from './obj'
import { containersOf, type PodCtx } from './pod'
import { CONTAINER_CHECKS, CONTAINER_MUTATIONS, POD_CHECKS, POD_MUTATIONS } from './registry'
import type { MutationDetail, Obj, Psp, PspError } from './types'

export interface AdmitResult {
  /** Errors in the order of spec §6.1. */
  errors: PspError[]
  /** The defaults the policy applied, in the order of spec §5. */
  mutations: MutationDetail[]
  /** The copy after the defaults. */
  pod: Obj
  /** Whether the copy differs from the pod (Kubernetes semantic equality). */
  mutated: boolean
}

export function admitOne(psp: Psp, pod: unknown): AdmitResult {
  const original = asObj(pod) ?? {}
  const ctx: PodCtx = { psp, pod: deepCopy(original), mutations: [] }
  for (const step of POD_MUTATIONS) step.run(ctx)
  for (const c of containersOf(ctx)) for (const step of CONTAINER_MUTATIONS) step.run(c)
  const errors: PspError[] = []
  for (const step of POD_CHECKS) errors.push(...step.run(ctx))
  for (const c of containersOf(ctx))
    for (const step of CONTAINER_CHECKS) errors.push(...step.run(c))
  return {
    errors,
    mutations: ctx.mutations,
    pod: ctx.pod,
    mutated: !semanticEqual(ctx.pod, original),
  }
}
