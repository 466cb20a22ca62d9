/**
 * restrictedVolumes (restricted, v1.0; replaces hostPathVolumes): only volume types that carry no
 * host or network storage access of their own.
 *
 * Restricted fields: spec.volumes[*]
 * Allowed values: a volume that sets configMap, csi, downwardAPI, emptyDir, ephemeral, image,
 * persistentVolumeClaim, projected or secret. Otherwise the first type set (in the order below) is
 * reported, or "unknown" when none is (a volume with no source at all is defaulted to emptyDir by
 * the API server before admission; the caller applies that default).
 *
 * Upstream: kubernetes/pod-security-admission policy/check_restrictedVolumes.go.
 */
import type { Path } from '../../report'
import { joinQuote, pluralize, sortedSet } from '../format'
import { arrAt, isObj, specOf, strAt } from '../pod'
import { ALLOWED, type CheckResult, forbid, type PssCheck } from '../types'

const ALLOWED_TYPES = [
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'image',
  'persistentVolumeClaim',
  'projected',
  'secret',
]

const RESTRICTED_TYPES = [
  'hostPath',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'gitRepo',
  'nfs',
  'iscsi',
  'glusterfs',
  'rbd',
  'flexVolume',
  'cinder',
  'cephfs',
  'flocker',
  'fc',
  'azureFile',
  'vsphereVolume',
  'quobyte',
  'azureDisk',
  'photonPersistentDisk',
  'portworxVolume',
  'scaleIO',
  'storageos',
]

function restrictedVolumes_1_0(pod: unknown): CheckResult {
  const volumes = arrAt(specOf(pod), 'volumes') ?? []
  const names: string[] = []
  const types: string[] = []
  const paths: Path[] = []
  for (let i = 0; i < volumes.length; i++) {
    const v = volumes[i]
    if (!isObj(v)) continue
    if (ALLOWED_TYPES.some((t) => isObj(v[t]))) continue
    const type = RESTRICTED_TYPES.find((t) => isObj(v[t]))
    names.push(strAt(v, 'name') ?? '')
    types.push(type ?? 'unknown')
    paths.push(type === undefined ? ['spec', 'volumes', i] : ['spec', 'volumes', i, type])
  }
  if (names.length === 0) return ALLOWED
  const typeSet = sortedSet(types)
  return forbid(
    'restricted volume types',
    `${pluralize('volume', 'volumes', names.length)} ${joinQuote(names)} ${pluralize('uses', 'use', names.length)} ${pluralize('restricted volume type', 'restricted volume types', typeSet.length)} ${joinQuote(typeSet)}`,
    paths,
  )
}

export const restrictedVolumes: PssCheck = {
  id: 'restrictedVolumes',
  level: 'restricted',
  title: 'Volume types',
  protects:
    'Host paths and network or cloud disks mounted straight into a pod bypass the storage access control of PersistentVolumeClaims and can expose the node or other tenants’ data.',
  remediation:
    'Use only configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected or secret volumes.',
  versions: [{ since: 'v1.0', evaluate: restrictedVolumes_1_0 }],
  overrides: ['hostPathVolumes'],
}
