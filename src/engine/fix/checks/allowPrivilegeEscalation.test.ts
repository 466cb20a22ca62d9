/**
 * Quick fixes for allowPrivilegeEscalation: kubernetes/pod-security-admission policy/check_allowPrivilegeEscalation.go (in
 * src/engine/pss/checks/allowPrivilegeEscalation.ts).
 */
import { describe } from 'vitest'
import { BASE, pod, RESTRICTED_POD, runFixTable } from '../testing/fixTable'

describe('allowPrivilegeEscalation', () => {
  runFixTable([
    {
      name: 'allowPrivilegeEscalation, into an existing securityContext',
      level: 'restricted',
      before: pod(
        `${RESTRICTED_POD}${BASE}    securityContext:\n      capabilities:\n        drop: [ALL]\n`,
      ),
      after: pod(
        `${RESTRICTED_POD}${BASE}    securityContext:\n      capabilities:\n        drop: [ALL]\n      allowPrivilegeEscalation: false\n`,
      ),
    },
    {
      name: 'allowPrivilegeEscalation: true set to false',
      level: 'restricted',
      before: pod(
        `${RESTRICTED_POD}${BASE}    securityContext:\n      allowPrivilegeEscalation: true # no\n      capabilities:\n        drop: [ALL]\n`,
      ),
      after: pod(
        `${RESTRICTED_POD}${BASE}    securityContext:\n      allowPrivilegeEscalation: false # no\n      capabilities:\n        drop: [ALL]\n`,
      ),
    },
    {
      name: 'an empty securityContext: gets its block',
      level: 'restricted',
      before: pod(`${RESTRICTED_POD}${BASE}    securityContext: # to do\n`),
      after: pod(
        `${RESTRICTED_POD}${BASE}    securityContext: # to do\n      allowPrivilegeEscalation: false\n      capabilities:\n        drop:\n          - ALL\n`,
      ),
    },
    {
      name: 'Windows line ends kept in new lines',
      level: 'restricted',
      before: pod(
        `${RESTRICTED_POD}${BASE}    securityContext:\n      capabilities:\n        drop: [ALL]\n`,
      ).replace(/\n/g, '\r\n'),
      after: pod(
        `${RESTRICTED_POD}${BASE}    securityContext:\n      capabilities:\n        drop: [ALL]\n      allowPrivilegeEscalation: false\n`,
      ).replace(/\n/g, '\r\n'),
    },
  ])
})
