/**
 * One container's effective security: its settings over the pod's, the runtime's capabilities,
 * privilege escalation as the kubelet sets it, the profiles the runtime applies, where each value
 * came from, and whether the kubelet and the runtime would start it (cluster-path.md §9).
 */
import type { ContainerType, EffectiveContainer, Runtime } from '../report'
import { effectiveCapabilities } from './capabilities'
import { privilegeEscalation } from './noNewPrivs'
import { privilegedCapabilitiesNote } from './privilegedCaps'
import { appliedAppArmor, appliedSeccomp, requestedAppArmor, requestedSeccomp } from './profiles'
import { verifyRunAsNonRoot } from './runAsNonRoot'
import { bool, int, list, type Obj, obj } from '../obj'

export interface ContainerContext {
  /** The pod's securityContext. */
  psc: Obj
  /** The pod's annotations (the deprecated AppArmor annotation). */
  annotations: Obj
  runtime: Runtime
  policySet: ReadonlySet<string>
  /** `format.Pod` of the pod, for the kubelet's messages. */
  pod: string
  /** Where the container's explanations go (the pod's notes). */
  notes: string[]
}

export function container(
  c: Obj,
  name: string,
  type: ContainerType,
  field: string,
  index: number,
  ctx: ContainerContext,
): EffectiveContainer {
  const { psc, runtime, policySet } = ctx
  const at = `spec.${field}[${index}]`
  const sc = obj(c.securityContext)
  const caps = obj(sc.capabilities)
  const privileged = sc.privileged === true
  const sources: EffectiveContainer['sources'] = {}
  const pick = <T>(field: string, read: (v: unknown) => T | null): T | null => {
    const own = read(sc[field])
    if (own !== null) {
      sources[field] = policySet.has(`${at}.securityContext.${field}`) ? 'policy' : 'container'
      return own
    }
    const pod = read(psc[field])
    if (pod !== null) {
      sources[field] = policySet.has(`spec.securityContext.${field}`) ? 'policy' : 'pod'
      return pod
    }
    sources[field] = 'image'
    return null
  }
  const runAsUser = pick('runAsUser', int)
  const runAsGroup = pick('runAsGroup', int)
  const runAsNonRoot = pick('runAsNonRoot', bool)
  const capResult = effectiveCapabilities(runtime, privileged, list(caps.add), list(caps.drop))
  if (policySet.has(`${at}.securityContext.capabilities`)) sources.capabilities = 'policy'
  const escalation = privilegeEscalation(
    bool(sc.allowPrivilegeEscalation),
    privileged,
    capResult.capabilities.includes('SYS_ADMIN'),
  )
  const seccomp = appliedSeccomp(requestedSeccomp(sc, psc), privileged, runtime, name)
  const appArmor = appliedAppArmor(
    requestedAppArmor(sc, psc, ctx.annotations, name),
    privileged,
    runtime,
    name,
  )
  const capsIgnored = privilegedCapabilitiesNote(name, privileged, caps.add, caps.drop)
  for (const note of [capsIgnored, seccomp.ignored, appArmor.ignored])
    if (note !== null) ctx.notes.push(note)
  // The kubelet checks runAsNonRoot while building the container's config, before the runtime
  // sees it: its error comes first (CreateContainerConfigError, then CreateContainerError).
  const nonRoot = verifyRunAsNonRoot(runAsNonRoot, runAsUser, ctx.pod, name)
  const startError = nonRoot.startError ?? capResult.error
  const runsAsNonRoot =
    (runAsUser !== null && runAsUser !== 0) || (runAsUser === null && runAsNonRoot === true)
  return {
    name,
    type,
    index,
    privileged,
    capabilities: capResult.capabilities,
    added: capResult.added,
    dropped: capResult.dropped,
    unknownCapabilities: capResult.unknown,
    runAsUser,
    runAsGroup,
    runAsNonRoot,
    readOnlyRootFilesystem: sc.readOnlyRootFilesystem === true,
    allowPrivilegeEscalation: escalation.allowed,
    allowPrivilegeEscalationReason: escalation.reason,
    sources,
    // Ambient capabilities are always cleared: a non-root process, privileged or not, has empty
    // effective and permitted sets after exec (pod-security-policy.md §11).
    capabilitiesBoundingOnly: runsAsNonRoot && capResult.capabilities.length > 0,
    seccompProfile: seccomp.applied,
    appArmorProfile: appArmor.applied,
    procMount: typeof sc.procMount === 'string' ? sc.procMount : 'Default',
    volumeMounts: list(c.volumeMounts).flatMap((m) => {
      const mount = obj(m)
      if (typeof mount.name !== 'string') return []
      return [
        {
          name: mount.name,
          mountPath: typeof mount.mountPath === 'string' ? mount.mountPath : '',
          readOnly: mount.readOnly === true,
        },
      ]
    }),
    startError,
    startDepends: startError === null ? nonRoot.startDepends : null,
  }
}

/** Marks the capability names an admitting policy put into (or took out of) add and drop. */
export function withPolicyCapabilities(
  c: EffectiveContainer,
  admitted: Obj,
  original: unknown,
): EffectiveContainer {
  if (original === undefined) return c
  const caps = (x: unknown) => obj(obj(obj(x).securityContext).capabilities)
  const names = (v: unknown) => new Set(list(v).filter((n): n is string => typeof n === 'string'))
  const before = caps(original)
  const after = caps(admitted)
  const diff = (a: unknown, b: unknown) => [...names(a)].filter((n) => !names(b).has(n)).sort()
  const addedByPolicy = diff(after.add, before.add)
  const droppedByPolicy = diff(after.drop, before.drop)
  if (addedByPolicy.length === 0 && droppedByPolicy.length === 0) return c
  return { ...c, addedByPolicy, droppedByPolicy }
}
