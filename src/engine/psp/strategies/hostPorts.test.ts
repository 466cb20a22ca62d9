import { describe, expect, it } from 'vitest'
import { pod, policy, run } from '../testing/cases'
import type { Obj } from '../types'

const withPorts = (...ports: Obj[]) => pod({ containers: [{ name: 'c', image: 'x', ports }] })
const ranges = [
  { min: 1, max: 10 },
  { min: 8080, max: 8080 },
]

const cases: { name: string; spec: Obj; pod: Obj; errors: string[] }[] = [
  { name: 'no hostPort: fine', spec: {}, pod: withPorts({ containerPort: 80 }), errors: [] },
  {
    name: 'hostPort 0 is ignored',
    spec: {},
    pod: withPorts({ containerPort: 80, hostPort: 0 }),
    errors: [],
  },
  {
    name: 'no ranges: any host port is refused, list []',
    spec: {},
    pod: withPorts({ containerPort: 80, hostPort: 80 }),
    errors: [
      'spec.containers[0].hostPort: Invalid value: 80: Host port 80 is not allowed to be used. Allowed ports: []',
    ],
  },
  {
    name: 'one error per port, at the container; ranges as min-max or n',
    spec: { hostPorts: ranges },
    pod: withPorts(
      { containerPort: 1, hostPort: 10 },
      { containerPort: 2, hostPort: 11 },
      { containerPort: 3, hostPort: 8081 },
    ),
    errors: [
      'spec.containers[0].hostPort: Invalid value: 11: Host port 11 is not allowed to be used. Allowed ports: [1-10,8080]',
      'spec.containers[0].hostPort: Invalid value: 8081: Host port 8081 is not allowed to be used. Allowed ports: [1-10,8080]',
    ],
  },
]

describe('hostPorts', () => {
  it.each(cases)('$name', (c) => {
    expect(run(policy(c.spec), c.pod).errors).toEqual(c.errors)
  })
})
