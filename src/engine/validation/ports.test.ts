import { describe, expect, it } from 'vitest'
import { At } from './at'
import { portErrors } from './ports'
import { messages } from './testing/ctx'

// pkg/apis/core/validation/validation.go validateContainerPorts; apimachinery IsValidPortNum
describe('container ports', () => {
  const at = At.root('spec').child('containers').index(0).child('ports')
  const P = 'spec.containers[0].ports[0]'
  const R = 'must be between 1 and 65535, inclusive'
  it.each([
    [{ containerPort: 80 }, []],
    [{ containerPort: 80, hostPort: 8080, protocol: 'UDP' }, []],
    [{}, [`${P}.containerPort: Required value`]],
    [{ containerPort: 70000 }, [`${P}.containerPort: Invalid value: 70000: ${R}`]],
    [{ containerPort: -1 }, [`${P}.containerPort: Invalid value: -1: ${R}`]],
    [{ containerPort: 80, hostPort: -1 }, [`${P}.hostPort: Invalid value: -1: ${R}`]],
    [{ containerPort: 80, hostPort: 65536 }, [`${P}.hostPort: Invalid value: 65536: ${R}`]],
    [
      { containerPort: 80, protocol: 'tcp' },
      [`${P}.protocol: Unsupported value: "tcp": supported values: "SCTP", "TCP", "UDP"`],
    ],
    [{ containerPort: 80, protocol: '' }, [`${P}.protocol: Required value`]],
  ])('%j', (port, want) => {
    expect(messages(portErrors([port], at))).toEqual(want)
  })
})
