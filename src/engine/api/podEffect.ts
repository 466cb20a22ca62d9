/**
 * What a value does to a pod's Pod Security level, for value completion: the engine's own checks
 * judge a probe pod that meets restricted (one container of each kind) with the value written at
 * the field's place, at the newest version. Said only where the values of a field differ in their
 * effect (a field no check reads says nothing).
 */
import { describeChecks, podSecurityFor } from '../pss'
import type { Level } from '../report'
import { type FieldType, kindInfo, type StructType } from './tree'

const STEP_ITEM = '[]'

const container = () => ({
  name: 'c',
  image: 'i',
  securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
})

/** A pod that meets restricted: every field a check reads is set to a passing value. */
const probe = () => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'p' },
  spec: {
    securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
    containers: [container()],
    initContainers: [container()],
    ephemeralContainers: [container()],
  },
})

const TITLES = new Map(describeChecks().map((c) => [c.id, c.title]))

/**
 * The path of the field from the pod template's spec (`spec`, then its steps), or null when the
 * field is not inside a PodSpec. `path` runs from the document root to the field (`[]` for items).
 */
export function podPathOf(kind: string, path: readonly string[]): string[] | null {
  const root = kindInfo(kind)?.root
  if (!root) return null
  const pod = kindInfo('Pod')!.root.fields.get('spec')
  let t: StructType | null = root
  let from = -1
  for (let i = 0; i < path.length && t; i++) {
    const step = path[i]!
    let next: FieldType | null = step === STEP_ITEM ? null : (t.fields.get(step) ?? null)
    // a list's items: the struct they are
    if (next?.kind === 'list' && path[i + 1] === STEP_ITEM) {
      next = next.of
      i++
    }
    if (next === pod) from = i
    t = next?.kind === 'struct' ? next : null
    if (next && next.kind !== 'struct') break
  }
  return from < 0 ? null : ['spec', ...path.slice(from + 1)]
}

/** Writes `value` at `path` into `obj`, creating objects (and one-item lists) on the way. */
function put(obj: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let at: Record<string, unknown> = obj
  for (let i = 0; i < path.length - 1; i++) {
    const step = path[i]!
    const next = path[i + 1]!
    if (next === STEP_ITEM) {
      const list = Array.isArray(at[step]) ? (at[step] as unknown[]) : []
      at[step] = list
      if (i + 1 === path.length - 1) {
        at[step] = [value]
        return
      }
      if (typeof list[0] !== 'object' || list[0] === null) list[0] = {}
      at = list[0] as Record<string, unknown>
      i++
      continue
    }
    if (typeof at[step] !== 'object' || at[step] === null || Array.isArray(at[step])) at[step] = {}
    at = at[step] as Record<string, unknown>
  }
  at[path.at(-1)!] = value
}

/** The highest level the probe pod meets with the value, and the checks it fails at the next. */
function levelWith(podPath: readonly string[], value: unknown): { level: Level; fails: string[] } {
  const pod = probe()
  put(pod, podPath, value)
  const r = podSecurityFor(pod, { namespaceLabels: null, level: 'restricted' })
  const next = r.highestLevel === 'baseline' ? r.levels.restricted : r.levels.baseline
  const fails = r.highestLevel === 'restricted' ? [] : next.violations.map((v) => v.check)
  return { level: r.highestLevel, fails: [...new Set(fails)].map((id) => TITLES.get(id) ?? id) }
}

const NEXT: Record<Level, string> = {
  privileged: 'baseline',
  baseline: 'restricted',
  restricted: '',
}

/**
 * For each value (as YAML would read it: `true` is a boolean), what it does to the Pod Security
 * level when written at `podPath` in a pod that otherwise meets restricted; empty strings when the
 * values do not differ.
 */
export function podSecurityEffects(
  podPath: readonly string[],
  values: readonly string[],
): string[] {
  const results = values.map((v) =>
    levelWith(podPath, v === 'true' ? true : v === 'false' ? false : v),
  )
  if (results.every((r) => r.level === results[0]?.level)) return values.map(() => '')
  return results.map(({ level, fails }) =>
    level === 'restricted'
      ? 'Pod Security: meets restricted.'
      : `Pod Security: ${level} at most; fails ${NEXT[level]} (${fails.join(', ')}).`,
  )
}
