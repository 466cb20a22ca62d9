/**
 * The objects as the cluster holds them after `kubectl apply` (cli-and-report.md "Additions
 * (turn 2)"; kubectl/pkg/cmd/apply/apply.go applies every document in order, so the last one of a
 * name stands) and the policy editor as the cluster as it is.
 */
import { describe, expect, it } from 'vitest'
import { evaluate } from '.'
import { ladder } from './format/text'

const ns = (name: string, labels = '') =>
  `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n${labels ? `  labels: {${labels}}\n` : ''}`
const pod = (name: string, namespace: string, extra = '') =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}, namespace: ${namespace}}\nspec:\n  containers: [{name: c, image: nginx${extra}}]\n`
const ENFORCE_RESTRICTED = 'pod-security.kubernetes.io/enforce: restricted'
const ENFORCE_BASELINE = 'pod-security.kubernetes.io/enforce: baseline'

describe('namespaces', () => {
  it.each([
    // [case, pod editor, policy editor, enforced level, source]
    [
      'a labelled Namespace in the policy editor',
      pod('a', 'x'),
      ns('x', ENFORCE_RESTRICTED),
      'restricted',
      'namespace',
    ],
    [
      'the policy editor wins over an unlabelled one in the install (dashboard)',
      `${ns('x')}---\n${pod('a', 'x')}`,
      ns('x', ENFORCE_RESTRICTED),
      'restricted',
      'namespace',
    ],
    [
      'the policy editor wins over a labelled one in the install',
      `${ns('x', ENFORCE_BASELINE)}---\n${pod('a', 'x')}`,
      ns('x', ENFORCE_RESTRICTED),
      'restricted',
      'namespace',
    ],
    [
      'two in one editor: the later stands',
      `${ns('x', ENFORCE_RESTRICTED)}---\n${ns('x', ENFORCE_BASELINE)}---\n${pod('a', 'x')}`,
      '',
      'baseline',
      'namespace',
    ],
    [
      'an unlabelled Namespace: PSA defaults',
      `${ns('x')}---\n${pod('a', 'x')}`,
      '',
      'privileged',
      'default',
    ],
    ['an undeclared namespace: PSA defaults', pod('a', 'x'), '', 'privileged', 'default'],
  ])('%s', (_case, podText, policyText, level, source) => {
    const ps = evaluate({ pod: podText, policy: policyText }).workloads[0]!.podSecurity!
    expect([ps.level, ps.source]).toEqual([level, source])
  })

  it('warns at both lines of a conflict, naming the other', () => {
    const r = evaluate({
      pod: `${ns('x')}---\n${pod('a', 'x')}`,
      policy: ns('x', ENFORCE_RESTRICTED),
    })
    const conflicts = r.problems.filter((p) => p.code === 'namespace-conflict')
    expect(conflicts.map((p) => [p.editor, p.line, p.severity])).toEqual([
      ['pod', 4, 'warning'],
      ['policy', 4, 'warning'],
    ])
    expect(conflicts[0]!.message).toContain('policy editor line 1')
    expect(conflicts[1]!.message).toContain('pod editor line 1')
  })

  it('says why the default applies to an undeclared namespace', () => {
    const ps = evaluate({ pod: pod('a', 'x'), policy: '' }).workloads[0]!.podSecurity!
    expect(ps.sourceDetail).toMatch(/^Namespace "x" is not in either editor/)
    expect(ps.sourceDetail).toContain('privileged:latest')
  })
})

describe('objects applied twice', () => {
  it('the later Pod stands; the earlier is warned about and not judged', () => {
    const r = evaluate({
      pod: `${pod('a', 'x', ', securityContext: {privileged: true}')}---\n${pod('a', 'x')}`,
      policy: '',
    })
    expect(r.workloads).toHaveLength(1)
    expect(r.workloads[0]!.line).toBe(7)
    expect(r.workloads[0]!.effective.containers[0]!.privileged).toBe(false)
    const dup = r.problems.find((p) => p.code === 'duplicate-object')!
    expect([dup.line, dup.severity]).toEqual([3, 'warning'])
    expect(dup.message).toContain('pod editor line 7')
  })

  it.each([
    ['same name in two namespaces', pod('a', 'x'), pod('a', 'y'), 2],
    [
      'same name, two kinds',
      pod('a', 'x'),
      pod('a', 'x').replace('kind: Pod', 'kind: PodTemplate').replace('spec:', 'template:\n spec:'),
      2,
    ],
  ])('%s: both stand', (_case, first, second, n) => {
    expect(evaluate({ pod: `${first}---\n${second}`, policy: '' }).workloads).toHaveLength(n)
  })
})

describe('the ladder', () => {
  it('judges every level, whatever is enforced', () => {
    const r = evaluate({ pod: pod('a', 'x', ', securityContext: {privileged: true}'), policy: '' })
    const ps = r.workloads[0]!.podSecurity!
    expect([ps.level, ps.allowed, ps.highestLevel]).toEqual(['privileged', true, 'privileged'])
    expect(ladder(ps.levels!)).toBe(
      'privileged: yes; baseline: no, 1 check; restricted: no, 5 checks',
    )
    expect(ps.levels!.baseline.violations[0]!.locations![0]!.path).toBe(
      'spec.containers[0].securityContext.privileged',
    )
  })
})

// Issue 11: both editors hold whole installs; the pod editor is applied over the policy editor.
const netpol = (
  name: string,
  namespace: string,
  spec = '{podSelector: {}, policyTypes: [Ingress]}',
) =>
  `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: ${name}, namespace: ${namespace}}\nspec: ${spec}\n`
const psp = (name: string, privileged: boolean) =>
  `apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata: {name: ${name}}\nspec: {privileged: ${privileged}, seLinux: {rule: RunAsAny}, runAsUser: {rule: RunAsAny}, supplementalGroups: {rule: RunAsAny}, fsGroup: {rule: RunAsAny}, volumes: ['*']}\n`
const ALLOW_ALL = '{podSelector: {}, ingress: [{}], policyTypes: [Ingress]}'
const served = (name: string, namespace: string) =>
  pod(name, namespace, ', ports: [{containerPort: 80}]')

describe('both editors hold whole installs', () => {
  it.each([
    // [case, pod editor, policy editor, connections "from->to allowed", replaced warnings]
    [
      'a NetworkPolicy in the install counts',
      `${served('a', 'x')}---\n${served('b', 'x')}---\n${netpol('deny', 'x')}`,
      '',
      ['x/a->x/b false', 'x/b->x/a false'],
      0,
    ],
    [
      'a NetworkPolicy in the cluster counts',
      `${served('a', 'x')}---\n${served('b', 'x')}`,
      netpol('deny', 'x'),
      ['x/a->x/b false', 'x/b->x/a false'],
      0,
    ],
    [
      'the applied NetworkPolicy replaces the cluster one of the same name',
      `${served('a', 'x')}---\n${served('b', 'x')}---\n${netpol('deny', 'x', ALLOW_ALL)}`,
      netpol('deny', 'x'),
      ['x/a->x/b true', 'x/b->x/a true'],
      2,
    ],
    [
      'a running Pod in the cluster joins the network as a pod, not judged',
      served('a', 'x'),
      `${served('b', 'x')}---\n${netpol('deny', 'x')}`,
      ['x/a->x/b false', 'x/b->x/a false'],
      0,
    ],
    [
      'a running Pod the install applies again is replaced by it',
      served('a', 'x'),
      `${served('a', 'x')}---\n${netpol('deny', 'x')}`,
      [],
      0,
    ],
  ])('%s', (_case, podText, policyText, connections, replaced) => {
    const r = evaluate({ pod: podText, policy: policyText })
    expect(r.workloads.map((w) => w.editor)).toEqual(r.workloads.map(() => 'pod'))
    expect(r.network!.connections.map((c) => `${c.from}->${c.to} ${c.allowed}`)).toEqual(
      connections,
    )
    expect(r.problems.filter((p) => p.code === 'replaced-in-cluster')).toHaveLength(replaced)
  })

  it.each([
    ['a PodSecurityPolicy in the install counts', psp('open', true), '', true],
    ['a PodSecurityPolicy in the cluster counts', '', psp('open', true), true],
    ['the applied one replaces the cluster one', psp('open', false), psp('open', true), false],
    [
      'the cluster one stays when the install has another name',
      psp('closed', false),
      psp('open', true),
      true,
    ],
  ])('%s', (_case, podPolicies, policyText, admitted) => {
    const privileged = pod('a', 'x', ', securityContext: {privileged: true}')
    const r = evaluate({ pod: `${privileged}---\n${podPolicies}`, policy: policyText })
    expect(r.workloads).toHaveLength(1)
    expect(r.workloads[0]!.podSecurityPolicy!.allowed).toBe(admitted)
  })

  it('a Pod in the cluster is noted as running, not judged', () => {
    const r = evaluate({ pod: '', policy: served('b', 'x') })
    expect(r.workloads).toEqual([])
    expect(r.problems.map((p) => [p.editor, p.code, p.severity])).toEqual([
      ['policy', 'in-cluster', 'info'],
    ])
  })
})
