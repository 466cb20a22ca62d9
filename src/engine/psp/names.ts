/**
 * Name and pattern rules the API server applies to PodSecurityPolicy fields: DNS subdomains,
 * sysctl patterns, AppArmor and seccomp profile names.
 */
import { goQuote } from './go'

/** apimachinery IsDNS1123Subdomain: the error details (empty when valid). */
export { dnsSubdomainErrors } from '../validation/dns'

const SYSCTL_SEGMENT = '[a-z0-9]([-_a-z0-9]*[a-z0-9])?'
/** The pattern text printed in the error (upstream SysctlPatternFmt). */
export const SYSCTL_PATTERN_FMT = `(${SYSCTL_SEGMENT}\\.)*([a-z0-9][-_a-z0-9]*)?[a-z0-9*]`
const SYSCTL_PATTERN = new RegExp(`^${SYSCTL_PATTERN_FMT}$`)
export const SYSCTL_MAX_LENGTH = 253

export const isValidSysctlPattern = (name: string) =>
  name.length <= SYSCTL_MAX_LENGTH && SYSCTL_PATTERN.test(name)

/** AppArmor profile format (upstream ValidateAppArmorProfileFormat): error text or null. */
export function appArmorProfileError(profile: string): string | null {
  if (profile === '' || profile === 'runtime/default' || profile === 'unconfined') return null
  if (!profile.startsWith('localhost/')) return `invalid AppArmor profile name: ${goQuote(profile)}`
  return null
}

/** Seccomp profile (upstream ValidateSeccompProfile): [value, detail] pairs of Invalid errors. */
export function seccompProfileErrors(p: string): [string, string][] {
  if (p === 'runtime/default' || p === 'docker/default' || p === 'unconfined') return []
  if (p.startsWith('localhost/')) {
    const local = p.slice('localhost/'.length)
    const errs: [string, string][] = []
    if (local.startsWith('/')) errs.push([local, 'must be a relative path'])
    if (local.split('/').includes('..')) errs.push([local, "must not contain '..'"])
    return errs
  }
  return [[p, 'must be a valid seccomp profile']]
}
