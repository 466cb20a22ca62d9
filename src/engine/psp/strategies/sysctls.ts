/**
 * Sysctls (spec pod-security-policy.md §4.6), pod level: forbidden beats safe, safe passes, allowed
 * unsafe passes, anything else is an unsafe sysctl. Patterns: exact names, `prefix*`, `*`.
 */
import { forbidden, goQuote } from '../go'
import { asObj, asStr } from '../obj'
import { err, type PodCtx, podSC } from '../pod'
import type { Strategy } from '../strategy'
import type { PspError } from '../types'

/** Safe sysctls of Kubernetes 1.22 to 1.24 (1.21: the first four). */
export const SAFE_SYSCTLS = [
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_unprivileged_port_start',
] as const

export const matchesSysctl = (patterns: readonly string[], name: string) =>
  patterns.some((p) => (p.endsWith('*') ? name.startsWith(p.slice(0, -1)) : p === name))

function checkPod(ctx: PodCtx): PspError[] {
  const list = podSC(ctx.pod).sysctls
  if (!Array.isArray(list)) return []
  const out: PspError[] = []
  list.forEach((s, i) => {
    const name = asStr(asObj(s)?.name) ?? ''
    const field = `pod.spec.securityContext.sysctls[${i}]`
    const at = ['spec', 'securityContext', 'sysctls', i, 'name']
    if (matchesSysctl(ctx.psp.forbiddenSysctls, name)) {
      const message = forbidden(field, `sysctl ${goQuote(name)} is not allowed`)
      out.push(err(message, at, ['spec', 'forbiddenSysctls']))
    } else if (
      !(SAFE_SYSCTLS as readonly string[]).includes(name) &&
      !matchesSysctl(ctx.psp.allowedUnsafeSysctls, name)
    ) {
      const message = forbidden(field, `unsafe sysctl ${goQuote(name)} is not allowed`)
      out.push(err(message, at, ['spec', 'allowedUnsafeSysctls']))
    }
  })
  return out
}

export const sysctls = {
  id: 'sysctls',
  fields: [
    ['spec', 'allowedUnsafeSysctls'],
    ['spec', 'forbiddenSysctls'],
  ],
  checkPod,
} satisfies Strategy
