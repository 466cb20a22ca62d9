/**
 * The strictest PodSecurityPolicy that admits a pod unchanged: each field at the tightest value the
 * pod's own settings allow (the capabilities it adds, the host namespaces and ports it uses, its
 * volume types and host paths, its users and groups), then checked by the engine's own
 * PodSecurityPolicy admission (psp/, the plugin of Kubernetes 1.21 to 1.24). A field the plugin
 * would use to change the pod (a default it fills in) is relaxed one step at a time until the
 * policy admits the pod without a change. Policy fields: policy/v1beta1 PodSecurityPolicySpec.
 */
import { readInput } from '../evaluate'
import { evaluate } from '../index'
import { isObj, type Obj } from '../obj'
import { containersOf } from '../pss/pod'
import { flowText, scalarText, type FixValue } from '../fix/text'

export interface LeastPrivilegePolicy {
  /** The policy as YAML, ready to copy into the policy editor. */
  yaml: string
  /** The workload it was made for (`Deployment default/web`). */
  workload: string
  /** True when the engine admits the workload with this policy alone, without changing it. */
  admitsUnchanged: boolean
  /** Fields set looser than their first choice because the plugin would have changed the pod. */
  relaxed: string[]
}

type Spec = Record<string, FixValue>

const bool = (v: unknown) => v === true

function ranges(values: readonly number[]): FixValue {
  const sorted = [...new Set(values)].sort((a, b) => a - b)
  const out: { min: number; max: number }[] = []
  for (const v of sorted) {
    const last = out[out.length - 1]
    if (last && last.max + 1 === v) last.max = v
    else out.push({ min: v, max: v })
  }
  return out
}

const int = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) ? v : undefined

/** The first choice for every field, with looser alternatives in order. */
function choices(pod: Obj): {
  spec: Spec
  annotations: Record<string, string>
  looser: [string, FixValue | null][]
} {
  const spec = isObj(pod.spec) ? pod.spec : {}
  const podSc = isObj(spec.securityContext) ? spec.securityContext : {}
  const containers = containersOf(pod)
  const sc = (c: (typeof containers)[number]) => c.sc ?? {}
  const capsOf = (c: (typeof containers)[number], k: 'add' | 'drop') => {
    const caps = isObj(sc(c).capabilities) ? (sc(c).capabilities as Obj)[k] : undefined
    return Array.isArray(caps) ? caps.filter((x): x is string => typeof x === 'string') : []
  }
  const out: Spec = {}
  const looser: [string, FixValue | null][] = []

  out.privileged = containers.some((c) => bool(sc(c).privileged))
  out.allowPrivilegeEscalation = !containers.every((c) => sc(c).allowPrivilegeEscalation === false)
  const added = [...new Set(containers.flatMap((c) => capsOf(c, 'add')))].sort()
  if (added.length > 0) out.allowedCapabilities = added
  const drops = containers.map((c) => new Set(capsOf(c, 'drop')))
  const common =
    containers.length === 0 ? [] : [...drops[0]!].filter((d) => drops.every((s) => s.has(d))).sort()
  if (common.length > 0) {
    out.requiredDropCapabilities = common
    looser.push(['requiredDropCapabilities', null])
  }
  for (const f of ['hostNetwork', 'hostPID', 'hostIPC'] as const) if (bool(spec[f])) out[f] = true
  const hostPorts = containers.flatMap((c) =>
    (Array.isArray(c.container.ports) ? c.container.ports : [])
      .map((p) => (isObj(p) ? int(p.hostPort) : undefined))
      .filter((p): p is number => p !== undefined && p !== 0),
  )
  if (hostPorts.length > 0) out.hostPorts = ranges(hostPorts)

  const volumes = Array.isArray(spec.volumes) ? spec.volumes.filter(isObj) : []
  const types = new Set<string>()
  const hostPaths: { pathPrefix: string; readOnly: boolean }[] = []
  for (const v of volumes) {
    const type = Object.keys(v).find((k) => k !== 'name') ?? 'emptyDir'
    types.add(type)
    if (type === 'hostPath' && isObj(v.hostPath) && typeof v.hostPath.path === 'string') {
      const mounts = containers.flatMap((c) =>
        (Array.isArray(c.container.volumeMounts) ? c.container.volumeMounts : []).filter(
          (m) => isObj(m) && m.name === v.name,
        ),
      )
      hostPaths.push({
        pathPrefix: v.hostPath.path,
        readOnly: mounts.length > 0 && mounts.every((m) => isObj(m) && m.readOnly === true),
      })
    }
  }
  out.volumes = [...types].sort()
  if (hostPaths.length > 0) out.allowedHostPaths = hostPaths

  const users = containers.map((c) => int(sc(c).runAsUser) ?? int(podSc.runAsUser))
  const nonRoot = containers.every((c) => (sc(c).runAsNonRoot ?? podSc.runAsNonRoot) === true)
  if (containers.length > 0 && users.every((u) => u !== undefined)) {
    const all = users as number[]
    out.runAsUser = all.every((u) => u !== 0)
      ? { rule: 'MustRunAs', ranges: ranges(all) }
      : { rule: 'RunAsAny' }
  } else out.runAsUser = { rule: nonRoot ? 'MustRunAsNonRoot' : 'RunAsAny' }
  looser.push(['runAsUser', { rule: 'RunAsAny' }])

  const groups = containers.map((c) => int(sc(c).runAsGroup) ?? int(podSc.runAsGroup))
  if (containers.length > 0 && groups.every((g) => g !== undefined))
    out.runAsGroup = { rule: 'MustRunAs', ranges: ranges(groups as number[]) }
  else out.runAsGroup = { rule: 'RunAsAny' }
  looser.push(['runAsGroup', { rule: 'RunAsAny' }])

  const fsGroup = int(podSc.fsGroup)
  out.fsGroup =
    fsGroup !== undefined
      ? { rule: 'MustRunAs', ranges: ranges([fsGroup]) }
      : { rule: 'MayRunAs', ranges: [{ min: 1, max: 65535 }] }
  looser.push(['fsGroup', { rule: 'RunAsAny' }])
  const supplemental = Array.isArray(podSc.supplementalGroups)
    ? podSc.supplementalGroups.map(int).filter((g): g is number => g !== undefined)
    : []
  out.supplementalGroups =
    supplemental.length > 0
      ? { rule: 'MustRunAs', ranges: ranges(supplemental) }
      : { rule: 'MayRunAs', ranges: [{ min: 1, max: 65535 }] }
  looser.push(['supplementalGroups', { rule: 'RunAsAny' }])
  out.seLinux = { rule: 'RunAsAny' }

  out.readOnlyRootFilesystem =
    containers.length > 0 && containers.every((c) => sc(c).readOnlyRootFilesystem === true)
  looser.push(['readOnlyRootFilesystem', false])
  if (containers.some((c) => sc(c).procMount === 'Unmasked'))
    out.allowedProcMountTypes = ['Default', 'Unmasked']

  const sysctls = Array.isArray(podSc.sysctls)
    ? podSc.sysctls
        .filter(isObj)
        .map((s) => s.name)
        .filter((n): n is string => typeof n === 'string')
    : []
  if (sysctls.length > 0) out.allowedUnsafeSysctls = [...new Set(sysctls)].sort()
  else out.forbiddenSysctls = ['*']
  looser.push(['forbiddenSysctls', null])

  const annotations: Record<string, string> = Object.create(null)
  const seccomp = (o: Obj) => (isObj(o.seccompProfile) ? o.seccompProfile.type : undefined)
  if (
    containers.length > 0 &&
    containers.every((c) => (seccomp(sc(c)) ?? seccomp(podSc)) === 'RuntimeDefault')
  )
    annotations['seccomp.security.alpha.kubernetes.io/allowedProfileNames'] = 'runtime/default'
  return { spec: out, annotations, looser }
}

