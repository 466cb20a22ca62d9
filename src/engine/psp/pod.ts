/**
 * The pod as the strategies see it: a working copy, its containers in the plugin's visiting order
 * (init, regular, ephemeral), effective values (container over pod) and recorded writes.
 */
import { visitContainers } from '../containers'
import type { Path } from '../report'
import { asObj, getIn, semanticEqual, setIn } from './obj'
import type { MutationDetail, Obj, Psp, PspError } from './types'

export interface PodCtx {
  psp: Psp
  /** The working copy of the pod (mutated in place). */
  pod: Obj
  mutations: MutationDetail[]
}

export interface ContainerCtx extends PodCtx {
  c: Obj
  /** ['spec', 'containers', 0] */
  path: Path
  /** 'spec.containers[0]' */
  go: string
  name: string
}

export const specOf = (pod: Obj): Obj => asObj(pod.spec) ?? {}
export const annotationsOf = (pod: Obj): Obj => asObj(asObj(pod.metadata)?.annotations) ?? {}
export const podSC = (pod: Obj): Obj => asObj(specOf(pod).securityContext) ?? {}
export const containerSC = (c: Obj): Obj => asObj(c.securityContext) ?? {}

/** The containers of the working copy, init, then regular, then ephemeral (visited afresh). */
export function containersOf(ctx: PodCtx): ContainerCtx[] {
  return visitContainers(ctx.pod).map((c) => ({
    ...ctx,
    c: c.container,
    path: c.path,
    go: `spec.${c.field}[${c.index}]`,
    name: c.name,
  }))
}

/** A container's effective value of a security-context field, and where it is written. */
export function effective<T>(
  ctx: ContainerCtx,
  field: string,
  read: (v: unknown) => T | undefined,
): { value: T | undefined; at: Path } {
  const own = read(containerSC(ctx.c)[field])
  if (own !== undefined) return { value: own, at: [...ctx.path, 'securityContext', field] }
  const pod = read(podSC(ctx.pod)[field])
  if (pod !== undefined) return { value: pod, at: ['spec', 'securityContext', field] }
  return { value: undefined, at: [...ctx.path, 'securityContext', field] }
}

/** Writes a value into the working copy and records the change (nothing when it is unchanged). */
export function write(ctx: PodCtx, path: Path, value: unknown): void {
  const before = getIn(ctx.pod, path)
  if (semanticEqual(before, value)) return
  setIn(ctx.pod, path, value)
  ctx.mutations.push({ path, value, before: before === undefined ? null : before })
}

export const err = (message: string, podPath: Path, policyPath: Path | null): PspError => ({
  message,
  podPath,
  policyPath,
})
