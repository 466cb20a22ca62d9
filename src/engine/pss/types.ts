/**
 * The check contract of the Pod Security Standards family (house-style §4): one check per file in
 * checks/, registered explicitly in checks/index.ts.
 */
import type { Path } from '../report'

/** Levels that own checks (privileged has none: it allows everything). */
export type CheckLevel = 'baseline' | 'restricted'

/** What one check version says about one pod: PSA's CheckResult plus the offending field paths. */
export type CheckResult =
  | { readonly allowed: true }
  | {
      readonly allowed: false
      /** PSA `ForbiddenReason`, exact. */
      readonly reason: string
      /** PSA `ForbiddenDetail`, exact. */
      readonly detail: string
      /**
       * Offending keys relative to the pod object root; for a required field that is missing, the
       * full path where it belongs.
       */
      readonly paths: Path[]
    }

export interface CheckVersion {
  /** First policy version this implementation applies to, `v1.N`. */
  readonly since: string
  /** Pure, never throws; untrusted input: a field of the wrong type counts as unset. */
  readonly evaluate: (pod: unknown) => CheckResult
}

export interface PssCheck {
  /** Upstream PSA check ID, exactly. */
  readonly id: string
  readonly level: CheckLevel
  /** Short human title. */
  readonly title: string
  /** One or two sentences for learners: what the control protects against. */
  readonly protects: string
  /** What to change; ends with a period. */
  readonly remediation: string
  /** Implementations in increasing `since` order; each applies until the next one starts. */
  readonly versions: readonly CheckVersion[]
  /** Baseline checks this restricted check replaces whenever it runs. */
  readonly overrides?: readonly string[]
}

export const ALLOWED: CheckResult = Object.freeze({ allowed: true })

export function forbid(reason: string, detail: string, paths: Path[]): CheckResult {
  return { allowed: false, reason, detail, paths }
}