function toYaml(name: string, spec: Spec, annotations: Record<string, string>): string {
  const lines = [
    'apiVersion: policy/v1beta1',
    'kind: PodSecurityPolicy',
    'metadata:',
    `  name: ${scalarText(name)}`,
  ]
  const keys = Object.keys(annotations)
  if (keys.length > 0) {
    lines.push('  annotations:')
    for (const k of keys) lines.push(`    ${k}: ${scalarText(annotations[k]!)}`)
  }
  lines.push('spec:')
  for (const [k, v] of Object.entries(spec)) lines.push(`  ${k}: ${flowText(v)}`)
  return `${lines.join('\n')}\n`
}

/**
 * The strictest PodSecurityPolicy admitting the workload at `index` of the pod editor's text without
 * changing it, or null when there is no such workload.
 */
export function leastPrivilegePolicy(
  podText: string,
  index = 0,
  name = 'least-privilege',
): LeastPrivilegePolicy | null {
  const read = readInput(
    { pod: podText, policy: '' },
    { caches: { pod: new Map(), policy: new Map() } },
  )
  const w = read.prepared[index]
  if (!w) return null
  const { spec, annotations, looser } = choices(w.pod)
  const relaxed: string[] = []
  const admits = () => {
    const r = evaluate(
      { pod: podText, policy: toYaml(name, spec, annotations) },
      { caches: { pod: new Map(), policy: new Map() } },
    )
    const psp = r.workloads[index]?.podSecurityPolicy
    const chosen = psp?.candidates.find((c) => c.policy === name)
    return psp?.allowed === true && chosen?.allowed === true && chosen.mutating === false
  }
  let ok = admits()
  const seccompKey = 'seccomp.security.alpha.kubernetes.io/allowedProfileNames'
  const steps: (() => void)[] = [
    ...looser.map(([field, value]) => () => {
      if (value === null) delete spec[field]
      else spec[field] = value
      relaxed.push(field)
    }),
    () => {
      if (seccompKey in annotations) {
        delete annotations[seccompKey]
        relaxed.push('seccomp allowedProfileNames')
      }
    },
  ]
  for (const step of steps) {
    if (ok) break
    step()
    ok = admits()
  }
  return {
    yaml: toYaml(name, spec, annotations),
    workload: `${w.found.kind} ${w.found.namespace}/${w.found.name}`,
    admitsUnchanged: ok,
    relaxed,
  }
}
