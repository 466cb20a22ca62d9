/**
 * Quick fixes for capabilities_baseline: kubernetes/pod-security-admission policy/check_capabilities_baseline.go (in
 * src/engine/pss/checks/capabilities_baseline.ts).
 */
import { describe } from 'vitest'
import { BASE, pod, runFixTable } from '../testing/fixTable'

describe('capabilities_baseline', () => {
  runFixTable([
    {
      name: 'capabilities_baseline, block',
      level: 'baseline',
      before: pod(
        `${BASE}    securityContext:\n      capabilities:\n        add:\n        - NET_ADMIN # tc\n        - CHOWN\n`,
      ),
      after: pod(
        `${BASE}    securityContext:\n      capabilities:\n        add:\n        # tc\n        - CHOWN\n`,
      ),
    },
  ])
})
