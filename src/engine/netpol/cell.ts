/**
 * The matrix cell of one connection (spec §12): allowed, denied by egress, by ingress, by both,
 * loopback (a pod to itself is not enforced), or not applicable (the destination does not serve
 * that port and protocol).
 */
import type { NetworkConnection } from '../report'
import { serves } from './probe'
import type { NetPod } from './types'

export type CellKind =
  | 'allowed'
  | 'denied-egress'
  | 'denied-ingress'
  | 'denied-both'
  | 'loopback'
  | 'not-applicable'

const sideAllows = (d: NetworkConnection['egress']) => !d.isolated || d.allowedBy.length > 0

export function cellKind(c: NetworkConnection, dst: NetPod): CellKind {
  if (c.from === c.to) return 'loopback'
  if (typeof c.port === 'number' && !serves(dst, c.port, c.protocol)) return 'not-applicable'
  const e = sideAllows(c.egress)
  const i = sideAllows(c.ingress)
  return e && i ? 'allowed' : !e && !i ? 'denied-both' : !e ? 'denied-egress' : 'denied-ingress'
}
