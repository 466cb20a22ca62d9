import { describe, expect, it } from 'vitest'
import { hostNetworkPortErrors } from './hostNetworkPorts'
import { ctx, messages } from './testing/ctx'

// pkg/apis/core/validation/validation.go validatePodHostNetworkDeps (opts.ResourceIsPod)
describe('hostNetwork ports', () => {
  const spec = (hostNetwork: boolean, port: object) => ({
    hostNetwork,
    containers: [{ name: 'c', ports: [port] }],
    initContainers: [{ name: 'i', ports: [{ containerPort: 1, hostPort: 2 }] }],
  })
  const MSG = 'must match `containerPort` when `hostNetwork` is true'
  it.each([
    [spec(true, { containerPort: 80, hostPort: 80 }), true, []],
    [spec(false, { containerPort: 80, hostPort: 9000 }), true, []],
    [
      spec(true, { containerPort: 80, hostPort: 9000 }),
      true,
      [`spec.containers[0].ports[0].hostPort: Invalid value: 9000: ${MSG}`],
    ],
    [
      spec(true, { containerPort: 80 }),
      true,
      [`spec.containers[0].ports[0].hostPort: Invalid value: 0: ${MSG}`],
    ],
    [spec(true, { containerPort: 80 }), false, []],
    [
      spec(true, { containerPort: 80, hostPort: 9000 }),
      false,
      [`spec.template.spec.containers[0].ports[0].hostPort: Invalid value: 9000: ${MSG}`],
    ],
  ])('%#', (s, isPod, want) => {
    expect(messages(hostNetworkPortErrors(ctx(s, isPod)))).toEqual(want)
  })
})
