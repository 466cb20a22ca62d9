/**
 * Goals of lesson steps, checked on the engine's report: each requirement says what it asks and,
 * for a report, what is still missing in words (null when met). Pure data and functions, no DOM:
 * the app's lessons panel and the tests import them.
 */
import { workloadDenied } from '../format/shared'
import type { EffectiveContainer, Level, Report, WorkloadReport } from '../report'

export interface Requirement {
  /** What the goal asks, in words. */
  says: string
  /** What is still missing in this report, in words; null when met. */
  missing: (report: Report) => string | null
}

export interface GoalResult {
  met: boolean
  /** One sentence per requirement not met yet. */
  missing: string[]
}

export function checkRequirements(
  requirements: readonly Requirement[],
  report: Report,
): GoalResult {
  const missing: string[] = []
  for (const r of requirements) {
    const m = r.missing(report)
    if (m !== null) missing.push(m)
  }
  return { met: missing.length === 0, missing }
}

function workload(report: Report, name: string): WorkloadReport | undefined {
  return report.workloads.find((w) => w.name === name)
}

/** A requirement on one workload; missing when the workload is not in the pod editor. */
function onWorkload(
  name: string,
  says: string,
  test: (w: WorkloadReport, report: Report) => string | null,
): Requirement {
  return {
    says,
    missing: (report) => {
      const w = workload(report, name)
      return w ? test(w, report) : `There is no workload named "${name}" in the pod editor.`
    },
  }
}

function onContainer(
  pod: string,
  container: string,
  says: string,
  test: (c: EffectiveContainer, w: WorkloadReport) => string | null,
): Requirement {
  return onWorkload(pod, says, (w) => {
    const c = w.effective.containers.find((x) => x.name === container)
    return c ? test(c, w) : `"${pod}" has no container named "${container}".`
  })
}

export function admitted(name: string): Requirement {
  return onWorkload(name, `"${name}" is admitted and starts`, (w, report) =>
    workloadDenied(w, report) ? `"${name}" is not admitted or would not start yet.` : null,
  )
}

export function denied(name: string): Requirement {
  return onWorkload(name, `"${name}" is denied`, (w, report) =>
    workloadDenied(w, report) ? null : `"${name}" is still admitted.`,
  )
}

export function hostNamespace(
  name: string,
  field: 'hostPID' | 'hostIPC' | 'hostNetwork',
  value: boolean,
): Requirement {
  return onWorkload(name, `"${name}" has ${field} ${value}`, (w) =>
    w.effective[field] === value ? null : `"${name}" still has ${field} ${w.effective[field]}.`,
  )
}

/** `host port 80`, `host ports 80, 443`: the ports in words (none is said by the caller). */
const hostPortWords = (ports: readonly number[]) =>
  `host port${ports.length === 1 ? '' : 's'} ${ports.join(', ')}`

export function hostPorts(name: string, ports: readonly number[]): Requirement {
  const want = [...ports].sort((a, b) => a - b)
  return onWorkload(
    name,
    want.length ? `"${name}" binds ${hostPortWords(want)}` : `"${name}" binds no host port`,
    (w) => {
      const got = w.effective.hostPorts.map((p) => p.hostPort).sort((a, b) => a - b)
      if (got.join() === want.join()) return null
      if (!want.length) return `"${name}" still binds ${hostPortWords(got)}.`
      if (!got.length) return `"${name}" binds no host port yet, not ${hostPortWords(want)}.`
      return `"${name}" binds ${hostPortWords(got)}, not ${hostPortWords(want)}.`
    },
  )
}

export function runsAsUser(pod: string, container: string, user: number): Requirement {
  return onContainer(pod, container, `"${container}" runs as user ${user}`, (c) =>
    c.runAsUser === user
      ? null
      : `"${container}" runs as ${c.runAsUser === null ? 'the image’s user' : `user ${c.runAsUser}`}, not ${user}.`,
  )
}

export function runsAsUserIn(
  pod: string,
  container: string,
  min: number,
  max: number,
): Requirement {
  return onContainer(pod, container, `"${container}" runs as a user from ${min} to ${max}`, (c) =>
    c.runAsUser !== null && c.runAsUser >= min && c.runAsUser <= max
      ? null
      : `"${container}" runs as ${c.runAsUser === null ? 'the image’s user' : `user ${c.runAsUser}`}, not a user from ${min} to ${max}.`,
  )
}

export function requiresNonRoot(pod: string, container: string): Requirement {
  return onContainer(pod, container, `"${container}" has runAsNonRoot: true`, (c) =>
    c.runAsNonRoot === true ? null : `"${container}" does not require a non-root user yet.`,
  )
}

export function notPrivileged(pod: string, container: string): Requirement {
  return onContainer(pod, container, `"${container}" is not privileged`, (c) =>
    c.privileged ? `"${container}" is still privileged.` : null,
  )
}

