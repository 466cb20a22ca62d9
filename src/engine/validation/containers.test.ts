import { describe, expect, it } from 'vitest'
import { containerErrors } from './containers'
import { ctx, messages } from './testing/ctx'

// pkg/apis/core/validation/validation.go validateContainers, validateInitContainers,
// validateEphemeralContainers, validateContainerCommon
describe('container lists', () => {
  const c = (name: string, extra: object = {}) => ({ name, image: 'x', ...extra })
  it.each([
    [{ containers: [c('a')], initContainers: [c('b')] }, []],
    [{}, ['spec.containers: Required value']],
    [{ containers: [c('')] }, ['spec.containers[0].name: Required value']],
    [{ containers: [c('a'), c('a')] }, ['spec.containers[1].name: Duplicate value: "a"']],
    [
      { containers: [c('a')], initContainers: [c('a')] },
      ['spec.initContainers[0].name: Duplicate value: "a"'],
    ],
    [
      { containers: [c('a')], initContainers: [c('b'), c('b')] },
      ['spec.initContainers[1].name: Duplicate value: "b"'],
    ],
    [
      { containers: [c('a')], initContainers: [c(''), c('')] },
      [
        'spec.initContainers[0].name: Required value',
        'spec.initContainers[1].name: Required value',
      ],
    ],
    [
      { containers: [c('a')], ephemeralContainers: [c('a')] },
      ['spec.ephemeralContainers[0].name: Duplicate value: "a"'],
    ],
    [
      {
        containers: [
          c('a', { ports: [{ containerPort: 1, hostPort: 80 }] }),
          c('b', { ports: [{ containerPort: 2, hostPort: 80 }] }),
        ],
        initContainers: [c('i', { ports: [{ containerPort: 3, hostPort: 80 }] })],
      },
      ['spec.containers[1].ports[0].hostPort: Duplicate value: "TCP//80"'],
    ],
  ])('%#', (spec, want) => {
    expect(messages(containerErrors(ctx(spec)))).toEqual(want)
  })

  it('per container: name, ports, securityContext, then the duplicate; host ports after all', () => {
    const spec = {
      containers: [
        c('A', { ports: [{ containerPort: 0, hostPort: 9 }], securityContext: { runAsUser: -1 } }),
        c('A', { ports: [{ containerPort: 1, hostPort: 9 }] }),
      ],
    }
    expect(messages(containerErrors(ctx(spec))).map((m) => m.split(': ')[0])).toEqual([
      'spec.containers[0].name',
      'spec.containers[0].ports[0].containerPort',
      'spec.containers[0].securityContext.runAsUser',
      'spec.containers[1].name',
      'spec.containers[1].name',
      'spec.containers[1].ports[0].hostPort',
    ])
  })

  it('procMount Unmasked is fine in a pod with hostUsers: false', () => {
    const spec = {
      hostUsers: false,
      containers: [c('a', { securityContext: { procMount: 'Unmasked' } })],
    }
    expect(containerErrors(ctx(spec))).toEqual([])
  })
})
