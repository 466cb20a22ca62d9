/** Where a field stands in the pod, and what a value there does to the Pod Security level. */
import { describe, expect, it } from 'vitest'
import { podPathOf, podSecurityEffects } from './podEffect'

describe('podPathOf', () => {
  it.each([
    ['Pod', 'spec.hostPID', 'spec.hostPID'],
    [
      'Pod',
      'spec.containers.[].securityContext.privileged',
      'spec.containers.[].securityContext.privileged',
    ],
    ['Deployment', 'spec.template.spec.hostIPC', 'spec.hostIPC'],
    [
      'CronJob',
      'spec.jobTemplate.spec.template.spec.initContainers.[].securityContext.procMount',
      'spec.initContainers.[].securityContext.procMount',
    ],
    ['Pod', 'metadata.name', null],
    ['Deployment', 'spec.replicas', null],
    ['PodSecurityPolicy', 'spec.privileged', null],
    ['Service', 'spec.type', null],
  ])('%s %s -> %s', (kind, path, want) => {
    expect(podPathOf(kind, path.split('.'))?.join('.') ?? null).toBe(want)
  })
})

describe('podSecurityEffects', () => {
  const cases: { path: string; values: string[]; want: (string | RegExp)[] }[] = [
    {
      path: 'spec.containers.[].securityContext.privileged',
      values: ['true', 'false'],
      want: [/privileged at most; fails baseline \(Privileged/, 'Pod Security: meets restricted.'],
    },
    {
      path: 'spec.containers.[].securityContext.capabilities.drop.[]',
      values: ['ALL', 'NET_RAW'],
      want: ['Pod Security: meets restricted.', /baseline at most; fails restricted/],
    },
    {
      path: 'spec.ephemeralContainers.[].securityContext.runAsNonRoot',
      values: ['true', 'false'],
      want: ['Pod Security: meets restricted.', /baseline at most; fails restricted/],
    },
    { path: 'spec.containers.[].imagePullPolicy', values: ['Always', 'Never'], want: ['', ''] },
  ]
  it.each(cases)('$path', ({ path, values, want }) => {
    const got = podSecurityEffects(path.split('.'), values)
    want.forEach((w, i) => {
      if (typeof w === 'string') expect(got[i]).toBe(w)
      else expect(got[i]).toMatch(w)
    })
  })
})
