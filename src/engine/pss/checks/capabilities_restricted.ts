/**
 * capabilities_restricted (restricted, v1.22; v1.25; replaces capabilities_baseline): containers
 * must drop ALL capabilities and may add back only NET_BIND_SERVICE.
 *
 * Restricted fields:
 * - spec.{initContainers,containers,ephemeralContainers}[*].securityContext.capabilities.drop:
 *   must contain "ALL" (exactly; no securityContext or no capabilities fails)
 * - spec.{initContainers,containers,ephemeralContainers}[*].securityContext.capabilities.add:
 *   unset, or only NET_BIND_SERVICE
 * From v1.25, a pod with spec.os.name windows is allowed without looking.
 *
 * Upstream: kubernetes/pod-security-admission policy/check_capabilities_restricted.go.
 */
import type { Path } from '../../report'
import { containersPhrase, joinQuote, sortedSet } from '../format'
import { arrAt, containersOf, isWindowsPod, objAt } from '../pod'
import { ALLOWED, type CheckResult, forbid, type PssCheck } from '../types'

function capabilitiesRestricted_1_22(pod: unknown): CheckResult {
  const missingDrop: string[] = []
  const adding: string[] = []
  const caps: string[] = []
  const dropPaths: Path[] = []
  const addPaths: Path[] = []
  for (const c of containersOf(pod)) {
    const capabilities = objAt(c.sc, 'capabilities')
    const at: Path = [...c.path, 'securityContext', 'capabilities']
    if (!arrAt(capabilities, 'drop')?.includes('ALL')) {
      missingDrop.push(c.name)
      dropPaths.push([...at, 'drop'])
    }
    const add = arrAt(capabilities, 'add') ?? []
    let bad = false
    for (let i = 0; i < add.length; i++) {
      const cap = add[i]
      if (typeof cap !== 'string' || cap === 'NET_BIND_SERVICE') continue
      bad = true
      caps.push(cap)
      addPaths.push([...at, 'add', i])
    }
    if (bad) adding.push(c.name)
  }
  const details: string[] = []
  if (missingDrop.length > 0) {
    details.push(
      `${containersPhrase(missingDrop)} must set securityContext.capabilities.drop=["ALL"]`,
    )
  }
  if (adding.length > 0) {
    details.push(
      `${containersPhrase(adding)} must not include ${joinQuote(sortedSet(caps))} in securityContext.capabilities.add`,
    )
  }
  if (details.length === 0) return ALLOWED
  return forbid('unrestricted capabilities', details.join('; '), [...dropPaths, ...addPaths])
}

function capabilitiesRestricted_1_25(pod: unknown): CheckResult {
  return isWindowsPod(pod) ? ALLOWED : capabilitiesRestricted_1_22(pod)
}

export const capabilities_restricted: PssCheck = {
  id: 'capabilities_restricted',
  level: 'restricted',
  title: 'Drop all capabilities',
  protects:
    'Even the runtime’s default capabilities (such as NET_RAW or SETUID) give an attacker tools for spoofing traffic or changing identity; restricted drops them all and allows adding back only NET_BIND_SERVICE.',
  remediation:
    'Set securityContext.capabilities.drop to ["ALL"] in every container and add back at most NET_BIND_SERVICE.',
  versions: [
    { since: 'v1.22', evaluate: capabilitiesRestricted_1_22 },
    { since: 'v1.25', evaluate: capabilitiesRestricted_1_25 },
  ],
  overrides: ['capabilities_baseline'],
}
