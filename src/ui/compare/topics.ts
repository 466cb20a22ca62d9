/**
 * Compare mode (issue 11): what each kind of change is about and which way it moves privilege, in
 * the panel's words. Pure; the engine's field names are listed in engine/diff.
 */
import type { CompareChange } from '../../worker/compare'

export type Direction = CompareChange['direction']

export interface Topic {
  /** The heading of the change: `Capabilities`, `Host namespace`, ... */
  label: string
  /** The field without the container prefix, e.g. `hostNetwork`, or a container's name. */
  detail: string
}

const CONTAINER = /^effective\.(containers|initContainers|ephemeralContainers)\[(.*)\]$/s
const CONTAINER_FIELD =
  /^effective\.(?:containers|initContainers|ephemeralContainers)\[(.*)\]\.(\w+)$/s

const CONTAINER_KINDS: Record<string, string> = {
  containers: 'Container',
  initContainers: 'Init container',
  ephemeralContainers: 'Ephemeral container',
}

const CONTAINER_TOPICS: Record<string, string> = {
  capabilities: 'Capabilities',
  privileged: 'Privileged',
  allowPrivilegeEscalation: 'Privilege escalation',
  runAsUser: 'User',
  runAsNonRoot: 'User',
  readOnlyRootFilesystem: 'Writable root filesystem',
}

const WORKLOAD_TOPICS: Record<string, string> = {
  hostPID: 'Host namespace',
  hostIPC: 'Host namespace',
  hostNetwork: 'Host namespace',
  hostUsers: 'Host namespace',
  hostPorts: 'Host ports',
  'effective.volumes.hostPath': 'hostPath volumes',
  'podSecurity.highest': 'Highest Pod Security level',
  'podSecurity.enforce': 'Pod Security enforced',
  'podSecurity.allowed': 'Admission: Pod Security',
  'podSecurityPolicy.allowed': 'Admission: PodSecurityPolicy',
  'podSecurityPolicy.policy': 'Admission: PodSecurityPolicy',
  'apiServer.allowed': 'Admission: API server',
  'admissionPolicies.allowed': 'Admission: ValidatingAdmissionPolicy',
  'node.starts': 'Starts on the node',
  workload: 'Workload',
}

/** The heading and detail of a change's field. */
export function topicOf(field: string): Topic {
  const inContainer = CONTAINER_FIELD.exec(field)
  if (inContainer) {
    const [, name = '', key = ''] = inContainer
    return { label: CONTAINER_TOPICS[key] ?? key, detail: `container ${name}` }
  }
  const container = CONTAINER.exec(field)
  if (container)
    return { label: CONTAINER_KINDS[container[1]!] ?? 'Container', detail: container[2]! }
  if (field.startsWith('connection ')) return { label: 'Network', detail: field.slice(11) }
  const label = Object.hasOwn(WORKLOAD_TOPICS, field) ? WORKLOAD_TOPICS[field]! : field
  return { label, detail: label === 'Host namespace' ? field : '' }
}

/** Which way a change moves privilege, in words. */
export const DIRECTION_WORDS: Record<Direction, string> = {
  more: 'more privilege',
  less: 'less privilege',
  neutral: 'neutral',
}

/** `2 changes: 1 grants more privilege, 1 less, 0 neutral`. */
export function compareHead(directions: readonly Direction[]): string {
  const n = (d: Direction) => directions.filter((x) => x === d).length
  const changes = directions.length === 1 ? '1 change' : `${directions.length} changes`
  return `${changes}: ${n('more')} grant${n('more') === 1 ? 's' : ''} more privilege, ${n('less')} less, ${n('neutral')} neutral`
}
