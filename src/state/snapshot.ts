/**
 * What the app saves and shares: both editors' texts and the settings. `sanitizeSnapshot` is the
 * allow-list every untrusted source (share link, local storage) goes through.
 */
import type { Level, Runtime } from '../engine/report'

export interface Settings {
  /** Pod Security Standards level for every workload; null = from namespace labels, else restricted. */
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
}

export const DEFAULT_SETTINGS: Settings = {
  level: null,
  version: null,
  runtime: 'containerd',
  probes: [],
  pspUsable: null,
}

export const LEVELS: readonly Level[] = ['privileged', 'baseline', 'restricted']
export const RUNTIMES: readonly Runtime[] = ['containerd', 'cri-o']
/**
 * The newest Pod Security Standards version the engine knows: the one place the UI names it
 * (src/worker/versions.test.ts checks it against the engine's NEWEST_VERSION).
 */
export const NEWEST_PSS_MINOR = 37
/** The Version menu: `latest`, then every version from the newest down to v1.0. */
export const VERSIONS: readonly string[] = [
  'latest',
  ...Array.from({ length: NEWEST_PSS_MINOR + 1 }, (_, i) => `v1.${NEWEST_PSS_MINOR - i}`),
]
const VERSION_RE = /^(latest|v1\.(0|[1-9][0-9]{0,2}))$/
const PROBE_RE = /^[0-9]{1,5}\/(TCP|UDP|SCTP)$/i
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
    version: typeof r.version === 'string' && VERSION_RE.test(r.version) ? r.version : null,
    runtime: RUNTIMES.includes(r.runtime as Runtime) ? (r.runtime as Runtime) : 'containerd',
    probes: isStringList(r.probes) ? r.probes.filter((p) => PROBE_RE.test(p)) : [],
    pspUsable: isStringList(r.pspUsable) ? [...r.pspUsable] : null,
  }
}

/** A snapshot from untrusted data, or null when the texts are missing. */
export function sanitizeSnapshot(raw: unknown): Snapshot | null {
  if (typeof raw !== 'object' || raw === null) return null
  const r = raw as Record<string, unknown>
  if (typeof r.pod !== 'string' || typeof r.policy !== 'string') return null
  return { pod: r.pod, policy: r.policy, settings: sanitizeSettings(r.settings) }
}
