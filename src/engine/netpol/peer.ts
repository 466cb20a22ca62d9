/**
 * Peers (spec §4, §6, §7): `{podSelector, namespaceSelector}` (both parts ANDed) or `{ipBlock}`.
 * An absent namespaceSelector means the policy's own namespace, `{}` every namespace; an absent
 * podSelector means any pod. Selector peers never match host-network pods (they act as the node).
 */
import type { Path } from '../report'
import { type Fields, isObj, type Obj } from './fields'
import { cidrContains, formatIp, type Ip, parseCidr, strictSubset } from './ipblock'
import {
  compileSelector,
  describeSelector,
  failedParts,
  isEmptySelector,
  type Labels,
  type Matcher,
  readSelector,
} from './selector'
import type { Cidr, NetPod, Peer } from './types'

const present = (v: unknown) => v !== undefined && v !== null

export function readPeer(f: Fields, o: Obj, at: Path): Peer | null {
  const hasPod = present(o.podSelector)
  const hasNs = present(o.namespaceSelector)
  const hasIp = present(o.ipBlock)
  if (!hasPod && !hasNs && !hasIp) {
    f.add(at, 'Required value', 'must specify a peer')
    return null
  }
  if (hasIp && (hasPod || hasNs)) {
    f.add(at, 'Forbidden', 'may not specify both ipBlock and another peer')
    return null
  }
  if (!hasIp)
    return {
      kind: 'selectors',
      podSelector: hasPod ? readSelector(f, o.podSelector, [...at, 'podSelector']) : null,
      namespaceSelector: hasNs
        ? readSelector(f, o.namespaceSelector, [...at, 'namespaceSelector'])
        : null,
    }
  const ipAt = [...at, 'ipBlock']
  if (!isObj(o.ipBlock)) {
    f.wrong(ipAt, 'a map', o.ipBlock)
    return null
  }
  const cidr = readCidr(f, f.str(o.ipBlock, 'cidr', ipAt), [...ipAt, 'cidr'])
  const except: Cidr[] = []
  f.strs(o.ipBlock, 'except', ipAt).forEach((text, i) => {
    const p = [...ipAt, 'except', i]
    const c = readCidr(f, text, p)
    if (!c || !cidr) return
    if (!strictSubset(c, cidr))
      f.add(p, 'Invalid value', `${JSON.stringify(text)}: must be a strict subset of \`cidr\``)
    else except.push(c)
  })
  return cidr ? { kind: 'ipBlock', cidr, except } : null
}

function readCidr(f: Fields, text: string | undefined, at: Path): Cidr | null {
  if (text === undefined || text === '') {
    f.add(at, 'Required value', '')
    return null
  }
  const parsed = parseCidr(text)
  if (!parsed) {
    f.add(
      at,
      'Invalid value',
      `${JSON.stringify(text)}: must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)`,
    )
    return null
  }
  if (parsed.hostBits)
    f.note(
      at,
      `${text} has host bits set; it is read as ${formatIp({ family: parsed.cidr.family, value: parsed.cidr.base })}/${parsed.cidr.prefix} (newer API servers reject it)`,
      'warning',
      'netpol-cidr-host-bits',
    )
  if (parsed.leadingZero)
    f.note(
      at,
      `${text} has an octet with a leading zero; it is read as decimal (newer API servers reject it)`,
      'warning',
      'netpol-cidr-leading-zero',
    )
  return parsed.cidr
}

/** A peer with its selectors compiled once. */
export interface CompiledPeer {
  peer: Peer
  ns: Matcher | null
  pod: Matcher | null
}

export function compilePeer(peer: Peer): CompiledPeer {
  if (peer.kind === 'ipBlock') return { peer, ns: null, pod: null }
  return {
    peer,
    ns: peer.namespaceSelector ? compileSelector(peer.namespaceSelector) : null,
    pod: peer.podSelector ? compileSelector(peer.podSelector) : null,
  }
}

