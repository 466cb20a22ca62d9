import { describe, expect, it } from 'vitest'
import { deepCopy } from './obj'
import { evaluatePsp, NO_PROVIDERS } from './evaluate'
import { pod, podWithSC, policy } from './testing/cases'
import type { Obj } from './types'

const named = (name: string, spec: Obj = {}, annotations?: Record<string, string>) => ({
  name,
  object: policy(spec, annotations, name),
})
const mutating = (name: string) =>
  named(name, { runAsUser: { rule: 'MustRunAs', ranges: [{ min: 1000, max: 1000 }] } })
const plain = (name: string) => named(name)
const strict = (name: string) => named(name, { runAsUser: { rule: 'MustRunAsNonRoot' } })

describe('evaluatePsp: choosing the policy', () => {
  it('a non-mutating policy beats a mutating one whatever the names', () => {
    const r = evaluatePsp(pod(), [plain('zzz'), mutating('aaa')])
    expect(r.policy).toBe('zzz')
    expect(r.mutations).toEqual([])
    expect(r.candidates.map((c) => [c.policy, c.allowed, c.mutating])).toEqual([
      ['aaa', true, true],
      ['zzz', true, false],
    ])
  })

  it('of two mutating policies the first by name wins, with its copy', () => {
    const r = evaluatePsp(pod(), [mutating('b'), named('a', { readOnlyRootFilesystem: true })])
    expect(r.policy).toBe('a')
    expect(r.mutations).toEqual([
      { path: 'spec.containers[0].securityContext.readOnlyRootFilesystem', value: true },
    ])
    const admitted = r.pod as { spec: { containers: Obj[] } }
    expect(admitted.spec.containers[0]?.securityContext).toEqual({ readOnlyRootFilesystem: true })
  })

  it('of two non-mutating policies the first by name (byte order, not locale) wins', () => {
    const r = evaluatePsp(pod(), [plain('ab'), plain('a.b'), plain('a-b')])
    expect(r.policy).toBe('a-b')
    expect(r.candidates.map((c) => c.policy)).toEqual(['a-b', 'a.b', 'ab'])
  })

  it('the same policy mutates one pod and not another', () => {
    expect(
      evaluatePsp(podWithSC({ runAsUser: 1000 }), [mutating('m')]).candidates[0]?.mutating,
    ).toBe(false)
    expect(evaluatePsp(pod(), [mutating('m')]).candidates[0]?.mutating).toBe(true)
  })

  it('an unusable policy that would admit is ignored, and so are its errors', () => {
    const r = evaluatePsp(
      podWithSC({ privileged: true }),
      [named('allow', { privileged: true }), plain('deny'), named('hidden')],
      {
        usable: ['deny'],
      },
    )
    expect(r.allowed).toBe(false)
    expect(r.message).toBe(
      'PodSecurityPolicy: unable to admit pod: [spec.containers[0].securityContext.privileged: Invalid value: true: Privileged containers are not allowed]',
    )
    expect(r.candidates.map((c) => [c.policy, c.usable, c.allowed])).toEqual([
      ['allow', false, true],
      ['deny', true, false],
      ['hidden', false, false],
    ])
  })

  it('no usable policy at all gives []', () => {
    const r = evaluatePsp(pod(), [plain('a')], { usable: [] })
    expect(r.message).toBe('PodSecurityPolicy: unable to admit pod: []')
    expect(r.errors).toEqual([])
  })

  it('errors of several policies are concatenated in name order, never merged', () => {
    const p = pod({ hostPID: true })
    const r = evaluatePsp(p, [strict('b'), plain('a')])
    const hostPID =
      'spec.securityContext.hostPID: Invalid value: true: Host PID is not allowed to be used'
    expect(r.errors).toEqual([hostPID, hostPID])
    expect(r.message).toBe(`PodSecurityPolicy: unable to admit pod: [${hostPID} ${hostPID}]`)
    expect(r.errorDetails.map((e) => e.policy)).toEqual(['a', 'b'])
    expect(r.mutations).toEqual([])
    expect(r.pod).toBeNull()
  })

  it('an admitted pod may list the errors of other policies; the annotation is overwritten', () => {
    const p = pod({}, { annotations: { 'kubernetes.io/psp': 'user-wrote-this' } })
    const before = deepCopy(p)
    const r = evaluatePsp(p, [
      named(
        'a',
        { volumes: [] },
        { 'seccomp.security.alpha.kubernetes.io/allowedProfileNames': 'localhost/x' },
      ),
      plain('b'),
    ])
    expect(r.allowed).toBe(true)
    expect(r.policy).toBe('b')
    expect(r.errors).toHaveLength(2)
    expect(
      (r.pod as { metadata: { annotations: Obj } }).metadata.annotations['kubernetes.io/psp'],
    ).toBe('b')
    expect(p).toEqual(before)
  })

  it('no policy, or none buildable: no providers', () => {
    expect(evaluatePsp(pod(), []).message).toBe(NO_PROVIDERS)
    const r = evaluatePsp(pod(), [named('x', { runAsUser: { rule: 'MustRunAs' } })])
    expect(r.message).toBe(NO_PROVIDERS)
    expect(r.candidates).toEqual([
      {
        policy: 'x',
        usable: true,
        allowed: false,
        mutating: false,
        errors: [],
        skipped: 'MustRunAs requires at least one range',
      },
    ])
  })

  it('an invalid policy is left out, with its problems', () => {
    const r = evaluatePsp(pod(), [named('bad', { volumes: ['none'] }), plain('good')])
    expect(r.policy).toBe('good')
    expect(r.candidates.map((c) => c.policy)).toEqual(['good'])
    expect(r.policyProblems[0]?.policy).toBe('bad')
    expect(r.policyProblems[0]?.path).toEqual(['spec', 'volumes', 0])
  })

  it('a later policy with the same name replaces the earlier one', () => {
    const r = evaluatePsp(podWithSC({ privileged: true }), [
      named('p'),
      named('p', { privileged: true }),
    ])
    expect(r.allowed).toBe(true)
    expect(r.policyProblems.map((p) => p.severity)).toEqual(['warning'])
  })

  it('mutationDetails keep the replaced value', () => {
    const r = evaluatePsp(podWithSC({ capabilities: { add: ['CHOWN'] } }), [
      named('p', { defaultAddCapabilities: ['KILL'], allowedCapabilities: ['CHOWN'] }),
    ])
    expect(r.mutationDetails).toEqual([
      {
        path: ['spec', 'containers', 0, 'securityContext', 'capabilities'],
        value: { add: ['CHOWN', 'KILL'] },
        before: { add: ['CHOWN'] },
      },
    ])
  })

  it.each([
    ['null', null],
    ['a string', 'pod'],
    ['a spec of the wrong type', { spec: 'x' }],
    [
      'containers of the wrong type',
      { spec: { containers: 'x', volumes: [null, 3], securityContext: 7 } },
    ],
    [
      'null containers and fields',
      {
        spec: {
          containers: [null, { securityContext: { capabilities: { add: 'x' }, runAsUser: '0' } }],
        },
      },
    ],
  ])('never throws on %s', (_, p) => {
    const strictPolicy = named('s', {
      runAsUser: { rule: 'MustRunAs', ranges: [{ min: 1, max: 1 }] },
      requiredDropCapabilities: ['ALL'],
      volumes: [],
      readOnlyRootFilesystem: true,
    })
    expect(() => evaluatePsp(p, [strictPolicy, plain('open')])).not.toThrow()
  })
})
