/**
 * Test helper: turn YAML documents (Namespaces, Pods, NetworkPolicies) into the netpol input model,
 * the way the lead's extraction does for Pods (the app also takes workloads' pod templates).
 */
import { parseYamlForTests } from '../../testing/yaml'
import type { NetNamespace, NetPod, NetPolicyInput, NetPort } from '../types'

type O = Record<string, unknown>
const obj = (v: unknown): O =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as O) : {}
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const strMap = (v: unknown): Record<string, string> =>
  Object.fromEntries(
    Object.entries(obj(v)).filter((e): e is [string, string] => typeof e[1] === 'string'),
  )

export interface Model {
  namespaces: NetNamespace[]
  pods: NetPod[]
  policies: NetPolicyInput[]
}

export function modelFromDocs(docs: unknown[]): Model {
  const m: Model = { namespaces: [], pods: [], policies: [] }
  for (const d of docs) {
    const o = obj(d)
    const meta = obj(o.metadata)
    const name = typeof meta.name === 'string' ? meta.name : ''
    if (o.kind === 'Namespace') m.namespaces.push({ name, labels: strMap(meta.labels) })
    else if (o.kind === 'NetworkPolicy') m.policies.push({ object: d })
    else if (o.kind === 'Pod') {
      const namespace =
        typeof meta.namespace === 'string' && meta.namespace ? meta.namespace : 'default'
      const spec = obj(o.spec)
      const ports: NetPort[] = []
      for (const c of arr(spec.containers))
        for (const p of arr(obj(c).ports)) {
          const po = obj(p)
          if (typeof po.containerPort !== 'number') continue
          ports.push({
            ...(typeof po.name === 'string' ? { name: po.name } : {}),
            port: po.containerPort,
            protocol: typeof po.protocol === 'string' ? po.protocol : 'TCP',
          })
        }
      const ip = obj(o.status).podIP
      m.pods.push({
        id: `${namespace}/${name}`,
        namespace,
        name,
        labels: strMap(meta.labels),
        ip: typeof ip === 'string' ? ip : null,
        ports,
        hostNetwork: spec.hostNetwork === true,
      })
    }
  }
  return m
}

export const modelFromYaml = (...texts: string[]) => modelFromDocs(texts.flatMap(parseYamlForTests))
