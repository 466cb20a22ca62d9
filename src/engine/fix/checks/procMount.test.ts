/**
 * Quick fixes for procMount: kubernetes/pod-security-admission policy/check_procMount.go (in
 * src/engine/pss/checks/procMount.ts).
 */
import { describe } from 'vitest'
import { BASE, pod, runFixTable } from '../testing/fixTable'

describe('procMount', () => {
  runFixTable([
    {
      name: 'procMount',
      level: 'baseline',
      before: pod(`${BASE}    securityContext:\n      procMount: Unmasked\n`),
      after: pod(`${BASE}    securityContext:\n      procMount: Default\n`),
    },
  ])
})
