/**
 * A workload's ValidatingAdmissionPolicy badge, the worst first (spec §11, §13: a kept denial
 * refuses the request, Warn prints warnings, Audit only records), from its results.
 */
import { describe, expect, it } from 'vitest'
import type { AdmissionPolicyResult } from '../report'
import { type AdmissionOutcome, admissionOutcome } from './outcome'

const result = (
  policy: string,
  actions: AdmissionPolicyResult['actions'],
  failing: boolean,
  extra: Partial<AdmissionPolicyResult> = {},
): AdmissionPolicyResult => {
  const failures = failing ? [{ expression: 'false', message: `${policy} fails` }] : []
  const warns = actions.includes('Warn') ? failures.map((f) => `${policy}: ${f.message}`) : []
  return {
    object: { kind: 'Deployment', namespace: 'default', name: 'web', editor: 'pod', line: 1 },
    policy,
    binding: `${policy}-binding`,
    actions,
    allowed: !(failing && actions.includes('Deny')),
    message: null,
    failures,
    ...(warns.length > 0 && { warnings: warns }),
    ...extra,
  }
}

describe('admissionOutcome', () => {
  it.each<[string, AdmissionPolicyResult[], Pick<AdmissionOutcome, 'verdict' | 'text'> | null]>([
    ['no binding matched', [], null],
    [
      'matchConditions skipped the only one',
      [result('a', ['Deny'], false, { skipped: 'excluded' })],
      null,
    ],
    [
      'every binding passes',
      [result('a', ['Deny'], false), result('b', ['Warn'], false)],
      { verdict: 'passes', text: 'VAP: passes' },
    ],
    [
      'one Deny fails',
      [result('a', ['Deny'], true)],
      { verdict: 'denied', text: 'VAP: denied by a' },
    ],
    [
      'denied by two policies',
      [result('a', ['Deny'], true), result('b', ['Deny'], true)],
      { verdict: 'denied', text: 'VAP: denied by a and 1 more' },
    ],
    [
      'the workload passes, the Pod its template creates is denied',
      [
        result('a', ['Deny'], false),
        result('a', ['Deny'], true, {
          object: {
            kind: 'Pod',
            namespace: 'default',
            name: '',
            editor: 'pod',
            line: 1,
            templateOf: 'Deployment/web',
          },
        }),
      ],
      { verdict: 'denied', text: 'VAP: denied by a' },
    ],
    [
      'a denial beats warnings',
      [result('w', ['Warn'], true), result('a', ['Deny'], true)],
      { verdict: 'denied', text: 'VAP: denied by a' },
    ],
    [
      'a configuration error under Fail denies whatever the actions',
      [result('a', ['Audit'], true, { allowed: false })],
      { verdict: 'denied', text: 'VAP: denied by a' },
    ],
    [
      'two warnings',
      [result('w', ['Warn'], true), result('v', ['Warn', 'Audit'], true)],
      { verdict: 'warned', text: 'VAP: 2 warnings' },
    ],
    [
      'one warning said twice counts once',
      [result('w', ['Warn'], true), result('w', ['Warn'], true)],
      { verdict: 'warned', text: 'VAP: 1 warning' },
    ],
    [
      'Audit only',
      [result('a', ['Audit'], true)],
      { verdict: 'audited', text: 'VAP: audited by a' },
    ],
    [
      'an error Ignore dropped passes',
      [result('a', ['Deny'], false, { ignored: [{ expression: 'x', message: 'no such key: x' }] })],
      { verdict: 'passes', text: 'VAP: passes' },
    ],
  ])('%s', (_name, results, want) => {
    const got = admissionOutcome(results)
    expect(got && { verdict: got.verdict, text: got.text }).toEqual(want)
  })

  it('names the policies behind the verdict once each', () => {
    expect(
      admissionOutcome([
        result('a', ['Deny'], true),
        result('b', ['Deny'], false),
        result('a', ['Deny'], true),
      ])?.policies,
    ).toEqual(['a'])
  })
})
