/**
 * windowsHostProcess (baseline, v1.0): Windows HostProcess containers run with host access.
 *
 * Restricted fields:
 * - spec.securityContext.windowsOptions.hostProcess
 * - spec.{initContainers,containers,ephemeralContainers}[*].securityContext.windowsOptions.hostProcess
 *
 * Allowed values: unset, false (whatever spec.os says).
 *
 * Upstream: kubernetes/pod-security-admission policy/check_windowsHostProcess.go.
 */
import type { Path } from '../../report'
import { setters } from '../format'
import { boolAt, containersOf, objAt, POD_SC, podSecurityContext } from '../pod'
import { ALLOWED, type CheckResult, forbid, type PssCheck } from '../types'

function windowsHostProcess_1_0(pod: unknown): CheckResult {
  const paths: Path[] = []
  const podBad = boolAt(objAt(podSecurityContext(pod), 'windowsOptions'), 'hostProcess') === true
  if (podBad) paths.push([...POD_SC, 'windowsOptions', 'hostProcess'])
  const names: string[] = []
  for (const c of containersOf(pod)) {
    if (boolAt(objAt(c.sc, 'windowsOptions'), 'hostProcess') === true) {
      names.push(c.name)
      paths.push([...c.path, 'securityContext', 'windowsOptions', 'hostProcess'])
    }
  }
  if (paths.length === 0) return ALLOWED
  return forbid(
    'hostProcess',
    `${setters(podBad, names).join(' and ')} must not set securityContext.windowsOptions.hostProcess=true`,
    paths,
  )
}

export const windowsHostProcess: PssCheck = {
  id: 'windowsHostProcess',
  level: 'baseline',
  title: 'Windows HostProcess containers',
  protects:
    'A HostProcess container runs directly on the Windows node with host networking and the node’s privileges, so it can take over the node.',
  remediation:
    'Remove securityContext.windowsOptions.hostProcess or set it to false in the pod and every container.',
  versions: [{ since: 'v1.0', evaluate: windowsHostProcess_1_0 }],
}
