/**
 * The PodSecurityPolicy migration example: the seed PodSecurityPolicy (the same text as the UI's
 * `pod-security-policy` example) and the ValidatingAdmissionPolicy written from it agree on the
 * seed lesson's two pods (kubernetes pkg/security/podsecuritypolicy/capabilities: an added
 * capability must be allowed or a default; a required drop may not be added).
 */
import { describe, expect, it } from 'vitest'
import { EXAMPLES } from '../../ui/examples'
import { evaluateInput } from '../evaluate'
import {
  PSP_MIGRATION_POLICY_NAME,
  PSP_MIGRATION_PODS,
  PSP_MIGRATION_POLICY_TEXT,
  SEED_PSP,
} from './pspMigration'

describe('PodSecurityPolicy migration', () => {
  it('uses the seed lesson’s PodSecurityPolicy and pods', () => {
    const seed = EXAMPLES.find((e) => e.id === 'pod-security-policy')!
    expect(SEED_PSP).toBe(seed.policy)
    expect(PSP_MIGRATION_PODS).toBe(seed.pod)
  })

  const r = evaluateInput({ pod: PSP_MIGRATION_PODS, policy: PSP_MIGRATION_POLICY_TEXT })

  it('is read without errors', () => {
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([])
  })

  it.each([
    ['pod-add-settime', true, null],
    [
      'pod-add-sysadmin',
      false,
      `ValidatingAdmissionPolicy '${PSP_MIGRATION_POLICY_NAME}' with binding 'psp-default-binding.podplay.example' denied request: capabilities: only SYS_TIME, CHOWN may be added`,
    ],
  ])(
    '%s: PodSecurityPolicy and ValidatingAdmissionPolicy both say allowed=%s',
    (name, allowed, message) => {
      const psp = r.workloads.find((w) => w.name === name)?.podSecurityPolicy
      const vap = r.admissionPolicies?.filter((a) => a.object.name === name) ?? []
      expect(psp?.allowed).toBe(allowed)
      expect(vap.map((a) => a.policy)).toEqual([PSP_MIGRATION_POLICY_NAME])
      expect(vap[0]?.allowed).toBe(allowed)
      expect(vap[0]?.message).toBe(message)
    },
  )

  it.each([
    ['privileged container', 'privileged: true', false],
    ['runAsUser 0 (runAsUser is RunAsAny)', 'runAsUser: 0', true],
    ['adds CHOWN (a default capability)', 'capabilities: {add: [CHOWN]}', true],
    ['adds SYS_MODULE (a required drop)', 'capabilities: {add: [SYS_MODULE]}', false],
    ['procMount Unmasked', 'procMount: Unmasked', false],
  ])('beyond the seed pods: %s', (_name, securityContext, allowed) => {
    const pod = `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: main
    image: alpine
    securityContext: {${securityContext}}
`
    const x = evaluateInput({ pod, policy: PSP_MIGRATION_POLICY_TEXT })
    expect(x.workloads[0]?.podSecurityPolicy?.allowed).toBe(allowed)
    expect(x.admissionPolicies?.[0]?.allowed).toBe(allowed)
  })
})
