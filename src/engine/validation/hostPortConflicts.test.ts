import { describe, expect, it } from 'vitest'
import { At } from './at'
import { hostPortConflictErrors } from './hostPortConflicts'
import { messages } from './testing/ctx'

// pkg/apis/core/validation/validation.go AccumulateUniqueHostPorts, checkHostPortConflicts
describe('host port conflicts', () => {
  const at = At.root('spec').child('containers')
  const c = (...ports: object[]) => ({ name: 'c', ports })
  it.each([
    [[c({ containerPort: 80, hostPort: 8080 }), c({ containerPort: 81, hostPort: 8081 })], []],
    [[c({ containerPort: 80 }), c({ containerPort: 80 })], []],
    [
      [
        c({ containerPort: 80, hostPort: 8080 }),
        c({ containerPort: 81, hostPort: 8080, protocol: 'UDP' }),
      ],
      [],
    ],
    [
      [
        c({ containerPort: 80, hostPort: 8080, hostIP: '10.0.0.1' }),
        c({ containerPort: 81, hostPort: 8080 }),
      ],
      [],
    ],
    [
      [
        c({ containerPort: 80, hostPort: 8080, protocol: 'TCP' }),
        c({ containerPort: 81, hostPort: 8080 }),
      ],
      ['spec.containers[1].ports[0].hostPort: Duplicate value: "TCP//8080"'],
    ],
    [
      [
        c(
          { containerPort: 80, hostPort: 53, protocol: 'UDP', hostIP: '::1' },
          { containerPort: 81, hostPort: 53, protocol: 'UDP', hostIP: '::1' },
        ),
      ],
      ['spec.containers[0].ports[1].hostPort: Duplicate value: "UDP/::1/53"'],
    ],
  ])('%#', (containers, want) => {
    expect(messages(hostPortConflictErrors(containers, at))).toEqual(want)
  })

  it('an init container is checked alone, at its own index', () => {
    const init = c({ containerPort: 1, hostPort: 9 }, { containerPort: 2, hostPort: 9 })
    expect(
      messages(hostPortConflictErrors([init], At.root('spec').child('initContainers'), 3)),
    ).toEqual(['spec.initContainers[3].ports[1].hostPort: Duplicate value: "TCP//9"'])
  })
})
