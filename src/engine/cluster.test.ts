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
