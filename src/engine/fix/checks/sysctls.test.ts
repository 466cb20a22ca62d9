/**
 * Quick fixes for sysctls: kubernetes/pod-security-admission policy/check_sysctls.go (in
 * src/engine/pss/checks/sysctls.ts).
 */
import { describe } from 'vitest'
import { BASE, pod, runFixTable } from '../testing/fixTable'

describe('sysctls', () => {
  runFixTable([
    {
      name: 'sysctls',
      level: 'baseline',
      before: pod(
        `  securityContext:\n    sysctls:\n    - name: kernel.msgmax # unsafe\n      value: "65536"\n    - name: net.ipv4.tcp_syncookies\n      value: "1"\n${BASE}`,
      ),
      after: pod(
        `  securityContext:\n    sysctls:\n    # unsafe\n    - name: net.ipv4.tcp_syncookies\n      value: "1"\n${BASE}`,
      ),
    },
  ])
})
