import { describe, expect, it } from 'vitest'
import { SEED_PSP as SEED } from './seed'
import { parseYamlForTests } from '../testing/yaml'
import { evaluatePsp } from './evaluate'

const podYaml = (caps: string) => `apiVersion: v1
kind: Pod
metadata: {name: kernelchange}
spec:
  containers:
  - name: main
    image: alpine
${caps}`

function evaluate(podText: string) {
  const [policyObject] = parseYamlForTests(SEED)
  const [podObject] = parseYamlForTests(podText)
  return evaluatePsp(podObject, [{ name: 'default', object: policyObject }])
}

describe('seed lesson: capabilities policy from Kubernetes in Action', () => {
  it('rejects a pod adding SYS_ADMIN with the exact message', () => {
    const r = evaluate(
      podYaml('    securityContext:\n      capabilities:\n        add: [SYS_ADMIN]\n'),
    )
    expect(r.allowed).toBe(false)
    expect(r.policy).toBeNull()
    expect(r.pod).toBeNull()
    expect(r.message).toBe(
      'PodSecurityPolicy: unable to admit pod: [spec.containers[0].securityContext.capabilities.add: Invalid value: "SYS_ADMIN": capability may not be added]',
    )
    expect(r.errorDetails).toEqual([
      {
        policy: 'default',
        podPath: ['spec', 'containers', 0, 'securityContext', 'capabilities', 'add', 1],
        policyPath: ['spec', 'allowedCapabilities'],
        message:
          'spec.containers[0].securityContext.capabilities.add: Invalid value: "SYS_ADMIN": capability may not be added',
      },
    ])
  })

  it('admits the pod without it, adding CHOWN and the required drops', () => {
    const r = evaluate(podYaml(''))
    expect(r.allowed).toBe(true)
    expect(r.policy).toBe('default')
    expect(r.message).toBeNull()
    expect(r.errors).toEqual([])
    expect(r.mutations).toEqual([
      {
        path: 'spec.containers[0].securityContext.capabilities',
        value: { add: ['CHOWN'], drop: ['SYS_ADMIN', 'SYS_MODULE'] },
      },
    ])
    expect(r.mutationDetails[0]?.before).toBeNull()
    const admitted = r.pod as { metadata: { annotations: Record<string, string> } }
    expect(admitted.metadata.annotations['kubernetes.io/psp']).toBe('default')
    expect(r.candidates).toEqual([
      { policy: 'default', usable: true, allowed: true, mutating: true, errors: [], skipped: null },
    ])
  })
})
