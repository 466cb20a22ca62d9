/**
 * What "riskier" means, shared by the reviewer's summary (./index.ts) and `podplay diff`
 * (../diff): the privileges a workload gets on the node, read from the report's `effective` view.
 */
import type { EffectiveContainer, EffectiveSecurity, Level, WorkloadReport } from '../report'

/** Pod Security levels from the most to the least privileged (a lower rank is riskier). */
export const LEVEL_RANK: Record<Level, number> = { privileged: 0, baseline: 1, restricted: 2 }

/** The host namespaces a pod shares (`hostUsers: true` is Kubernetes' default and not listed). */
export function hostNamespacesOf(e: EffectiveSecurity): string[] {
  return [e.hostPID && 'PID', e.hostIPC && 'IPC', e.hostNetwork && 'network'].filter(
    (x): x is string => typeof x === 'string',
  )
}

/** `9000/TCP` for each host port, sorted, once. */
export function hostPortsOf(e: EffectiveSecurity): string[] {
  return [...new Set(e.hostPorts.map((p) => `${p.hostPort}/${p.protocol}`))].sort()
}

/** `/var/run (writable)` for each hostPath volume, sorted, once. */
export function hostPathsOf(e: EffectiveSecurity): string[] {
  return [
    ...new Set(
      e.volumes
        .filter((v) => v.type === 'hostPath')
        .map((v) => `${v.hostPath ?? ''} (${v.readOnly ? 'read-only' : 'writable'})`),
    ),
  ].sort()
}

/** Capabilities added beyond the runtime's defaults by any container, sorted, once. */
export function addedCapabilitiesOf(e: EffectiveSecurity): string[] {
  return [...new Set(e.containers.flatMap((c) => c.added))].sort()
}

/**
 * Who a container runs as, from the safest: 0 a non-root user (a non-zero UID, or runAsNonRoot
 * with the image's user), 1 the image's user unchecked (root unless the image says otherwise),
 * 2 root (UID 0).
 */
export function rootRank(c: Pick<EffectiveContainer, 'runAsUser' | 'runAsNonRoot'>): number {
  if (c.runAsUser === 0) return 2
  if (c.runAsUser !== null || c.runAsNonRoot === true) return 0
  return 1
}

/** The API server's errors, then the node's (kubelet rejection, containers that do not start). */
export function gateErrorsOf(w: WorkloadReport): { api: string[]; start: string[] } {
  const api = w.apiServer
  return {
    api: api && !api.allowed ? [...(api.decodeError ? [api.decodeError] : []), ...api.errors] : [],
    start: [
      ...(w.effective.kubeletRejection ? [w.effective.kubeletRejection] : []),
      ...w.effective.containers.flatMap((c) =>
        c.startError ? [`container "${c.name}": ${c.startError}`] : [],
      ),
    ],
  }
}
