/**
 * Reading one NetworkPolicy object (spec §1-2): wrong types and everything the API server rejects
 * are `error` problems (the policy is then left out of the verdicts: a cluster would never have
 * stored it); then defaulting: policyTypes, protocol TCP, namespace `default`.
 */
import type { Path } from '../report'
import { Fields, isObj, type Obj } from './fields'
import { readPeer } from './peer'
import { readPort } from './ports'
import { readSelector } from './selector'
import type { NetProblem, NetworkPolicy, Peer, PolicyType, PortEntry, Rule } from './types'

export const NETPOL_API_VERSION = 'networking.k8s.io/v1'

export interface ReadPolicyResult {
  /** The policy as Kubernetes reads it (best effort when invalid; null when not even a map). */
  policy: NetworkPolicy | null
  /** False when an error problem means the object could not exist in a cluster. */
  valid: boolean
  /** Paths are relative to the NetworkPolicy object. */
  problems: NetProblem[]
}

export function readPolicy(obj: unknown): ReadPolicyResult {
  const f = new Fields()
  if (!isObj(obj)) {
    f.wrong([], 'a map', obj)
    return { policy: null, valid: false, problems: f.problems }
  }
  const apiVersion = f.str(obj, 'apiVersion', [])
  if (apiVersion === 'extensions/v1beta1')
    f.note(
      ['apiVersion'],
      'extensions/v1beta1 NetworkPolicy is no longer served (removed in 1.16); read as networking.k8s.io/v1',
      'warning',
      'netpol-api-version',
    )
  else if (apiVersion !== undefined && apiVersion !== NETPOL_API_VERSION)
    f.add(
      ['apiVersion'],
      'Invalid value',
      `${JSON.stringify(apiVersion)}: NetworkPolicy is served as ${NETPOL_API_VERSION}`,
    )

  const meta = f.obj(obj, 'metadata', []) ?? {}
  const name = f.str(meta, 'name', ['metadata']) ?? ''
  if (name === '') f.add(['metadata', 'name'], 'Required value', 'name or generateName is required')
  const nsGiven = f.str(meta, 'namespace', ['metadata'])
  const namespace = nsGiven || 'default'

  const spec = f.obj(obj, 'spec', []) ?? {}
  const podSelector = readSelector(f, spec.podSelector, ['spec', 'podSelector'])
  const ingress = readRules(f, spec, 'ingress', 'from')
  const egress = readRules(f, spec, 'egress', 'to')

  const written = f.strs(spec, 'policyTypes', ['spec'])
  written.forEach((t, i) => {
    if (t !== 'Ingress' && t !== 'Egress')
      f.add(
        ['spec', 'policyTypes', i],
        'Unsupported value',
        `${JSON.stringify(t)}: supported values: "Egress", "Ingress"`,
      )
  })
  if (written.length > 2)
    f.add(
      ['spec', 'policyTypes'],
      'Invalid value',
      `${JSON.stringify(written)}: may not specify more than two policyTypes`,
    )
  const typesDefaulted = written.length === 0
  const policyTypes: PolicyType[] = typesDefaulted
    ? egress.length > 0
      ? ['Ingress', 'Egress']
      : ['Ingress']
    : (['Ingress', 'Egress'] as const).filter((t) => written.includes(t))

  const policy: NetworkPolicy = {
    name,
    namespace,
    id: `${namespace}/${name}`,
    namespaceDefaulted: !nsGiven,
    podSelector,
    policyTypes,
    typesDefaulted,
    ingress,
    egress,
  }
  return { policy, valid: !f.hasError, problems: f.problems }
}

function readRules(
  f: Fields,
  spec: Obj,
  key: 'ingress' | 'egress',
  peersKey: 'from' | 'to',
): Rule[] {
  return f.maps(spec, key, ['spec']).map(({ item, path }) => {
    const peers: Peer[] = []
    for (const p of f.maps(item, peersKey, path)) {
      const peer = readPeer(f, p.item, p.path)
      if (peer) peers.push(peer)
    }
    const ports: PortEntry[] = f.maps(item, 'ports', path).map((p) => readPort(f, p.item, p.path))
    return { peers, ports }
  })
}

/** Kubernetes' dotted path of a rule, e.g. `spec.ingress[0]`. */
export const rulePath = (dir: 'ingress' | 'egress', index: number): Path => ['spec', dir, index]
