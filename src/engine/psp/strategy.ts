/** The shape of one field strategy (one file each under strategies/). */
import type { Path } from '../report'
import type { ContainerCtx, PodCtx } from './pod'
import type { PspError } from './types'

export type PodMutation = (ctx: PodCtx) => void
export type ContainerMutation = (ctx: ContainerCtx) => void
export type PodCheck = (ctx: PodCtx) => PspError[]
export type ContainerCheck = (ctx: ContainerCtx) => PspError[]

export interface Strategy {
  id: string
  /** The policy fields it reads, relative to the policy object. */
  fields: Path[]
  /** Its mutation and check steps, named; registry.ts puts them in order. */
  [step: string]: unknown
}
