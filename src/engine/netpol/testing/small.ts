/**
 * Test helper: a small hand-made world for case tables.
 *
 * Namespaces: x (team=blue), y (team=red), z (not declared: only its automatic name label).
 * Pods:
 *   x/a app=web  10.0.1.1  http 80/TCP, dns 53/UDP
 *   x/b app=db   10.0.1.2  pg 5432/TCP
 *   y/a app=web  10.0.2.1  http 80/TCP
 *   y/b app=db   10.0.2.2  pg 5432/TCP
 *   z/c (none)   no IP     http 8080/TCP
 *   x/h app=web  hostNetwork, 192.168.0.5, 9100/TCP
 */
import type { NetNamespace, NetPod, NetPolicyInput, NetworkInput } from '../types'

export const NAMESPACES: NetNamespace[] = [
  { name: 'x', labels: { team: 'blue' } },
  { name: 'y', labels: { team: 'red' } },
]

const pod = (
  id: string,
  labels: Record<string, string>,
  ip: string | null,
  ports: NetPod['ports'],
  hostNetwork = false,
): NetPod => {
  const [namespace = '', name = ''] = id.split('/')
  return { id, namespace, name, labels, ip, ports, hostNetwork }
}

export const PODS: NetPod[] = [
  pod('x/a', { app: 'web' }, '10.0.1.1', [
    { name: 'http', port: 80, protocol: 'TCP' },
    { name: 'dns', port: 53, protocol: 'UDP' },
  ]),
  pod('x/b', { app: 'db' }, '10.0.1.2', [{ name: 'pg', port: 5432, protocol: 'TCP' }]),
  pod('y/a', { app: 'web' }, '10.0.2.1', [{ name: 'http', port: 80, protocol: 'TCP' }]),
  pod('y/b', { app: 'db' }, '10.0.2.2', [{ name: 'pg', port: 5432, protocol: 'TCP' }]),
  pod('z/c', {}, null, [{ name: 'http', port: 8080, protocol: 'TCP' }]),
  pod('x/h', { app: 'web' }, '192.168.0.5', [{ port: 9100, protocol: 'TCP' }], true),
]

/** A NetworkPolicy object `ns/name` with this spec. */
export function np(id: string, spec: unknown): NetPolicyInput {
  const [namespace, name] = id.split('/')
  return {
    object: {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name, namespace },
      spec,
    },
  }
}

export const world = (policies: NetPolicyInput[], probes?: string[]): NetworkInput => ({
  namespaces: NAMESPACES,
  pods: PODS,
  policies,
  ...(probes ? { probes } : {}),
})
