import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseYamlForTests } from '../testing/yaml'
import { describeFields } from './fields'
import { pssLevelOfPsp } from './pss'
import { policy } from './testing/cases'

const restrictedAnnotations = {
  'seccomp.security.alpha.kubernetes.io/allowedProfileNames': 'runtime/default',
  'apparmor.security.beta.kubernetes.io/allowedProfileNames': 'runtime/default',
}
const restrictedSpec = {
  requiredDropCapabilities: ['ALL'],
  allowPrivilegeEscalation: false,
  runAsUser: { rule: 'MustRunAsNonRoot' },
  seLinux: { rule: 'MustRunAs', seLinuxOptions: { level: 's0:c1' } },
  volumes: ['configMap', 'secret', 'projected', 'emptyDir'],
}

describe('pssLevelOfPsp (Mapping PodSecurityPolicies to Pod Security Standards)', () => {
  it('restricted when every field is within the restricted values', () => {
    expect(pssLevelOfPsp(policy(restrictedSpec, restrictedAnnotations))).toEqual({
      level: 'restricted',
      reasons: [],
    })
  })

  it('baseline when trailing commas allow unset profiles and drops are missing', () => {
    const r = pssLevelOfPsp(
      policy(
        { ...restrictedSpec, requiredDropCapabilities: [], allowedCapabilities: ['CHOWN'] },
        {
          'seccomp.security.alpha.kubernetes.io/allowedProfileNames': 'runtime/default,localhost/p',
          'apparmor.security.beta.kubernetes.io/allowedProfileNames': 'runtime/default,',
        },
      ),
    )
    expect(r.level).toBe('baseline')
    expect(r.reasons.map((x) => x.field)).toEqual([
      ['spec', 'allowedCapabilities'],
      ['spec', 'requiredDropCapabilities'],
      ['metadata', 'annotations', 'apparmor.security.beta.kubernetes.io/allowedProfileNames'],
    ])
  })

  it.each([
    [{ privileged: true }, ['spec', 'privileged']],
    [{ hostNetwork: true }, ['spec', 'hostNetwork']],
    [{ hostPorts: [{ min: 80, max: 80 }] }, ['spec', 'hostPorts']],
    [{ volumes: ['*'] }, ['spec', 'volumes']],
    [{ volumes: ['hostPath'] }, ['spec', 'volumes']],
    [{ allowedCapabilities: ['SYS_ADMIN'] }, ['spec', 'allowedCapabilities']],
    [{ seLinux: { rule: 'RunAsAny' } }, ['spec', 'seLinux', 'rule']],
    [
      { seLinux: { rule: 'MustRunAs', seLinuxOptions: { type: 'spc_t' } } },
      ['spec', 'seLinux', 'seLinuxOptions'],
    ],
    [{ allowedUnsafeSysctls: ['net.*'] }, ['spec', 'allowedUnsafeSysctls']],
    [{ allowedProcMountTypes: ['Unmasked'] }, ['spec', 'allowedProcMountTypes']],
  ])('privileged because of %j', (change, field) => {
    const r = pssLevelOfPsp(policy({ ...restrictedSpec, ...change }, restrictedAnnotations))
    expect(r.level).toBe('privileged')
    expect(r.reasons.filter((x) => x.level === 'baseline').map((x) => x.field)).toEqual([field])
  })

  it('no AppArmor annotation allows any profile: privileged', () => {
    const r = pssLevelOfPsp(
      policy(restrictedSpec, {
        'seccomp.security.alpha.kubernetes.io/allowedProfileNames': 'runtime/default',
      }),
    )
    expect(r.level).toBe('privileged')
  })

  const site = fileURLToPath(
    new URL('../../../../shared/realworld/kubernetes-website', import.meta.url),
  )
  it.skipIf(!existsSync(site))('the website examples: privileged-psp is privileged', () => {
    const [doc] = parseYamlForTests(readFileSync(`${site}/privileged-psp.yaml`, 'utf8'))
    expect(pssLevelOfPsp(doc).level).toBe('privileged')
  })
})

describe('describeFields', () => {
  it('gives one sentence per field, ending with a period', () => {
    const fields = describeFields()
    expect(new Set(fields.map((f) => f.field)).size).toBe(fields.length)
    for (const f of fields) expect(f.description).toMatch(/^[A-Z'].*\.$/)
    expect(fields.map((f) => f.field)).toContain('spec.allowPrivilegeEscalation')
  })
})
