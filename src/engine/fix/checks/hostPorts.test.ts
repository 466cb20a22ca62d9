/**
 * Quick fixes for hostPorts: kubernetes/pod-security-admission policy/check_hostPorts.go (in
 * src/engine/pss/checks/hostPorts.ts).
 */
import { describe } from 'vitest'
import { BASE, pod, runFixTable } from '../testing/fixTable'

describe('hostPorts', () => {
  runFixTable([
    {
      name: 'hostPorts, the comment kept',
      level: 'baseline',
      before: pod(
        `${BASE}    ports:\n    - containerPort: 80\n      hostPort: 8080 # on the node\n`,
      ),
      after: pod(`${BASE}    ports:\n    - containerPort: 80\n      # on the node\n`),
    },
    {
      name: 'hostPorts, first key of the item',
      level: 'baseline',
      before: pod(`${BASE}    ports:\n    - hostPort: 8080\n      containerPort: 80\n`),
      after: pod(`${BASE}    ports:\n    - containerPort: 80\n`),
    },
    {
      name: 'hostPorts, flow',
      level: 'baseline',
      before: pod(`${BASE}    ports: [{containerPort: 80, hostPort: 8080}]\n`),
      after: pod(`${BASE}    ports: [{containerPort: 80}]\n`),
    },
    {
      name: 'Windows line ends: a removed line takes its own line end',
      level: 'baseline',
      before: pod(
        `${BASE}    ports:\n    - containerPort: 80\n      hostPort: 8080\n      protocol: TCP\n`,
      ).replace(/\n/g, '\r\n'),
      after: pod(`${BASE}    ports:\n    - containerPort: 80\n      protocol: TCP\n`).replace(
        /\n/g,
        '\r\n',
      ),
    },
  ])
})
