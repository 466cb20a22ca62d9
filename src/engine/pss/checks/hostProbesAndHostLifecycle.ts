/**
 * hostProbesAndHostLifecycle (baseline, v1.34): probes and lifecycle hooks that make the kubelet
 * connect to another host.
 *
 * Restricted fields, for spec.{initContainers,containers,ephemeralContainers}[*]:
 * - livenessProbe, readinessProbe, startupProbe: .httpGet.host, .tcpSocket.host
 * - lifecycle.postStart, lifecycle.preStop: .httpGet.host, .tcpSocket.host
 * Allowed values: unset, "" (localhost, 127.0.0.1 and ::1 are forbidden too).
 * gRPC, exec and sleep handlers are not looked at.
 *
 * Upstream: kubernetes/pod-security-admission policy/check_hostProbesAndhostLifecycle.go.
 */
import type { Path } from '../../report'
import type { Obj } from '../pod'
import { containersOf, objAt, strAt } from '../pod'
import { containersPhrase, joinQuote, pluralize, sortedSet } from '../format'
import { ALLOWED, type CheckResult, forbid, type PssCheck } from '../types'

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const
const HOOKS = ['postStart', 'preStop'] as const
const ACTIONS = ['httpGet', 'tcpSocket'] as const

/** Pushes the non-empty hosts of one handler and their paths. */
function collect(handler: Obj | undefined, at: Path, hosts: string[], paths: Path[]): void {
  for (const action of ACTIONS) {
    const host = strAt(objAt(handler, action), 'host')
    if (host === undefined || host === '') continue
    hosts.push(host)
    paths.push([...at, action, 'host'])
  }
}

function hostProbesAndHostLifecycle_1_34(pod: unknown): CheckResult {
  const names: string[] = []
  const hosts: string[] = []
  const paths: Path[] = []
  for (const c of containersOf(pod)) {
    const before = hosts.length
    for (const probe of PROBES) {
      collect(objAt(c.container, probe), [...c.path, probe], hosts, paths)
    }
    const lifecycle = objAt(c.container, 'lifecycle')
    for (const hook of HOOKS) {
      collect(objAt(lifecycle, hook), [...c.path, 'lifecycle', hook], hosts, paths)
    }
    if (hosts.length > before) names.push(c.name)
  }
  if (names.length === 0) return ALLOWED
  const containerSet = sortedSet(names)
  const hostSet = sortedSet(hosts)
  return forbid(
    'probe or lifecycle host',
    `${containersPhrase(containerSet)} ${pluralize('uses', 'use', containerSet.length)} ${pluralize('probe or lifecycle host', 'probe or lifecycle hosts', hostSet.length)} ${joinQuote(hostSet)}`,
    paths,
  )
}

export const hostProbesAndHostLifecycle: PssCheck = {
  id: 'hostProbesAndHostLifecycle',
  level: 'baseline',
  title: 'Probe and lifecycle hosts',
  protects:
    'The kubelet runs HTTP and TCP probes and hooks from the node, so a host field turns it into a proxy that reaches node-local or other hosts’ services on the pod’s behalf.',
  remediation:
    'Remove the host field from httpGet and tcpSocket probes and lifecycle hooks so they target the pod’s own IP.',
  versions: [{ since: 'v1.34', evaluate: hostProbesAndHostLifecycle_1_34 }],
}
