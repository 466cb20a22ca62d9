/**
 * Choosing the policy on create (spec pod-security-policy.md §8.1, §9): policies in byte order of
 * their names; each works on a fresh copy of the pod; a usable policy that admits the pod unchanged
 * wins at once, else the first usable mutating one. podplay evaluates every policy for the report.
 */
import { formatPath } from '../path'
import type { Path, PodSecurityPolicyReport, PspCandidate } from '../report'
import { type AdmitResult, admitOne } from './admit'
import { asObj, byCodeUnits, deepCopy } from './obj'
import { readPsp } from './read'
import type { MutationDetail, Obj, Psp, PspProblem } from './types'

export const NO_PROVIDERS = 'PodSecurityPolicy: no providers available to validate pod request'
export const PSP_ANNOTATION = 'kubernetes.io/psp'

export interface PspErrorDetail {
  policy: string
  podPath: Path
  policyPath: Path | null
  message: string
}

export interface PolicyProblem extends PspProblem {
  policy: string
}

export interface PspReport
  extends Omit<PodSecurityPolicyReport, 'errorDetails' | 'mutationDetails'> {
  /** One per entry of `errors`, with the places to underline. */
  errorDetails: PspErrorDetail[]
  /** The winner's changes with the values they replaced (null when absent). */
  mutationDetails: MutationDetail[]
  /** Problems of the policy objects: invalid ones (left out), unbuildable ones, duplicates. */
  policyProblems: PolicyProblem[]
}

export interface PolicyInput {
  name: string
  object: unknown
}

export interface EvaluatePspOptions {
  /** The policies the pod's service account may use; null or absent: all. */
  usable?: string[] | null
}

export const admitMessage = (errors: readonly string[]) =>
  `PodSecurityPolicy: unable to admit pod: [${errors.join(' ')}]`

interface Tried {
  name: string
  usable: boolean
  result: AdmitResult
}

function readAll(policies: readonly PolicyInput[], problems: PolicyProblem[]) {
  const byName = new Map<string, unknown>()
  for (const p of policies) {
    if (byName.has(p.name)) {
      const message = `a later PodSecurityPolicy named "${p.name}" replaces this one`
      problems.push({ policy: p.name, path: ['metadata', 'name'], severity: 'warning', message })
    }
    byName.set(p.name, p.object)
  }
  const names = [...byName.keys()].sort(byCodeUnits)
  const built: Psp[] = []
  const skipped: { name: string; reason: string }[] = []
  for (const name of names) {
    const read = readPsp(byName.get(name))
    for (const pr of read.problems) problems.push({ policy: name, ...pr })
    if (!read.valid) continue
    if (read.skipped !== null) skipped.push({ name, reason: read.skipped })
    else built.push({ ...read.policy, name })
  }
  return { names, built, skipped }
}

function admittedPod(t: Tried): Obj {
  const pod = t.result.pod
  const meta = asObj(pod.metadata) ?? {}
  pod.metadata = meta
  const annotations = asObj(meta.annotations) ?? {}
  meta.annotations = annotations
  annotations[PSP_ANNOTATION] = t.name
  return pod
}

/** Evaluates a pod CREATE against the given PodSecurityPolicy objects. Never throws. */
export function evaluatePsp(
  pod: unknown,
  policies: readonly PolicyInput[],
  opts: EvaluatePspOptions = {},
): PspReport {
  const policyProblems: PolicyProblem[] = []
  const { names, built, skipped } = readAll(policies, policyProblems)
  const usable = (name: string) => opts.usable == null || opts.usable.includes(name)
  const tried: Tried[] = built.map((psp) => ({
    name: psp.name,
    usable: usable(psp.name),
    result: admitOne(psp, pod),
  }))
  const passed = tried.filter((t) => t.usable && t.result.errors.length === 0)
  const winner = passed.find((t) => !t.result.mutated) ?? passed[0] ?? null
  const failed = tried.filter((t) => t.usable && t.result.errors.length > 0)
  const errorDetails = failed.flatMap((t) => t.result.errors.map((e) => ({ policy: t.name, ...e })))
  const errors = errorDetails.map((e) => e.message)
  const candidates: PspCandidate[] = names.flatMap((name): PspCandidate[] => {
    const t = tried.find((x) => x.name === name)
    const s = skipped.find((x) => x.name === name)
    if (t) {
      const ok = t.result.errors.length === 0
      const errs = t.result.errors.map((e) => e.message)
      return [
        {
          policy: name,
          usable: t.usable,
          allowed: ok,
          mutating: ok && t.result.mutated,
          errors: errs,
          skipped: null,
        },
      ]
    }
    if (s)
      return [
        {
          policy: name,
          usable: usable(name),
          allowed: false,
          mutating: false,
          errors: [],
          skipped: s.reason,
        },
      ]
    return []
  })
  const base = { errors, candidates, errorDetails, policyProblems }
  if (winner === null) {
    const message = built.length === 0 ? NO_PROVIDERS : admitMessage(errors)
    return {
      ...base,
      allowed: false,
      policy: null,
      message,
      mutations: [],
      pod: null,
      mutationDetails: [],
    }
  }
  const mutationDetails = deepCopy(winner.result.mutations)
  return {
    ...base,
    allowed: true,
    policy: winner.name,
    message: null,
    mutations: mutationDetails.map((m) => ({ path: formatPath(m.path), value: m.value })),
    pod: admittedPod(winner),
    mutationDetails,
  }
}
