/**
 * hostPorts (baseline, v1.0): container ports bound on the node's network interfaces.
 *
 * Restricted fields: spec.{initContainers,containers,ephemeralContainers}[*].ports[*].hostPort
 * Allowed values: unset, 0 (there is no allow-list).
 *
 * Upstream: kubernetes/pod-security-admission policy/check_hostPorts.go.
 */
import type { Path } from '../../report'
import { containersPhrase, pluralize, sortedSet } from '../format'
import { arrAt, containersOf, intAt, isObj } from '../pod'
import { ALLOWED, type CheckResult, forbid, type PssCheck } from '../types'

function hostPorts_1_0(pod: unknown): CheckResult {
  const names: string[] = []
  const ports: string[] = []
  const paths: Path[] = []
  for (const c of containersOf(pod)) {
    const list = arrAt(c.container, 'ports') ?? []
    let bad = false
    for (let i = 0; i < list.length; i++) {
      const p = list[i]
      if (!isObj(p)) continue
      const hostPort = intAt(p, 'hostPort')
      if (hostPort === undefined || hostPort === 0) continue
      bad = true
      ports.push(String(hostPort))
      paths.push([...c.path, 'ports', i, 'hostPort'])
    }
    if (bad) names.push(c.name)
  }
  if (names.length === 0) return ALLOWED
  const distinct = sortedSet(ports)
  return forbid(
    'hostPort',
    `${containersPhrase(names)} ${pluralize('uses', 'use', names.length)} ${pluralize('hostPort', 'hostPorts', distinct.length)} ${distinct.join(', ')}`,
    paths,
  )
}

export const hostPorts: PssCheck = {
  id: 'hostPorts',
  level: 'baseline',
  title: 'Host ports',
  protects:
    'A host port binds the container on the node’s own address, bypassing network policies and exposing the service outside the cluster network; it also pins pods to nodes.',
  remediation: 'Remove ports[*].hostPort (or set it to 0) and expose the pod through a Service.',
  versions: [{ since: 'v1.0', evaluate: hostPorts_1_0 }],
}
