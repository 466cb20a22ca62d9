/** The goals' sentences, read by a learner under "Not yet:": a table of cases per requirement. */
import { describe, expect, it } from 'vitest'
import { evaluate } from '..'
import { hostPorts } from './goals'

const pod = (ports: string) => `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
  - name: main
    image: nginx
    ports: [${ports}]
`

describe('hostPorts', () => {
  it.each([
    [
      'none wanted, one bound',
      [],
      '{containerPort: 80, hostPort: 9000}',
      '"web" still binds host port 9000.',
    ],
    [
      'none wanted, two bound',
      [],
      '{containerPort: 80, hostPort: 9001}, {containerPort: 81, hostPort: 9000}',
      '"web" still binds host ports 9000, 9001.',
    ],
    [
      'one wanted, none bound',
      [8080],
      '{containerPort: 80}',
      '"web" binds no host port yet, not host port 8080.',
    ],
    [
      'another one bound',
      [8080],
      '{containerPort: 80, hostPort: 9000}',
      '"web" binds host port 9000, not host port 8080.',
    ],
    ['met', [9000], '{containerPort: 80, hostPort: 9000}', null],
    ['none, met', [], '{containerPort: 80}', null],
  ] as const)('%s', (_, want, ports, missing) => {
    expect(hostPorts('web', want).missing(evaluate({ pod: pod(ports), policy: '' }))).toBe(missing)
  })

  it.each([
    [[], '"web" binds no host port'],
    [[443, 80], '"web" binds host ports 80, 443'],
  ] as const)('says what it asks: %j', (want, says) => {
    expect(hostPorts('web', want).says).toBe(says)
  })
})