/** What a peer match needs to know about the world. */
export interface PeerWorld {
  nsLabels(ns: string): Labels
  ipOf(pod: NetPod): Ip | null
  ipBlockMatchesPods: boolean
}

export const PEER_NO = 0
export const PEER_SELECTOR = 1
export const PEER_IPBLOCK = 2

export function ipBlockMatches(peer: Extract<Peer, { kind: 'ipBlock' }>, ip: Ip): boolean {
  return cidrContains(peer.cidr, ip) && !peer.except.some((e) => cidrContains(e, ip))
}

/** Does the peer match this pod? 0 no, 1 through its selectors, 2 through an ipBlock. */
export function peerMatchesPod(
  cp: CompiledPeer,
  policyNs: string,
  pod: NetPod,
  w: PeerWorld,
): 0 | 1 | 2 {
  const peer = cp.peer
  if (peer.kind === 'ipBlock') {
    if (!pod.hostNetwork && !w.ipBlockMatchesPods) return PEER_NO
    const ip = w.ipOf(pod)
    return ip && ipBlockMatches(peer, ip) ? PEER_IPBLOCK : PEER_NO
  }
  if (pod.hostNetwork) return PEER_NO
  if (cp.ns ? !cp.ns(w.nsLabels(pod.namespace)) : pod.namespace !== policyNs) return PEER_NO
  return !cp.pod || cp.pod(pod.labels) ? PEER_SELECTOR : PEER_NO
}

/** `namespace kubernetes.io/metadata.name=y AND pod pod=a`; `ipBlock 10.0.0.0/8 except 10.0.1.0/24`. */
export function describePeer(peer: Peer, policyNs: string): string {
  if (peer.kind === 'ipBlock') {
    const ex = peer.except.map((e) => e.text).join(', ')
    return `ipBlock ${peer.cidr.text}${ex ? ` except ${ex}` : ''}`
  }
  const ns =
    peer.namespaceSelector === null
      ? `namespace ${policyNs} (the policy's own)`
      : isEmptySelector(peer.namespaceSelector)
        ? 'any namespace'
        : `namespace ${describeSelector(peer.namespaceSelector)}`
  const pod =
    peer.podSelector === null || isEmptySelector(peer.podSelector)
      ? 'any pod'
      : `pod ${describeSelector(peer.podSelector)}`
  return `${ns} AND ${pod}`
}

/** Why the peer does not match the pod, in prose. */
export function peerMismatch(peer: Peer, policyNs: string, pod: NetPod, w: PeerWorld): string {
  if (peer.kind === 'ipBlock') {
    if (!pod.hostNetwork && !w.ipBlockMatchesPods)
      return `ipBlocks are set to match only addresses outside the cluster`
    const ip = w.ipOf(pod)
    if (!ip) return `${pod.id} has no pod IP, so no ipBlock can match it`
    const shown = formatIp(ip)
    const hit = peer.except.find((e) => cidrContains(e, ip))
    if (hit)
      return `${shown} (the IP the policy sees for ${pod.id}) is excluded by except ${hit.text}`
    return `${shown} (the IP the policy sees for ${pod.id}) is outside ${peer.cidr.text}`
  }
  if (pod.hostNetwork)
    return `${pod.id} uses the host network: only an ipBlock holding its node IP can match it`
  if (peer.namespaceSelector === null) {
    if (pod.namespace !== policyNs) return `${pod.id} is not in the policy's namespace ${policyNs}`
  } else {
    const miss = failedParts(peer.namespaceSelector, w.nsLabels(pod.namespace))
    if (miss.length > 0) return `namespace ${pod.namespace} does not have ${miss.join(', ')}`
  }
  const miss = peer.podSelector ? failedParts(peer.podSelector, pod.labels) : []
  return miss.length > 0 ? `${pod.id} does not have ${miss.join(', ')}` : 'it matches'
}
