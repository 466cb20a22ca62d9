/**
 * Namespace labels (spec §7): the enforce, audit and warn level and version Kubernetes derives
 * from `pod-security.kubernetes.io/*` labels, and podplay's choice of the enforced policy
 * (overrides, then a labelled Namespace, then PSA's default configuration: privileged:latest).
 */
import type { Level } from '../report'
import { goQuote } from './format'
import { isValidVersion } from './version'

export const PSS_LEVELS: readonly Level[] = ['privileged', 'baseline', 'restricted']
export const LABEL_PREFIX = 'pod-security.kubernetes.io/'
export const MODES = ['enforce', 'audit', 'warn'] as const
export type Mode = (typeof MODES)[number]

export function isLevel(s: unknown): s is Level {
  return s === 'privileged' || s === 'baseline' || s === 'restricted'
}

export interface ModePolicy {
  level: Level
  version: string
}

export interface LabelProblem {
  /** The full label key, e.g. `pod-security.kubernetes.io/enforce` (for metadata.labels[<label>]). */
  label: string
  /** Kubernetes' field error text. */
  message: string
}

export interface KubernetesPolicy {
  enforce: ModePolicy
  audit: ModePolicy
  warn: ModePolicy
  labelProblems: LabelProblem[]
  /** At least one of the six labels is present. */
  labelled: boolean
}

const LEVEL_ERROR = 'must be one of privileged, baseline, restricted'
const VERSION_ERROR = 'must be "latest" or "v1.x"'

function fieldError(label: string, value: unknown, message: string): LabelProblem {
  const shown = typeof value === 'string' || value == null ? goQuote(value ?? '') : String(value)
  return { label, message: `metadata.labels[${label}]: Invalid value: ${shown}: ${message}` }
}

const STRICTNESS: Record<Level, number> = { privileged: 0, baseline: 1, restricted: 2 }

/**
 * Kubernetes' PolicyToEvaluate over a Namespace's labels with the built-in defaults
 * (privileged:latest): an invalid enforce level is restricted (fail closed), an invalid audit or
 * warn level privileged (fail open), an invalid version latest; warn inherits an explicitly and
 * validly set, stricter enforce level (and its version unless warn-version is set).
 */
export function kubernetesPolicy(
  labels: Record<string, unknown> | null | undefined,
): KubernetesPolicy {
  const l = labels ?? {}
  const has = (key: string) => Object.hasOwn(l, LABEL_PREFIX + key)
  const problems: LabelProblem[] = []
  const policy = {} as Record<Mode, ModePolicy>
  let enforceLevelValid = false
  for (const mode of MODES) {
    let level: Level = 'privileged'
    let version = 'latest'
    if (has(mode)) {
      const raw = l[LABEL_PREFIX + mode]
      if (isLevel(raw)) {
        level = raw
        if (mode === 'enforce') enforceLevelValid = true
      } else {
        level = mode === 'enforce' ? 'restricted' : 'privileged'
        problems.push(fieldError(LABEL_PREFIX + mode, raw, LEVEL_ERROR))
      }
    }
    const versionKey = `${mode}-version`
    if (has(versionKey)) {
      const raw = l[LABEL_PREFIX + versionKey]
      if (typeof raw === 'string' && isValidVersion(raw)) version = raw
      else problems.push(fieldError(LABEL_PREFIX + versionKey, raw, VERSION_ERROR))
    }
    policy[mode] = { level, version }
  }
  if (
    !has('warn') &&
    enforceLevelValid &&
    STRICTNESS[policy.enforce.level] > STRICTNESS[policy.warn.level]
  ) {
    policy.warn = {
      level: policy.enforce.level,
      version: has('warn-version') ? policy.warn.version : policy.enforce.version,
    }
  }
  const labelled = MODES.some((m) => has(m) || has(`${m}-version`))
  return { ...policy, labelProblems: problems, labelled }
}

/** PSA's defaults without an admission configuration file (admission/api/v1/defaults.go). */
export const DEFAULT_POLICY: ModePolicy = { level: 'privileged', version: 'latest' }

export interface PolicyOverrides {
  level?: Level
  version?: string
}

export interface ResolvedPolicy {
  /** The level and version podplay enforces for the workload. */
  enforce: ModePolicy
  /** Where they came from (override when either part was overridden). */
  source: 'override' | 'namespace' | 'default'
  /** Kubernetes' reading of the namespace labels, when the namespace carries any of them. */
  namespace: KubernetesPolicy | null
  labelProblems: LabelProblem[]
}

/**
 * podplay's choice (spec §7, cluster-path.md §8): `level`/`version` overrides win for the part
 * they name; otherwise a Namespace with at least one of the six labels decides by Kubernetes'
 * rules; otherwise what Kubernetes does without an admission configuration file: every missing
 * level is privileged and every version latest (pod-security-admission/admission/api/v1/defaults.go).
 */
export function resolvePolicy(
  namespaceLabels: Record<string, unknown> | null | undefined,
  overrides: PolicyOverrides = {},
): ResolvedPolicy {
  const k = kubernetesPolicy(namespaceLabels)
  const namespace = k.labelled ? k : null
  const base: ModePolicy = namespace?.enforce ?? DEFAULT_POLICY
  const overridden = overrides.level !== undefined || overrides.version !== undefined
  return {
    enforce: { level: overrides.level ?? base.level, version: overrides.version ?? base.version },
    source: overridden ? 'override' : namespace !== null ? 'namespace' : 'default',
    namespace,
    labelProblems: namespace?.labelProblems ?? [],
  }
}
