/**
 * For each Pod Security Standards check (pss/checks/*, upstream kubernetes/pod-security-admission
 * policy/check_*.go), the safe automatic fix of a violation as field operations on the pod, or what
 * a person must decide. A fix is safe when it only takes away something the standards forbid and
 * Kubernetes' own default is the safe side: turning host namespaces and privileged off, blocking
 * privilege escalation, dropping capabilities, requiring a non-root user, the runtime's default
 * seccomp profile, the default /proc mount, and removing host ports, forbidden added capabilities
 * and unsafe sysctls. Choosing a user, a volume type, an AppArmor or SELinux profile, or undoing an
 * explicit Unconfined profile is left to a person. One file per check in checks/.
 */
import { CHECK_FIXES } from './checks'
import type { Fixer } from './types'

export type { FixOp } from './types'

const byId = <T>(pick: (c: (typeof CHECK_FIXES)[number]) => T | undefined) => {
  const out: Record<string, T> = Object.create(null)
  for (const c of CHECK_FIXES) {
    const v = pick(c)
    if (v !== undefined) out[c.check] = v
  }
  return out
}

/** The checks with a safe fix. */
export const FIXERS: Readonly<Record<string, Fixer>> = byId((c) => c.fix)

/** What a person must decide, per check. */
export const DECISIONS: Readonly<Record<string, string>> = byId((c) => c.decide)
