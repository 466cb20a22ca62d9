import { describe, expect, it } from 'vitest'
import { checksFor, evaluatePss, highestLevel } from './evaluate'

const ids = (level: 'baseline' | 'restricted', minor: number) =>
  checksFor(level, minor).map((r) => r.id)

describe('evaluatePss', () => {
  it('runs baseline checks byte-sorted at baseline:v1.37', () => {
    expect(ids('baseline', 37)).toEqual([
      'appArmorProfile',
      'capabilities_baseline',
      'hostNamespaces',
      'hostPathVolumes',
      'hostPorts',
      'hostProbesAndHostLifecycle',
      'privileged',
      'procMount',
      'seLinuxOptions',
      'seccompProfile_baseline',
      'sysctls',
      'windowsHostProcess',
    ])
  })

  it('replaces overridden baseline checks at restricted:v1.37', () => {
    expect(ids('restricted', 37)).toEqual([
      'appArmorProfile',
      'hostNamespaces',
      'hostPorts',
      'hostProbesAndHostLifecycle',
      'privileged',
      'seLinuxOptions',
      'sysctls',
      'windowsHostProcess',
      'allowPrivilegeEscalation',
      'capabilities_restricted',
      'procMount_restricted',
      'restrictedVolumes',
      'runAsNonRoot',
      'runAsUser',
      'seccompProfile_restricted',
    ])
  })

  it('keeps the baseline seccomp, capabilities and procMount checks before their overrides start', () => {
    expect(ids('restricted', 18)).toContain('seccompProfile_baseline')
    expect(ids('restricted', 21)).toContain('capabilities_baseline')
    expect(ids('restricted', 34)).toContain('procMount')
    expect(ids('restricted', 34)).not.toContain('procMount_restricted')
    expect(ids('restricted', 22)).not.toContain('runAsUser')
    expect(ids('restricted', 7)).not.toContain('allowPrivilegeEscalation')
    expect(ids('baseline', 33)).not.toContain('hostProbesAndHostLifecycle')
    expect(checksFor('privileged', 37)).toEqual([])
  })

  it('privileged allows anything', () => {
    const r = evaluatePss({ spec: { hostPID: true } }, 'privileged', 'latest')
    expect(r).toEqual({
      level: 'privileged',
      version: 'latest',
      allowed: true,
      violations: [],
      message: null,
    })
  })

  it('prints the requested version and joins details as PSA does', () => {
    const pod = { spec: { hostNetwork: true, volumes: [{ name: 'v', hostPath: {} }] } }
    const r = evaluatePss(pod, 'baseline', 'v1.99')
    expect(r.message).toBe(
      'violates PodSecurity "baseline:v1.99": host namespaces (hostNetwork=true), hostPath volumes (volume "v")',
    )
    expect(r.violations.map((v) => v.check)).toEqual(['hostNamespaces', 'hostPathVolumes'])
  })

  it('writes a failed check with an empty detail as its reason alone', () => {
    const pod = { spec: { securityContext: { sysctls: [{}] } } }
    expect(evaluatePss(pod, 'baseline', 'latest').message).toBe(
      'violates PodSecurity "baseline:latest": forbidden sysctls',
    )
  })

  it('evaluates an invalid version as latest but prints it; an unknown level as restricted', () => {
    const pod = { spec: { containers: [{ name: 'a' }] } }
    const r = evaluatePss(pod, 'baseline', 'nonsense')
    expect(r.allowed).toBe(true)
    const bogus = evaluatePss(pod, 'superstrict' as 'baseline', 'latest')
    expect(bogus.level).toBe('restricted')
    expect(bogus.allowed).toBe(false)
  })

  it('honours the emulation version', () => {
    const pod = {
      spec: { containers: [{ name: 'a', startupProbe: { httpGet: { host: 'localhost' } } }] },
    }
    expect(evaluatePss(pod, 'baseline', 'latest').allowed).toBe(false)
    expect(evaluatePss(pod, 'baseline', 'latest', { emulationVersion: 'v1.33' }).allowed).toBe(true)
  })

  it('highestLevel picks the strictest level met', () => {
    const ok = {
      spec: {
        securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
        containers: [
          {
            name: 'a',
            securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
          },
        ],
      },
    }
    expect(highestLevel(ok, 'latest')).toBe('restricted')
    expect(highestLevel({ spec: { containers: [{ name: 'a' }] } }, 'latest')).toBe('baseline')
    expect(highestLevel({ spec: { hostIPC: true } }, 'latest')).toBe('privileged')
    expect(highestLevel({ spec: { containers: [{ name: 'a' }] } }, 'v1.7')).toBe('baseline')
  })
})
