/**
 * One pod against one Pod Security Standards level and version, as Pod Security Admission decides
 * (spec §2.2, §3.1, §6): the checks in force at the (clamped) version, restricted overrides,
 * results in PSA's order, and its aggregated message. The caller applies the API defaults first.
 */
import type { Level, Path } from '../report'
import { CHECKS } from './checks'
import { byteCompare } from './format'
import type { CheckResult, PssCheck } from './types'
import { resolveMinor, sinceMinor } from './version'

export interface PssViolation {
  check: string
  reason: string
  detail: string
  paths: Path[]
}

export interface PssResult {
  level: Level
  /** As requested (`latest`, `v1.99`), not the resolved version. */
  version: string
  allowed: boolean
  violations: PssViolation[]
  /** `violates PodSecurity "<level>:<version>": <ForbiddenDetail>`, or null when allowed. */
  message: string | null
}

export interface EvaluateOptions {
  /** Emulated Kubernetes version: lowers the newest policy version to it (spec §2.3). */
  emulationVersion?: string
  /**
   * The results of the checks already run on this very pod, by check implementation: the
   * evaluations of one pod at several levels, versions and modes share it, so a check runs once
   * (restricted repeats the baseline checks). Never share it between pods.
   */
  checkResults?: Map<CheckImplementation, CheckResult>
}

/** A check's implementation at some version (a pure function of the pod). */
export type CheckImplementation = (pod: unknown) => CheckResult

type Runner = { id: string; evaluate: CheckImplementation }

/** The implementation of a check in force at a minor version, if the check exists then. */
function implementationAt(check: PssCheck, minor: number): Runner | undefined {
  let found: Runner | undefined
  for (const v of check.versions) {
    if (sinceMinor(v.since) <= minor) found = { id: check.id, evaluate: v.evaluate }
  }
  return found
}

const byId = (a: { id: string }, b: { id: string }) => byteCompare(a.id, b.id)

const plans = new Map<string, readonly Runner[]>()

/** The checks run for a level at a resolved minor version, in PSA's order (cached). */
export function checksFor(level: Level, minor: number): readonly Runner[] {
  if (level === 'privileged') return []
  const key = `${level}:${minor}`
  const hit = plans.get(key)
  if (hit !== undefined) return hit
  const pick = (l: 'baseline' | 'restricted') =>
    CHECKS.filter((c) => c.level === l)
      .map((c) => ({ check: c, run: implementationAt(c, minor) }))
      .filter((x): x is { check: PssCheck; run: Runner } => x.run !== undefined)
  const restricted = level === 'restricted' ? pick('restricted') : []
  const overridden = new Set(restricted.flatMap((x) => x.check.overrides ?? []))
  const baseline = pick('baseline').filter((x) => !overridden.has(x.check.id))
  const plan = [
    ...baseline.map((x) => x.run).sort(byId),
    ...restricted.map((x) => x.run).sort(byId),
  ]
  plans.set(key, plan)
  return plan
}

/** PSA's ForbiddenDetail: `reason (detail)` per failed check, joined with ", ". */
export function forbiddenDetail(violations: readonly PssViolation[]): string {
  return violations
    .map((v) => (v.detail === '' ? v.reason : `${v.reason} (${v.detail})`))
    .join(', ')
}

/** PSA's ForbiddenReason: the reasons joined with ", ". */
export function forbiddenReason(violations: readonly PssViolation[]): string {
  return violations.map((v) => v.reason).join(', ')
}

/** Normalises a level at runtime: anything unknown is evaluated as restricted (fail closed). */
function safeLevel(level: Level): Level {
  return level === 'privileged' || level === 'baseline' ? level : 'restricted'
}

/**
 * Evaluates the pod as given (no API defaults applied here). An invalid version evaluates as
 * `latest` and is printed as given; an unknown level as restricted.
 */
export function evaluatePss(
  pod: unknown,
  level: Level,
  version: string,
  options: EvaluateOptions = {},
): PssResult {
  const lvl = safeLevel(level)
  const minor = resolveMinor(version, options.emulationVersion)
  const violations: PssViolation[] = []
  const known = options.checkResults
  for (const run of checksFor(lvl, minor)) {
    let r = known?.get(run.evaluate)
    if (r === undefined) {
      r = run.evaluate(pod)
      known?.set(run.evaluate, r)
    }
    if (!r.allowed) {
      violations.push({ check: run.id, reason: r.reason, detail: r.detail, paths: r.paths })
    }
  }
  const allowed = violations.length === 0
  return {
    level: lvl,
    version,
    allowed,
    violations,
    message: allowed
      ? null
      : `violates PodSecurity "${lvl}:${version}": ${forbiddenDetail(violations)}`,
  }
}

/**
 * The highest level the pod meets at this version: restricted, baseline or privileged. `known` is a
 * result already computed for this pod and version; it saves evaluations (a pod that fails baseline
 * fails restricted too).
 */
export function highestLevel(
  pod: unknown,
  version: string,
  options: EvaluateOptions = {},
  known?: PssResult,
): Level {
  const usable = known !== undefined && known.version === version
  if (usable && known.level === 'baseline' && !known.allowed) return 'privileged'
  const meets = (level: Level) =>
    usable && known.level === level
      ? known.allowed
      : evaluatePss(pod, level, version, options).allowed
  if (meets('restricted')) return 'restricted'
  if (meets('baseline')) return 'baseline'
  return 'privileged'
}
