/** Which admission results belong to a workload: itself, or the Pod its template creates. */
import { describe, expect, it } from 'vitest'
import type { AdmissionPolicyObject } from '../report'
import type { AdmissionPolicyResult } from '../report'
import { isOfWorkload, workloadResults } from './ofWorkload'

const web = { editor: 'pod', line: 4, kind: 'Deployment', name: 'web' } as const
const obj = (o: Partial<AdmissionPolicyObject>): AdmissionPolicyObject => ({
  kind: 'Deployment',
  namespace: 'default',
  name: 'web',
  editor: 'pod',
  line: 4,
  ...o,
})

describe('isOfWorkload', () => {
  it.each<[string, AdmissionPolicyObject, boolean]>([
    ['the workload itself', obj({}), true],
    [
      'the Pod its template creates',
      obj({ kind: 'Pod', name: '', templateOf: 'Deployment/web' }),
      true,
    ],
    [
      'the Pod of another workload at the same line',
      obj({ kind: 'Pod', name: '', templateOf: 'Deployment/api' }),
      false,
    ],
    [
      'another object at the same line (a flow-style list)',
      obj({ kind: 'ConfigMap', name: 'web' }),
      false,
    ],
    ['another name at the same line', obj({ name: 'api' }), false],
    ['another line', obj({ line: 5 }), false],
    ['the other editor', obj({ editor: 'policy' }), false],
  ])('%s', (_name, o, want) => {
    expect(isOfWorkload(o, web)).toBe(want)
  })

  it('a bare Pod is judged as itself', () => {
    const pod = { editor: 'pod', line: 1, kind: 'Pod', name: 'p' } as const
    expect(isOfWorkload(obj({ kind: 'Pod', name: 'p', line: 1 }), pod)).toBe(true)
  })
})

describe('workloadResults', () => {
  const result = (o: Partial<AdmissionPolicyObject>) =>
    ({
      object: obj(o),
      policy: 'p',
      binding: 'b',
      actions: ['Deny'],
      allowed: true,
      message: null,
      failures: [],
    }) as AdmissionPolicyResult
  const results = [
    result({}),
    result({ kind: 'Pod', name: '', templateOf: 'Deployment/web' }),
    result({ kind: 'Deployment', name: 'api', line: 20 }),
    result({ kind: 'Pod', name: '', line: 20, templateOf: 'Deployment/api' }),
    result({ kind: 'ConfigMap', name: 'web' }),
  ]
  it.each<[string, Parameters<ReturnType<typeof workloadResults>>[0], number[]]>([
    ['web and its Pod', web, [0, 1]],
    ['api and its Pod', { editor: 'pod', line: 20, kind: 'Deployment', name: 'api' }, [2, 3]],
    ['nothing at another line', { editor: 'pod', line: 9, kind: 'Deployment', name: 'web' }, []],
  ])('%s', (_name, w, want) => {
    expect(workloadResults(results)(w)).toEqual(want)
  })
})
