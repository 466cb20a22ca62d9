/**
 * What the app saves and shares: both editors' texts, the settings, and in compare mode the pod
 * editor's text before the change. `sanitizeSnapshot` is the
 * allow-list every untrusted source (share link, local storage) goes through.
 */
import type { Level, Runtime } from '../engine/report'
import { isProbe, LEVELS, RUNTIMES, VERSIONS } from '../engine/vocabulary'

export interface Settings {
  /** Pod Security Standards level for every workload; null = from namespace labels, else PSA's default (privileged). */
  level: Level | null
  /** `latest` or `v1.N`; null = from namespace labels, else latest. */
  version: string | null
  runtime: Runtime
  /** Extra `PORT/PROTOCOL` probes for NetworkPolicy. */
  probes: string[]
  /** PodSecurityPolicies the service account may use; null = all. */
  pspUsable: string[] | null
}

export interface Snapshot {
  pod: string
  policy: string
  settings: Settings
  /** Compare mode (issue 11): the pod editor's text before the change; absent when not comparing. */
  before?: string
}

export const DEFAULT_SETTINGS: Settings = {
  level: null,
  version: null,
  runtime: 'containerd',
  probes: [],
  pspUsable: null,
}

export { LEVELS, RUNTIMES, VERSIONS }
const VERSION_SET: ReadonlySet<string> = new Set(VERSIONS)
const MAX_LIST = 200

const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) &&
  v.length <= MAX_LIST &&
  v.every((s) => typeof s === 'string' && s.length < 254)

/** Keeps only known keys with the right types; anything else falls back to the default. */
export function sanitizeSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>
  return {
    level: LEVELS.includes(r.level as Level) ? (r.level as Level) : null,
    version: typeof r.version === 'string' && VERSION_SET.has(r.version) ? r.version : null,
    runtime: RUNTIMES.includes(r.runtime as Runtime) ? (r.runtime as Runtime) : 'containerd',
    probes: isStringList(r.probes) ? r.probes.filter(isProbe) : [],
    pspUsable: isStringList(r.pspUsable) ? [...r.pspUsable] : null,
  }
}

/** A snapshot from untrusted data, or null when the texts are missing. */
export function sanitizeSnapshot(raw: unknown): Snapshot | null {
  if (typeof raw !== 'object' || raw === null) return null
  const r = raw as Record<string, unknown>
  if (typeof r.pod !== 'string' || typeof r.policy !== 'string') return null
  const snapshot: Snapshot = {
    pod: r.pod,
    policy: r.policy,
    settings: sanitizeSettings(r.settings),
  }
  // a before text counts in compare mode only (`mode` is absent in saved work, `compare` in links)
  if (typeof r.before === 'string' && (r.mode === undefined || r.mode === COMPARE_MODE))
    snapshot.before = r.before
  return snapshot
}

/** The `mode` a share link states when it carries a before text. */
export const COMPARE_MODE = 'compare'
