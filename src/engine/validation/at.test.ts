import { describe, expect, it } from 'vitest'
import { At } from './at'

// staging/src/k8s.io/apimachinery/pkg/util/validation/field/path.go: Child joins with '.',
// Index prints [i], Key prints [key] without quotes.
describe('At prints field paths as field.Path does and keeps the YAML path', () => {
  const spec = At.root('spec')
  it.each([
    [
      spec.child('containers').index(0).child('name'),
      'spec.containers[0].name',
      ['spec', 'containers', 0, 'name'],
    ],
    [
      At.root('metadata').child('annotations').key('a/b'),
      'metadata.annotations[a/b]',
      ['metadata', 'annotations', 'a/b'],
    ],
    [spec.child('HostPID', ['hostPID']), 'spec.HostPID', ['spec', 'hostPID']],
    [
      spec.child('securityContext', []).child('shareProcessNamespace'),
      'spec.securityContext.shareProcessNamespace',
      ['spec', 'shareProcessNamespace'],
    ],
    [
      spec.child('template').child('annotations', ['metadata', 'annotations']).child('k', ['k']),
      'spec.template.annotations.k',
      ['spec', 'template', 'metadata', 'annotations', 'k'],
    ],
  ])('%#', (at, field, path) => {
    expect(at.field).toBe(field)
    expect(at.path).toEqual(path)
  })
})