export function hasCapability(pod: string, container: string, cap: string): Requirement {
  return onContainer(pod, container, `"${container}" holds ${cap}`, (c) =>
    c.capabilities.includes(cap) ? null : `"${container}" does not hold ${cap}.`,
  )
}

export function lacksCapability(pod: string, container: string, cap: string): Requirement {
  return onContainer(pod, container, `"${container}" does not hold ${cap}`, (c) =>
    c.capabilities.includes(cap) ? `"${container}" still holds ${cap}.` : null,
  )
}

export function exactCapabilities(
  pod: string,
  container: string,
  caps: readonly string[],
): Requirement {
  const want = [...caps].sort().join(', ') || 'none'
  return onContainer(pod, container, `"${container}" holds exactly: ${want}`, (c) => {
    const got = [...c.capabilities].sort().join(', ') || 'none'
    return got === want ? null : `"${container}" holds ${got}, not only ${want}.`
  })
}

export function policyAddsAndDrops(
  pod: string,
  container: string,
  added: readonly string[],
  dropped: readonly string[],
): Requirement {
  return onContainer(
    pod,
    container,
    `the admitting policy adds ${added.join(', ')} to "${container}" and drops ${dropped.join(', ')}`,
    (c) => {
      const a = added.filter((x) => !(c.addedByPolicy ?? []).includes(x))
      const d = dropped.filter((x) => !(c.droppedByPolicy ?? []).includes(x))
      if (a.length === 0 && d.length === 0) return null
      return [
        a.length > 0 ? `the policy does not add ${a.join(', ')} yet` : '',
        d.length > 0 ? `the policy does not drop ${d.join(', ')} yet` : '',
      ]
        .filter(Boolean)
        .join('; ')
    },
  )
}

export function readOnlyRoot(pod: string, container: string): Requirement {
  return onContainer(pod, container, `"${container}" has a read-only root filesystem`, (c) =>
    c.readOnlyRootFilesystem ? null : `"${container}" can still write to its root filesystem.`,
  )
}

export function writableMount(pod: string, container: string, path: string): Requirement {
  return onContainer(pod, container, `"${container}" can write to a volume at ${path}`, (c) =>
    c.volumeMounts.some((m) => m.mountPath === path && !m.readOnly)
      ? null
      : `"${container}" has no writable volume mounted at ${path}.`,
  )
}

export function fsGroup(name: string, group: number): Requirement {
  return onWorkload(name, `"${name}" has fsGroup ${group}`, (w) =>
    w.effective.fsGroup === group
      ? null
      : `"${name}" has fsGroup ${w.effective.fsGroup ?? 'unset'}, not ${group}.`,
  )
}

export function supplementalGroup(name: string, group: number): Requirement {
  return onWorkload(name, `"${name}" has supplemental group ${group}`, (w) =>
    w.effective.supplementalGroups.includes(group)
      ? null
      : `"${name}" does not have supplemental group ${group}.`,
  )
}

export function noHostPath(name: string): Requirement {
  return onWorkload(name, `"${name}" mounts no hostPath`, (w) =>
    w.effective.volumes.some((v) => v.type === 'hostPath')
      ? `"${name}" still mounts a hostPath volume.`
      : null,
  )
}

export function admittedByPolicy(name: string, policy: string): Requirement {
  return onWorkload(name, `"${name}" is admitted by PodSecurityPolicy "${policy}"`, (w) => {
    const psp = w.podSecurityPolicy
    if (psp?.allowed && psp.policy === policy) return null
    if (psp?.allowed) return `"${name}" is admitted by "${psp.policy}", not "${policy}".`
    return `"${name}" is not admitted by any PodSecurityPolicy yet.`
  })
}

export function enforcedLevel(name: string, level: Level): Requirement {
  return onWorkload(name, `the namespace of "${name}" enforces ${level}`, (w) =>
    w.podSecurity?.source === 'namespace' && w.podSecurity.level === level
      ? null
      : `the namespace of "${name}" does not enforce ${level} through its labels yet.`,
  )
}

/** A connection `from` -> `to` on a port (`ns/pod` ids) is allowed or denied by NetworkPolicy. */
export function connection(
  from: string,
  to: string,
  port: number,
  protocol: string,
  allowed: boolean,
): Requirement {
  const what = `${from} -> ${to} on ${port}/${protocol}`
  return {
    says: `${what} is ${allowed ? 'allowed' : 'denied'}`,
    missing: (report) => {
      const c = report.network?.connections.find(
        (x) => x.from === from && x.to === to && x.port === port && x.protocol === protocol,
      )
      const got = c ? c.allowed : true
      if (got === allowed) return null
      return `${what} is still ${got ? 'allowed' : 'denied'}.`
    },
  }
}
