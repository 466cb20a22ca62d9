import { describe, expect, it } from 'vitest'
import { At } from './at'
import { messages } from './testing/ctx'
import { volumeSourceErrors } from './volumeSources'

// pkg/apis/core/validation/validation.go validateVolumeSource (fixed order, printed names)
describe('more than one volume source', () => {
  const at = At.root('spec').child('volumes').index(0)
  const F = 'Forbidden: may not specify more than 1 volume type'
  it.each([
    [{ name: 'a', emptyDir: {} }, []],
    [{ name: 'a', emptyDir: null, hostPath: { path: '/' } }, []],
    [{ name: 'a', hostPath: { path: '/' }, emptyDir: {} }, [`spec.volumes[0].hostPath: ${F}`]],
    [
      { name: 'a', secret: {}, configMap: {}, projected: {} },
      [`spec.volumes[0].configMap: ${F}`, `spec.volumes[0].projected: ${F}`],
    ],
    [{ name: 'a', emptyDir: {}, cephfs: {} }, [`spec.volumes[0].cephFS: ${F}`]],
    [{ name: 'a', emptyDir: {}, downwardAPI: {} }, [`spec.volumes[0].downwarAPI: ${F}`]],
  ])('%j', (volume, want) => {
    expect(messages(volumeSourceErrors(volume, at))).toEqual(want)
  })

  it('points the editor at the YAML key', () => {
    expect(volumeSourceErrors({ emptyDir: {}, cephfs: {} }, at)[0]!.path).toEqual([
      'spec',
      'volumes',
      0,
      'cephfs',
    ])
  })
})
