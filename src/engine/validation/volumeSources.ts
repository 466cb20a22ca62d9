/**
 * More than one source in a volume (validateVolumeSource in pkg/apis/core/validation/validation.go):
 * sources are looked at in a fixed order and each one after the first is forbidden. Two printed
 * names differ from the YAML keys upstream: `cephFS` (cephfs) and `downwarAPI` (downwardAPI).
 * A volume without any source gets `emptyDir: {}` from the defaults, so "must specify a volume
 * type" cannot happen after defaulting and is not reported. The per-source rules are not modelled.
 */
import type { Obj } from '../obj'
import type { At } from './at'
import { type FieldError, forbidden } from './errors'

/** [YAML key, printed name] in upstream order. */
const SOURCES: readonly (readonly [string, string])[] = [
  ['emptyDir', 'emptyDir'],
  ['hostPath', 'hostPath'],
  ['gitRepo', 'gitRepo'],
  ['gcePersistentDisk', 'gcePersistentDisk'],
  ['awsElasticBlockStore', 'awsElasticBlockStore'],
  ['secret', 'secret'],
  ['nfs', 'nfs'],
  ['iscsi', 'iscsi'],
  ['glusterfs', 'glusterfs'],
  ['flocker', 'flocker'],
  ['persistentVolumeClaim', 'persistentVolumeClaim'],
  ['rbd', 'rbd'],
  ['cinder', 'cinder'],
  ['cephfs', 'cephFS'],
  ['quobyte', 'quobyte'],
  ['downwardAPI', 'downwarAPI'],
  ['fc', 'fc'],
  ['flexVolume', 'flexVolume'],
  ['configMap', 'configMap'],
  ['azureFile', 'azureFile'],
  ['vsphereVolume', 'vsphereVolume'],
  ['photonPersistentDisk', 'photonPersistentDisk'],
  ['portworxVolume', 'portworxVolume'],
  ['azureDisk', 'azureDisk'],
  ['storageos', 'storageos'],
  ['projected', 'projected'],
  ['scaleIO', 'scaleIO'],
  ['csi', 'csi'],
  ['ephemeral', 'ephemeral'],
  ['image', 'image'],
]

export function volumeSourceErrors(volume: Obj, at: At): FieldError[] {
  const errs: FieldError[] = []
  let count = 0
  for (const [key, printed] of SOURCES) {
    const v = volume[key]
    if (v === undefined || v === null) continue
    if (count > 0)
      errs.push(forbidden(at.child(printed, [key]), 'may not specify more than 1 volume type'))
    else count++
  }
  return errs
}
