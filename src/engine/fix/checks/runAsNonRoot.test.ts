/**
 * Quick fixes for runAsNonRoot: kubernetes/pod-security-admission policy/check_runAsNonRoot.go (in
 * src/engine/pss/checks/runAsNonRoot.ts).
 */
import { describe } from 'vitest'
import { BASE, pod, RESTRICTED_REST, runFixTable } from '../testing/fixTable'

describe('runAsNonRoot', () => {
  runFixTable([
    {
      name: 'runAsNonRoot and seccompProfile: a pod securityContext created',
      level: 'restricted',
      before: pod(`${BASE}    securityContext:\n${RESTRICTED_REST}`),
      after: pod(
        `${BASE}    securityContext:\n${RESTRICTED_REST}  securityContext:\n    runAsNonRoot: true\n    seccompProfile:\n      type: RuntimeDefault\n`,
      ),
    },
    {
      name: 'runAsNonRoot: false in the pod set to true',
      level: 'restricted',
      before: pod(
        `  securityContext:\n    runAsNonRoot: false # was root\n    seccompProfile: {type: RuntimeDefault}\n${BASE}    securityContext:\n${RESTRICTED_REST}`,
      ),
      after: pod(
        `  securityContext:\n    runAsNonRoot: true # was root\n    seccompProfile: {type: RuntimeDefault}\n${BASE}    securityContext:\n${RESTRICTED_REST}`,
      ),
    },
  ])
})
