/**
 * Quick fixes for procMount_restricted: kubernetes/pod-security-admission
 * policy/check_procMount.go (restricted from v1.35, in src/engine/pss/checks/procMount_restricted.ts).
 */
import { describe } from 'vitest'
import { BASE, pod, RESTRICTED_POD, runFixTable } from '../testing/fixTable'

describe('procMount_restricted', () => {
  runFixTable([
    {
      name: 'Unmasked in a user-namespaced pod set to Default',
      level: 'restricted',
      before: pod(
        `  hostUsers: false\n${RESTRICTED_POD}${BASE}    securityContext:\n      procMount: Unmasked # see /proc\n      allowPrivilegeEscalation: false\n      capabilities: {drop: [ALL]}\n`,
      ),
      after: pod(
        `  hostUsers: false\n${RESTRICTED_POD}${BASE}    securityContext:\n      procMount: Default # see /proc\n      allowPrivilegeEscalation: false\n      capabilities: {drop: [ALL]}\n`,
      ),
    },
  ])
})
