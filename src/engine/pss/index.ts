/**
 * Pod Security Standards, exactly as Kubernetes' Pod Security Admission decides
 * (../../shared/spec/pod-security-standards.md). Public API of the family.
 * Callers apply the API defaults (../workloads/defaults) before evaluating, as the API server does.
 */
import type { Level, Path, PodSecurityReport, PodSecurityViolation } from '../report'
import { CHECKS } from './checks'
import { type EvaluateOptions, evaluatePss, type PssResult } from './evaluate'
import { modeResults, type RequestKind } from './modes'
import { type LabelProblem, resolvePolicy } from './namespace'
import type { CheckLevel } from './types'

export type { CheckLevel, CheckResult, PssCheck } from './types'
export { CHECKS } from './checks'
export {
  type EvaluateOptions,
  evaluatePss,
  forbiddenDetail,
  forbiddenReason,
  highestLevel,
  type PssResult,
  type PssViolation,
} from './evaluate'
export { modeResults, type RequestKind } from './modes'
export {
  DEFAULT_POLICY,
  isLevel,
  type KubernetesPolicy,
  kubernetesPolicy,
  LABEL_PREFIX,
  type LabelProblem,
  type ModePolicy,
  type PolicyOverrides,
  PSS_LEVELS,
  type ResolvedPolicy,
  resolvePolicy,
} from './namespace'
export { compareVersions, isValidVersion, NEWEST_VERSION, parseVersion } from './version'

export interface CheckDescription {
  id: string
  title: string
  level: CheckLevel
  protects: string
  remediation: string
}

/** The checks for the UI, in registry (alphabetical) order. */
export function describeChecks(): CheckDescription[] {
  return CHECKS.map(({ id, title, level, protects, remediation }) => ({
    id,
    title,
    level,
    protects,
    remediation,
  }))
}

export interface PodSecurityForOptions extends EvaluateOptions {
  /** Labels of the workload's Namespace object, or null when there is none. */
  namespaceLabels: Record<string, unknown> | null
  /** Overrides the enforced level (CLI --level, the app's picker). */
  level?: Level
  /** Overrides the enforced version (CLI --version, the app's picker). */
  version?: string
  /** A Pod (enforce applies) or a workload template (warn and audit only); default pod. */
  kind?: RequestKind
}

export type PssViolationWithPaths = PodSecurityViolation & { paths: Path[] }

/** One rung of the ladder: the pod judged at a level (at the enforced version). */
export interface PssLevelResult {
  allowed: boolean
  violations: PssViolationWithPaths[]
}

export interface PssReport extends Omit<PodSecurityReport, 'levels'> {
  violations: PssViolationWithPaths[]
  highestLevel: Level
  /** Privileged, baseline and restricted, each judged at the enforced version. */
  levels: Record<Level, PssLevelResult>
  /** Invalid namespace label values (Kubernetes would reject the Namespace with these). */
  labelProblems: LabelProblem[]
}

/**
 * The enforce result for one pod (or workload template) with podplay's policy choice, the highest
 * level it meets at that version, and, when its Namespace sets Pod Security labels, what
 * Kubernetes would do in each mode (from the labels alone, without the overrides).
 */
export function podSecurityFor(pod: unknown, options: PodSecurityForOptions): PssReport {
  const overrides = {
    ...(options.level !== undefined && { level: options.level }),
    ...(options.version !== undefined && { version: options.version }),
  }
  const policy = resolvePolicy(options.namespaceLabels, overrides)
  // every evaluation below is of this one pod: each check runs once
  const evalOptions: EvaluateOptions = {
    ...(options.emulationVersion !== undefined && { emulationVersion: options.emulationVersion }),
    checkResults: new Map(),
  }
  const r = evaluatePss(pod, policy.enforce.level, policy.enforce.version, evalOptions)
  const levels = ladder(pod, r, evalOptions)
  const report: PssReport = {
    level: r.level,
    version: r.version,
    allowed: r.allowed,
    violations: r.violations.map((v) => ({ ...v })),
    message: r.message,
    source: policy.source,
    highestLevel: levels.restricted.allowed
      ? 'restricted'
      : levels.baseline.allowed
        ? 'baseline'
        : 'privileged',
    levels,
    labelProblems: policy.labelProblems,
  }
  if (policy.namespace !== null) {
    report.modes = modeResults(pod, policy.namespace, options.kind ?? 'pod', evalOptions)
  }
  return report
}

/** The pod at every level, at the version of `enforced` (reused for its own level). */
function ladder(
  pod: unknown,
  enforced: PssResult,
  options: EvaluateOptions,
): Record<Level, PssLevelResult> {
  const at = (level: 'baseline' | 'restricted'): PssLevelResult => {
    const r =
      enforced.level === level ? enforced : evaluatePss(pod, level, enforced.version, options)
    return { allowed: r.allowed, violations: r.violations.map((v) => ({ ...v })) }
  }
  return {
    privileged: { allowed: true, violations: [] },
    baseline: at('baseline'),
    restricted: at('restricted'),
  }
}
