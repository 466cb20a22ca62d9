/**
 * The Pod Security Standards level a PodSecurityPolicy corresponds to, per the Kubernetes docs page
 * "Mapping PodSecurityPolicies to Pod Security Standards": anything outside the Baseline and
 * Restricted values falls under Privileged. Each reason names the field that decides it.
 */
import type { Level, Path } from '../report'
import { readPsp } from './read'
import type { Psp } from './types'
import { BASELINE_CAPABILITIES } from '../pss/checks/capabilities_baseline'

export interface PssReason {
  /** The level the policy misses because of this field. */
  level: 'baseline' | 'restricted'
  field: Path
  reason: string
}

const RESTRICTED_VOLUMES = [
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'persistentVolumeClaim',
  'projected',
  'secret',
]
const SELINUX_TYPES = ['', 'container_t', 'container_init_t', 'container_kvm_t']
const SECCOMP_ALLOWED = 'seccomp.security.alpha.kubernetes.io/allowedProfileNames'
const APPARMOR_ALLOWED = 'apparmor.security.beta.kubernetes.io/allowedProfileNames'

type Push = (level: 'baseline' | 'restricted', field: Path, reason: string) => void

function capabilities(psp: Psp, push: Push): void {
  for (const k of ['allowedCapabilities', 'defaultAddCapabilities'] as const) {
    const extra = psp[k].filter((c) => !BASELINE_CAPABILITIES.has(c))
    if (extra.length > 0)
      push('baseline', ['spec', k], `${k} has ${extra.join(', ')}, beyond the baseline set`)
    else if (psp[k].some((c) => c !== 'NET_BIND_SERVICE'))
      push('restricted', ['spec', k], `${k} may only list NET_BIND_SERVICE`)
  }
  if (!psp.requiredDropCapabilities.includes('ALL')) {
    push(
      'restricted',
      ['spec', 'requiredDropCapabilities'],
      'requiredDropCapabilities must include ALL',
    )
  }
}

function volumes(psp: Psp, push: Push): void {
  const f: Path = ['spec', 'volumes']
  if (psp.volumes.includes('*'))
    push('baseline', f, "volumes allows every type ('*'), hostPath included")
  else if (psp.volumes.includes('hostPath')) push('baseline', f, 'volumes allows hostPath')
  const extra = psp.volumes.filter(
    (v) => !RESTRICTED_VOLUMES.includes(v) && v !== '*' && v !== 'hostPath',
  )
  if (extra.length > 0)
    push('restricted', f, `volumes allows ${extra.join(', ')}, beyond the restricted set`)
}

function hostAndSelinux(psp: Psp, push: Push): void {
  for (const k of ['privileged', 'hostNetwork', 'hostPID', 'hostIPC'] as const) {
    if (psp[k]) push('baseline', ['spec', k], `${k} is true`)
  }
  if (psp.hostPorts.length > 0)
    push('baseline', ['spec', 'hostPorts'], 'hostPorts allows host ports')
  const se = psp.seLinux
  const o = se.seLinuxOptions ?? {}
  if (se.rule !== 'MustRunAs') {
    push(
      'baseline',
      ['spec', 'seLinux', 'rule'],
      `seLinux.rule is ${se.rule}: pods may set any SELinux user, role and type`,
    )
  } else if (
    (o.user ?? '') !== '' ||
    (o.role ?? '') !== '' ||
    !SELINUX_TYPES.includes(o.type ?? '')
  ) {
    push(
      'baseline',
      ['spec', 'seLinux', 'seLinuxOptions'],
      'seLinuxOptions sets a user, a role or a type other than container_t, container_init_t, container_kvm_t',
    )
  }
  if (psp.allowedUnsafeSysctls.length > 0)
    push('baseline', ['spec', 'allowedUnsafeSysctls'], 'allowedUnsafeSysctls allows unsafe sysctls')
  if (psp.allowedProcMountTypes.some((t) => t !== 'Default')) {
    push('baseline', ['spec', 'allowedProcMountTypes'], 'allowedProcMountTypes allows Unmasked')
  }
}

/** Profiles allowed by an annotation list against the docs' values ('' = unset allowed). */
function profiles(psp: Psp, push: Push, key: string, what: string): void {
  const raw = psp.annotations[key]
  const f: Path = ['metadata', 'annotations', key]
  // Seccomp without the annotation allows no profile (unset only); AppArmor without it allows any.
  const entries = raw === undefined ? (key === SECCOMP_ALLOWED ? [''] : ['*']) : raw.split(',')
  const ok = (p: string) =>
    p === 'runtime/default' || p === 'docker/default' || p.startsWith('localhost/')
  const bad = entries.filter((p) => p !== '' && !ok(p))
  if (bad.length > 0) {
    const text =
      raw === undefined
        ? `no ${what} allowedProfileNames annotation: any profile`
        : `${what} allows ${bad.join(', ')}`
    push('baseline', f, text)
  }
  if (entries.includes('')) push('restricted', f, `${what} allows pods without a profile`)
}

/** Reasons the policy is not restricted, or not even baseline, in field order. */
export function pssReasons(psp: Psp): PssReason[] {
  const out: PssReason[] = []
  const push: Push = (level, field, reason) => out.push({ level, field, reason })
  hostAndSelinux(psp, push)
  capabilities(psp, push)
  volumes(psp, push)
  if (psp.runAsUser.rule !== 'MustRunAsNonRoot') {
    push(
      'restricted',
      ['spec', 'runAsUser', 'rule'],
      `runAsUser.rule is ${psp.runAsUser.rule}, not MustRunAsNonRoot`,
    )
  }
  if (psp.allowPrivilegeEscalation)
    push(
      'restricted',
      ['spec', 'allowPrivilegeEscalation'],
      'allowPrivilegeEscalation is not false',
    )
  profiles(psp, push, SECCOMP_ALLOWED, 'seccomp')
  profiles(psp, push, APPARMOR_ALLOWED, 'AppArmor')
  return out
}

/** The Pod Security Standards level of a PodSecurityPolicy object, with the reasons. */
export function pssLevelOfPsp(object: unknown): { level: Level; reasons: PssReason[] } {
  const reasons = pssReasons(readPsp(object).policy)
  const level: Level = reasons.some((r) => r.level === 'baseline')
    ? 'privileged'
    : reasons.length > 0
      ? 'baseline'
      : 'restricted'
  return { level, reasons }
}
