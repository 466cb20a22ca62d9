/**
 * Volume types (upstream policy FSType): the names a policy's `volumes` may list, and the order in
 * which the plugin tells a pod volume's type (upstream GetVolumeFSType).
 */
import { isObj } from './obj'
import type { Obj } from './types'

/** Pod volume source key -> PodSecurityPolicy volume type, in upstream lookup order. */
const SOURCE_TO_TYPE: readonly (readonly [string, string])[] = [
  ['hostPath', 'hostPath'],
  ['emptyDir', 'emptyDir'],
  ['gcePersistentDisk', 'gcePersistentDisk'],
  ['awsElasticBlockStore', 'awsElasticBlockStore'],
  ['gitRepo', 'gitRepo'],
  ['secret', 'secret'],
  ['nfs', 'nfs'],
  ['iscsi', 'iscsi'],
  ['glusterfs', 'glusterfs'],
  ['persistentVolumeClaim', 'persistentVolumeClaim'],
  ['rbd', 'rbd'],
  ['flexVolume', 'flexVolume'],
  ['cinder', 'cinder'],
  ['cephfs', 'cephFS'],
  ['flocker', 'flocker'],
  ['downwardAPI', 'downwardAPI'],
  ['fc', 'fc'],
  ['azureFile', 'azureFile'],
  ['configMap', 'configMap'],
  ['vsphereVolume', 'vsphereVolume'],
  ['quobyte', 'quobyte'],
  ['azureDisk', 'azureDisk'],
  ['photonPersistentDisk', 'photonPersistentDisk'],
  ['projected', 'projected'],
  ['portworxVolume', 'portworxVolume'],
  ['scaleIO', 'scaleIO'],
  ['storageos', 'storageos'],
  ['csi', 'csi'],
  ['ephemeral', 'ephemeral'],
]

export const ALL_VOLUME_TYPES: readonly string[] = SOURCE_TO_TYPE.map(([, t]) => t)

/**
 * The type of a pod volume: the first source it sets (a source of the wrong type counts as unset).
 * A volume with no known source is what the API server makes of it: an emptyDir.
 */
export function volumeType(v: Obj): { type: string; source: string } {
  for (const [source, type] of SOURCE_TO_TYPE) if (isObj(v[source])) return { type, source }
  return { type: 'emptyDir', source: 'emptyDir' }
}
