/**
 * Quick fixes for hostNamespaces: kubernetes/pod-security-admission policy/check_hostNamespaces.go (in
 * src/engine/pss/checks/hostNamespaces.ts).
 */
import { describe } from 'vitest'
import { BASE, pod, runFixTable } from '../testing/fixTable'

describe('hostNamespaces', () => {
  runFixTable([
    {
      name: 'hostNamespaces, block',
      level: 'baseline',
      before: pod(`  hostPID: true # ps\n  hostIPC: yes\n${BASE}`),
      after: pod(`  hostPID: false # ps\n  hostIPC: false\n${BASE}`),
    },
    {
      name: 'hostNamespaces, flow',
      level: 'baseline',
      before:
        'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {hostNetwork: true, containers: [{name: c, image: i}]} # flow\n',
      after:
        'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {hostNetwork: false, containers: [{name: c, image: i}]} # flow\n',
    },
  ])
})
