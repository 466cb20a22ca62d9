/**
 * The policy families, in the order they run: each reads what it needs from the found objects and
 * fills its part of every workload's report (an explicit registry, no import side effects).
 */
import type { PreparedWorkload } from '../evaluate'
import type { Locator } from '../locations'
import type { EngineInput, EngineOptions, NetworkReport, Problem, WorkloadReport } from '../report'
import type { Extracted } from '../workloads/extract'
import { netpolFamily } from './netpol'
import { pspFamily } from './psp'
import { pssFamily } from './pss'

export interface FamilyContext {
  input: EngineInput
  options: EngineOptions
  found: Extracted
  locator: Locator
  problems: Problem[]
}

export interface Family {
  id: string
  /** Once per evaluation, before the workloads (read and validate policy objects). */
  prepare?(ctx: FamilyContext): void
  /** Per workload, before its effective security is computed (a family may admit a mutated pod). */
  workload?(w: PreparedWorkload, report: WorkloadReport, ctx: FamilyContext): void
  /** Once, after the workloads. */
  network?(ctx: FamilyContext, workloads: PreparedWorkload[]): NetworkReport | null
}

export const FAMILIES: readonly Family[] = [pssFamily, pspFamily, netpolFamily]
