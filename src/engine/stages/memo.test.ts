/**
 * Per-workload memoisation: an evaluation that reuses the workloads of earlier ones gives exactly
 * the report a fresh evaluation gives (the reference is the engine itself, evaluate.ts, run with
 * new caches and a new memo), and reuses the unchanged workloads' results by identity.
 */
import { describe, expect, it } from 'vitest'
import { evaluate } from '..'
import type { EngineInput } from '../report'
import { createWorkloadMemo } from './memo'

const deployment = (i: number, extra = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
  namespace: team-${i % 2}
spec:
  selector: {matchLabels: {app: a${i}}}
  template:
    metadata: {labels: {app: a${i}}}
    spec:
      securityContext:
        runAsUser: ${1000 + i}${extra}
      containers:
      - name: main
        image: nginx
        securityContext:
          privileged: ${i % 2 === 0}
          capabilities: {add: [NET_ADMIN]}
        ports: [{containerPort: 80, hostPort: 8080}]
      - name: bad
        image: nginx
        imagePullPolicy: Sometimes
        securityContext: {runAsUser: -1}
`
const manifest = (n: number, edit?: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => edit?.(i) ?? deployment(i)).join('---\n')

const NS = (level: string) => `apiVersion: v1
kind: Namespace
metadata:
  name: team-0
  labels: {pod-security.kubernetes.io/enforce: ${level}}
`
const PSP = (caps: string) => `apiVersion: policy/v1beta1
kind: PodSecurityPolicy
metadata: {name: p}
spec:
  privileged: false
  allowedCapabilities: [${caps}]
  runAsUser: {rule: MustRunAsNonRoot}
  seLinux: {rule: RunAsAny}
  fsGroup: {rule: RunAsAny}
  supplementalGroups: {rule: RunAsAny}
  volumes: ['*']
`

const base: EngineInput = { pod: manifest(4), policy: `${NS('baseline')}---\n${PSP('CHOWN')}` }

/** Each step is an input evaluated after the one before, with the same caches and memo. */
const STEPS: [string, EngineInput][] = [
  ['the start', base],
  [
    'a value changed in the last document',
    {
      ...base,
      pod: manifest(4, (i) => (i === 3 ? deployment(3, '\n        fsGroup: 3') : deployment(i))),
    },
  ],
  [
    'lines added to the first document (the others move)',
    {
      ...base,
      pod: manifest(4, (i) => (i === 0 ? `# one\n# two\n${deployment(0)}` : deployment(i))),
    },
  ],
  ['lines removed again', base],
  ['the namespace level changed', { ...base, policy: `${NS('restricted')}---\n${PSP('CHOWN')}` }],
  [
    'the PodSecurityPolicy changed',
    { ...base, policy: `${NS('baseline')}---\n${PSP('NET_ADMIN')}` },
  ],
  [
    'the policy editor moved its PodSecurityPolicy down',
    { ...base, policy: `${NS('baseline')}\n\n---\n${PSP('NET_ADMIN')}` },
  ],
  ['an option changed', { ...base, options: { level: 'restricted', runtime: 'cri-o' } }],
  ['the same document twice', { ...base, pod: `${deployment(1)}---\n${deployment(1)}` }],
  [
    'a byte order mark before a moved document',
    { ...base, pod: `${deployment(0)}---\n\uFEFF${deployment(1)}` },
  ],
  [
    'a document broken, then the rest',
    { ...base, pod: manifest(3, (i) => (i === 1 ? 'kind: [' : deployment(i))) },
  ],
  ['back to the start', base],
]

describe('per-workload memoisation gives the fresh report', () => {
  const caches = { pod: new Map(), policy: new Map() }
  const memo = createWorkloadMemo()
  it.each(STEPS)('%s', (_name, input) => {
    const reused = evaluate(input, { caches, memo })
    const fresh = evaluate(input, {
      caches: { pod: new Map(), policy: new Map() },
      memo: createWorkloadMemo(),
    })
    expect(reused).toEqual(fresh)
  })
})

describe('unchanged workloads are not judged again', () => {
  it('keeps the results of the documents an edit did not touch, moved when lines were added', () => {
    const caches = { pod: new Map(), policy: new Map() }
    const memo = createWorkloadMemo()
    const first = evaluate(base, { caches, memo })
    const edited = evaluate(
      {
        ...base,
        pod: manifest(4, (i) => (i === 1 ? deployment(1, '\n        fsGroup: 3') : deployment(i))),
      },
      { caches, memo },
    )
    expect(edited.workloads.map((w, i) => w === first.workloads[i])).toEqual([
      true,
      false,
      false,
      false,
    ])
    // documents 2 and 3 moved one line down: moved copies; the earlier report is unchanged
    expect(edited.workloads[2]!.line).toBe(first.workloads[2]!.line + 1)
    expect(edited.workloads[2]!.podSecurity).not.toBe(first.workloads[2]!.podSecurity)
    const again = evaluate(
      {
        ...base,
        pod: manifest(4, (i) => (i === 1 ? deployment(1, '\n        fsGroup: 3') : deployment(i))),
      },
      { caches, memo },
    )
    expect(again.workloads.every((w, i) => w === edited.workloads[i])).toBe(true)
    const otherLevel = evaluate({ ...base, options: { level: 'restricted' } }, { caches, memo })
    expect(otherLevel.workloads.some((w, i) => w === first.workloads[i])).toBe(false)
  })
})
