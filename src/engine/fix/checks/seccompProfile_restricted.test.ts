/**
 * Quick fixes for seccompProfile_restricted: kubernetes/pod-security-admission
 * policy/check_seccompProfile_restricted.go (in src/engine/pss/checks/seccompProfile_restricted.ts).
 */
import { describe } from 'vitest'
import { BASE, pod, RESTRICTED_REST, runFixTable } from '../testing/fixTable'

describe('seccompProfile_restricted', () => {
  runFixTable([
    {
      name: 'no profile: the pod gets RuntimeDefault in its securityContext',
      level: 'restricted',
      before: pod(
        `  securityContext:\n    runAsNonRoot: true # app\n${BASE}    securityContext:\n${RESTRICTED_REST}`,
      ),
      after: pod(
        `  securityContext:\n    runAsNonRoot: true # app\n    seccompProfile:\n      type: RuntimeDefault\n${BASE}    securityContext:\n${RESTRICTED_REST}`,
      ),
    },
    {
      name: 'a flow pod securityContext',
      level: 'restricted',
      before: pod(
        `  securityContext: {runAsNonRoot: true}\n${BASE}    securityContext:\n${RESTRICTED_REST}`,
      ),
      after: pod(
        `  securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}\n${BASE}    securityContext:\n${RESTRICTED_REST}`,
      ),
    },
  ])
})
