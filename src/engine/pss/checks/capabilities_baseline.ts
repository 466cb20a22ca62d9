/**
 * capabilities_baseline (baseline, v1.0; replaced at restricted by capabilities_restricted from
 * v1.22): adding capabilities beyond the container runtime's default set.
 *
 * Restricted fields: spec.{initContainers,containers,ephemeralContainers}[*].securityContext.capabilities.add
 * Allowed values: unset, or entries among AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL,
 * MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT (exact, case-sensitive).
 * `drop` is not looked at.
 *
 * Upstream: kubernetes/pod-security-admission policy/check_capabilities_baseline.go.
 */
import type { Path } from '../../report'
import { containersPhrase, joinQuote, sortedSet } from '../format'
import { arrAt, containersOf, objAt } from '../pod'
import { ALLOWED, type CheckResult, forbid, type PssCheck } from '../types'

/** The capabilities baseline allows a container to add (the historical Docker defaults). */
export const BASELINE_CAPABILITIES: ReadonlySet<string> = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
])

function capabilitiesBaseline_1_0(pod: unknown): CheckResult {
  const names: string[] = []
  const caps: string[] = []
  const paths: Path[] = []
  for (const c of containersOf(pod)) {
    const add = arrAt(objAt(c.sc, 'capabilities'), 'add')
    if (add === undefined) continue
    let bad = false
    for (let i = 0; i < add.length; i++) {
      const cap = add[i]
      if (typeof cap !== 'string' || BASELINE_CAPABILITIES.has(cap)) continue
      bad = true
      caps.push(cap)
      paths.push([...c.path, 'securityContext', 'capabilities', 'add', i])
    }
    if (bad) names.push(c.name)
  }
  if (names.length === 0) return ALLOWED
  return forbid(
    'non-default capabilities',
    `${containersPhrase(names)} must not include ${joinQuote(sortedSet(caps))} in securityContext.capabilities.add`,
    paths,
  )
}

export const capabilities_baseline: PssCheck = {
  id: 'capabilities_baseline',
  level: 'baseline',
  title: 'Added capabilities',
  protects:
    'Capabilities such as NET_ADMIN, SYS_ADMIN or NET_RAW hand a container pieces of root’s power over the kernel, from reconfiguring the network to escaping the container.',
  remediation:
    'Add only capabilities from the default set (such as NET_BIND_SERVICE or CHOWN) in securityContext.capabilities.add.',
  versions: [{ since: 'v1.0', evaluate: capabilitiesBaseline_1_0 }],
}
