/**
 * The engine's vocabulary, for the app, the worker protocol and the command line: they import
 * these instead of keeping copies (levels, versions, runtimes, probe syntax, the checks' texts).
 */
import { parseProbe } from './netpol/probe'
import { describeChecks, NEWEST_VERSION, PSS_LEVELS, parseVersion } from './pss'
import type { Level, Runtime } from './report'

export type { CheckDescription } from './pss'
export { describeChecks, isLevel, isValidVersion, NEWEST_VERSION } from './pss'
export { formatProbe, parseProbe } from './netpol/probe'

/** privileged, baseline, restricted: from the least to the most strict. */
export const LEVELS: readonly Level[] = PSS_LEVELS

export const RUNTIMES: readonly Runtime[] = ['containerd', 'cri-o']

/** The minor of the newest Pod Security Standards version the engine knows (37 for v1.37). */
export const NEWEST_MINOR: number = parseVersion(NEWEST_VERSION)!

/** Every version a user can pick: `latest`, then the newest down to v1.0. */
export const VERSIONS: readonly string[] = [
  'latest',
  ...Array.from({ length: NEWEST_MINOR + 1 }, (_, i) => `v1.${NEWEST_MINOR - i}`),
]

/** Whether a `PORT/PROTOCOL` probe (`80/TCP`, `53/udp`) is one the engine reads, protocol named. */
export const isProbe = (s: string): boolean => s.includes('/') && parseProbe(s) !== null

/** The syntax of a probe, for help texts and error messages. */
export const PROBE_SYNTAX = 'PORT/PROTOCOL with a port 1-65535 and TCP, UDP or SCTP, e.g. 80/TCP'

const LEVEL_NAME = { baseline: 'Baseline', restricted: 'Restricted' } as const

/** One explanation per Pod Security Standards check, from the check files themselves. */
export const CHECK_EXPLANATIONS: Readonly<Record<string, string>> = Object.fromEntries(
  describeChecks().map((c) => [
    c.id,
    `${LEVEL_NAME[c.level]}, ${c.title}: ${c.protects} ${c.remediation}`,
  ]),
)

export { SECCOMP_UNSET } from './effective/profiles'
export { VERDICT_CODES } from './format/shared'

/** A warn or audit mode's finding in Pod Security Admission's words (`Warning: would violate ...`). */
export { AUDIT_VIOLATIONS_ANNOTATION, modeShown } from './pss/modes'
