/**
 * Quick fixes for capabilities_restricted: kubernetes/pod-security-admission policy/check_capabilities_restricted.go (in
 * src/engine/pss/checks/capabilities_restricted.ts).
 */
import { describe } from 'vitest'
import { BASE, pod, RESTRICTED_POD, runFixTable } from '../testing/fixTable'

describe('capabilities_restricted', () => {
  runFixTable([
    {
      name: 'capabilities_restricted: ALL appended to a block drop',
      level: 'restricted',
      before: pod(
        `${RESTRICTED_POD}${BASE}    securityContext:\n      allowPrivilegeEscalation: false\n      capabilities:\n        drop:\n        - NET_RAW # raw sockets\n`,
      ),
      after: pod(
        `${RESTRICTED_POD}${BASE}    securityContext:\n      allowPrivilegeEscalation: false\n      capabilities:\n        drop:\n        - NET_RAW # raw sockets\n        - ALL\n`,
      ),
    },
    {
      name: 'capabilities_restricted: flow add and drop',
      level: 'restricted',
      before: pod(
        `${RESTRICTED_POD}${BASE}    securityContext: {allowPrivilegeEscalation: false, capabilities: {add: [SYS_TIME, NET_BIND_SERVICE], drop: [NET_RAW]}}\n`,
      ),
      after: pod(
        `${RESTRICTED_POD}${BASE}    securityContext: {allowPrivilegeEscalation: false, capabilities: {add: [NET_BIND_SERVICE], drop: [NET_RAW, ALL]}}\n`,
      ),
    },
  ])
})
