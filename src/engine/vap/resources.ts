/**
 * What a manifest becomes as a request (spec §3): group, version, plural resource and scope of a
 * kind (apimachinery pkg/api/meta/restmapper.go `UnsafeGuessKindToResource` for the plural).
 */

const CLUSTER_KINDS = new Set([
  'Namespace',
  'Node',
  'PersistentVolume',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'StorageClass',
  'PriorityClass',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'MutatingAdmissionPolicy',
  'MutatingAdmissionPolicyBinding',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
  'PodSecurityPolicy',
])

/** restmapper.go `UnsafeGuessKindToResource`. */
export function guessResource(kind: string): string {
  const k = kind.toLowerCase()
  if (k === 'endpoints') return k
  if (k.endsWith('s')) return `${k}es`
  if (k.endsWith('y')) return `${k.slice(0, -1)}ies`
  return `${k}s`
}

export interface Gvr {
  group: string
  version: string
  resource: string
  kind: string
  clusterScoped: boolean
}

export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.indexOf('/')
  return slash < 0
    ? { group: '', version: apiVersion }
    : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) }
}

export function gvrOf(apiVersion: string, kind: string): Gvr {
  const { group, version } = splitApiVersion(apiVersion)
  return {
    group,
    version,
    resource: guessResource(kind),
    kind,
    clusterScoped: CLUSTER_KINDS.has(kind),
  }
}

/** Kinds served in more than one version (an `Equivalent` match may convert). */
export const EQUIVALENTS: Record<string, string[]> = {
  'autoscaling/horizontalpodautoscalers': ['v2', 'v1'],
}

/** Requests the plugin never judges (rules.go `IsExemptAdmissionConfigurationResource`). */
export function isExempt(g: Gvr): boolean {
  return (
    g.group === 'admissionregistration.k8s.io' &&
    [
      'validatingadmissionpolicies',
      'validatingadmissionpolicybindings',
      'mutatingadmissionpolicies',
      'mutatingadmissionpolicybindings',
      'validatingwebhookconfigurations',
      'mutatingwebhookconfigurations',
    ].includes(g.resource)
  )
}
