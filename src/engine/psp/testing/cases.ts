/**
 * Test helpers for the PodSecurityPolicy family: a permissive base policy to override field by field,
 * a one-container pod, and a runner through the whole provider (defaults, then checks).
 */
import { formatPath } from '../../path'
import { admitOne } from '../admit'
import { containersOf, type PodCtx } from '../pod'
import { readPsp } from '../read'
import { CONTAINER_CHECKS, POD_CHECKS } from '../registry'
import type { Obj } from '../types'

/** A valid policy that allows everything except what the overrides restrict. */
export function policy(spec: Obj = {}, annotations?: Record<string, string>, name = 'p'): Obj {
  return {
    apiVersion: 'policy/v1beta1',
    kind: 'PodSecurityPolicy',
    metadata: annotations ? { name, annotations } : { name },
    spec: {
      runAsUser: { rule: 'RunAsAny' },
      seLinux: { rule: 'RunAsAny' },
      fsGroup: { rule: 'RunAsAny' },
      supplementalGroups: { rule: 'RunAsAny' },
      volumes: ['*'],
      ...spec,
    },
  }
}

/** A pod with one container `c` (override `containers` or any spec field). */
export function pod(spec: Obj = {}, metadata: Obj = {}): Obj {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web', ...metadata },
    spec: { containers: [{ name: 'c', image: 'nginx' }], ...spec },
  }
}

/** A pod with one container `c` whose securityContext is given. */
export const podWithSC = (sc: Obj, spec: Obj = {}) =>
  pod({ containers: [{ name: 'c', image: 'nginx', securityContext: sc }], ...spec })

/** Runs one policy over one pod: error messages, mutations (formatted paths) and the copy. */
export function run(policyObject: Obj, podObject: unknown) {
  const read = readPsp(policyObject)
  if (!read.valid || read.skipped !== null) {
    throw new Error(`test policy not usable: ${read.problems.map((p) => p.message).join('; ')}`)
  }
  const result = admitOne(read.policy, podObject)
  return {
    errors: result.errors.map((e) => e.message),
    details: result.errors,
    mutations: result.mutations.map((m) => ({ path: formatPath(m.path), value: m.value })),
    pod: result.pod,
    mutated: result.mutated,
  }
}

/** Runs only the checks of one policy (no defaults first): for messages create never reaches. */
export function checkOnly(policyObject: Obj, podObject: Obj): string[] {
  const read = readPsp(policyObject)
  const ctx: PodCtx = { psp: read.policy, pod: podObject, mutations: [] }
  const out: string[] = []
  for (const step of POD_CHECKS) out.push(...step.run(ctx).map((e) => e.message))
  for (const c of containersOf(ctx)) {
    for (const step of CONTAINER_CHECKS) out.push(...step.run(c).map((e) => e.message))
  }
  return out
}
