/**
 * Quick fixes for privileged: kubernetes/pod-security-admission policy/check_privileged.go (in
 * src/engine/pss/checks/privileged.ts).
 */
import { describe } from 'vitest'
import { BASE, pod, runFixTable } from '../testing/fixTable'

describe('privileged', () => {
  runFixTable([
    {
      name: 'privileged',
      level: 'baseline',
      before: pod(`${BASE}    securityContext:\n      privileged: true # why\n`),
      after: pod(`${BASE}    securityContext:\n      privileged: false # why\n`),
    },
    {
      name: 'a Deployment: the template is fixed',
      level: 'baseline',
      before:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata: {labels: {a: b}}\n    spec:\n      containers:\n      - name: c\n        image: i\n        securityContext: {privileged: true}\n',
      after:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata: {labels: {a: b}}\n    spec:\n      containers:\n      - name: c\n        image: i\n        securityContext: {privileged: false}\n',
    },
  ])
})
