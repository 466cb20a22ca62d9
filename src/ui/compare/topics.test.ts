import { describe, expect, it } from 'vitest'
import { compareHead, topicOf } from './topics'

describe('topicOf', () => {
  it.each([
    ['effective.containers[main].capabilities', 'Capabilities', 'container main'],
    ['effective.initContainers[init].privileged', 'Privileged', 'container init'],
    ['effective.containers[a.b].allowPrivilegeEscalation', 'Privilege escalation', 'container a.b'],
    ['effective.containers[main].runAsUser', 'User', 'container main'],
    ['effective.containers[main].runAsNonRoot', 'User', 'container main'],
    [
      'effective.containers[main].readOnlyRootFilesystem',
      'Writable root filesystem',
      'container main',
    ],
    ['effective.containers[sidecar]', 'Container', 'sidecar'],
    ['effective.ephemeralContainers[debug]', 'Ephemeral container', 'debug'],
    ['hostNetwork', 'Host namespace', 'hostNetwork'],
    ['hostUsers', 'Host namespace', 'hostUsers'],
    ['hostPorts', 'Host ports', ''],
    ['effective.volumes.hostPath', 'hostPath volumes', ''],
    ['podSecurity.highest', 'Highest Pod Security level', ''],
    ['podSecurity.allowed', 'Admission: Pod Security', ''],
    ['podSecurityPolicy.allowed', 'Admission: PodSecurityPolicy', ''],
    ['apiServer.allowed', 'Admission: API server', ''],
    ['node.starts', 'Starts on the node', ''],
    ['workload', 'Workload', ''],
    ['connection x/a -> y/b 80/TCP', 'Network', 'x/a -> y/b 80/TCP'],
    ['constructor', 'constructor', ''],
    ['something.new', 'something.new', ''],
  ])('%s is %s (%s)', (field, label, detail) => {
    expect(topicOf(field)).toEqual({ label, detail })
  })
})

describe('compareHead', () => {
  it.each([
    [[], '0 changes: 0 grant more privilege, 0 less, 0 neutral'],
    [['more'], '1 change: 1 grants more privilege, 0 less, 0 neutral'],
    [['more', 'less', 'neutral', 'less'], '4 changes: 1 grants more privilege, 2 less, 1 neutral'],
  ] as const)('%j', (directions, head) => {
    expect(compareHead(directions)).toBe(head)
  })
})
