import { describe, expect, it } from 'vitest'
import type { PodSecurityReport } from '../report'
import {
  describeChecks,
  isLevel,
  isValidVersion,
  NEWEST_VERSION,
  podSecurityFor,
  PSS_LEVELS,
} from '.'

const P = 'pod-security.kubernetes.io/'
const plain = {
  metadata: { name: 'nginx' },
  spec: { containers: [{ name: 'nginx', image: 'nginx' }] },
}
const privilegedPod = {
  metadata: { name: 'p' },
  spec: { containers: [{ name: 'c', securityContext: { privileged: true } }] },
}
const RESTRICTED_NGINX =
  'allowPrivilegeEscalation != false (container "nginx" must set securityContext.allowPrivilegeEscalation=false), unrestricted capabilities (container "nginx" must set securityContext.capabilities.drop=["ALL"]), runAsNonRoot != true (pod or container "nginx" must set securityContext.runAsNonRoot=true), seccompProfile (pod or container "nginx" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")'

describe('podSecurityFor', () => {
  it("enforces PSA's default privileged:latest without labels, and judges every level", () => {
    const r = podSecurityFor(plain, { namespaceLabels: null })
    expect([r.level, r.version, r.source, r.allowed]).toEqual([
      'privileged',
      'latest',
      'default',
      true,
    ])
    expect(r.levels.privileged).toEqual({ allowed: true, violations: [] })
    expect(r.levels.baseline).toEqual({ allowed: true, violations: [] })
    expect(r.levels.restricted.allowed).toBe(false)
    expect(r.levels.restricted.violations.map((v) => v.check)).toEqual([
      'allowPrivilegeEscalation',
      'capabilities_restricted',
      'runAsNonRoot',
      'seccompProfile_restricted',
    ])
    expect(r.highestLevel).toBe('baseline')
  })

  it('enforces restricted:latest when asked, with paths and the highest level met', () => {
    const r = podSecurityFor(plain, { namespaceLabels: null, level: 'restricted' })
    const asReport: PodSecurityReport = r
    expect(asReport.level).toBe('restricted')
    expect(r.version).toBe('latest')
    expect(r.source).toBe('override')
    expect(r.allowed).toBe(false)
    expect(r.message).toBe(`violates PodSecurity "restricted:latest": ${RESTRICTED_NGINX}`)
    expect(r.violations[0]).toEqual({
      check: 'allowPrivilegeEscalation',
      reason: 'allowPrivilegeEscalation != false',
      detail: 'container "nginx" must set securityContext.allowPrivilegeEscalation=false',
      paths: [['spec', 'containers', 0, 'securityContext', 'allowPrivilegeEscalation']],
    })
    expect(r.highestLevel).toBe('baseline')
    expect(r.modes).toBeUndefined()
    expect(r.labelProblems).toEqual([])
  })

  it('uses the namespace labels and reports the three modes', () => {
    const r = podSecurityFor(plain, { namespaceLabels: { [`${P}enforce`]: 'baseline' } })
    expect(r.level).toBe('baseline')
    expect(r.allowed).toBe(true)
    expect(r.source).toBe('namespace')
    expect(r.modes).toEqual([
      {
        mode: 'enforce',
        level: 'baseline',
        version: 'latest',
        allowed: true,
        outcome: 'none',
        message: null,
      },
      {
        mode: 'audit',
        level: 'privileged',
        version: 'latest',
        allowed: true,
        outcome: 'none',
        message: null,
      },
      {
        mode: 'warn',
        level: 'baseline',
        version: 'latest',
        allowed: true,
        outcome: 'none',
        message: null,
      },
    ])
  })

  it('warns and audits when the request is allowed', () => {
    const r = podSecurityFor(plain, {
      namespaceLabels: {
        [`${P}enforce`]: 'baseline',
        [`${P}warn`]: 'restricted',
        [`${P}audit`]: 'restricted',
        [`${P}audit-version`]: 'v1.30',
      },
    })
    const [, audit, warn] = r.modes ?? []
    expect(warn?.outcome).toBe('warned')
    expect(warn?.message).toBe(`would violate PodSecurity "restricted:latest": ${RESTRICTED_NGINX}`)
    expect(audit?.outcome).toBe('audited')
    expect(audit?.message).toBe(`would violate PodSecurity "restricted:v1.30": ${RESTRICTED_NGINX}`)
  })

  it('drops warnings when a pod is denied; a workload is never denied and still warned', () => {
    const labels = { [`${P}enforce`]: 'baseline', [`${P}warn`]: 'baseline' }
    const pod = podSecurityFor(privilegedPod, { namespaceLabels: labels })
    expect(pod.modes?.map((m) => m.outcome)).toEqual(['denied', 'none', 'none'])
    expect(pod.modes?.[0]?.message).toBe(
      'violates PodSecurity "baseline:latest": privileged (container "c" must not set securityContext.privileged=true)',
    )
    const workload = podSecurityFor(privilegedPod, { namespaceLabels: labels, kind: 'workload' })
    expect(workload.modes?.map((m) => m.outcome)).toEqual(['none', 'none', 'warned'])
    expect(workload.allowed).toBe(false)
  })

  it('overrides win and are reported as such; invalid labels are reported', () => {
    const r = podSecurityFor(privilegedPod, {
      namespaceLabels: { [`${P}enforce`]: 'bogus' },
      level: 'privileged',
    })
    expect(r.level).toBe('privileged')
    expect(r.allowed).toBe(true)
    expect(r.source).toBe('override')
    expect(r.highestLevel).toBe('privileged')
    expect(r.labelProblems.map((p) => p.label)).toEqual([`${P}enforce`])
    expect(r.modes?.[0]).toMatchObject({ mode: 'enforce', level: 'restricted', outcome: 'denied' })
  })
})

describe('public helpers', () => {
  it('describes the 19 checks for the UI', () => {
    const d = describeChecks()
    expect(d).toHaveLength(19)
    expect(d.find((c) => c.id === 'privileged')).toMatchObject({
      level: 'baseline',
      title: 'Privileged containers',
    })
    for (const c of d)
      expect(Object.keys(c).sort()).toEqual(['id', 'level', 'protects', 'remediation', 'title'])
  })

  it('validates levels and versions for the command line', () => {
    expect(PSS_LEVELS).toEqual(['privileged', 'baseline', 'restricted'])
    expect(isLevel('baseline')).toBe(true)
    expect(isLevel('Baseline')).toBe(false)
    expect(isValidVersion('v1.0')).toBe(true)
    expect(isValidVersion('v1.01')).toBe(false)
    expect(NEWEST_VERSION).toBe('v1.37')
  })
})
