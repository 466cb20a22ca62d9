/**
 * Label selectors (spec §5): reading and validating `{matchLabels, matchExpressions}`, compiling a
 * selector once into a matcher, and describing it in prose.
 *
 * matchLabels `k: v` needs `k` present with exactly `v`; `In` needs the key present with a listed
 * value; `NotIn` matches when the key is absent or its value is not listed; `Exists` / `DoesNotExist`
 * test presence only. Everything is ANDed; an empty selector matches everything.
 */
import type { Path } from '../report'
import { type Fields, isObj, type Obj } from './fields'
import { labelKeyError, labelValueError } from './labels'
import type { Operator, Requirement, Selector } from './types'

const OPERATORS: readonly Operator[] = ['In', 'NotIn', 'Exists', 'DoesNotExist']

export type Labels = Readonly<Record<string, string>>
export type Matcher = (labels: Labels) => boolean

export const EMPTY_SELECTOR: Selector = { matchLabels: [], matchExpressions: [] }

export const isEmptySelector = (s: Selector) =>
  s.matchLabels.length === 0 && s.matchExpressions.length === 0

/** Reads a selector value (a map; null reads as `{}`). Validation problems go to `f`. */
export function readSelector(f: Fields, v: unknown, at: Path): Selector {
  if (v === null || v === undefined) return { matchLabels: [], matchExpressions: [] }
  if (!isObj(v)) {
    f.wrong(at, 'a map', v)
    return { matchLabels: [], matchExpressions: [] }
  }
  const matchLabels: [string, string][] = []
  const ml = f.obj(v, 'matchLabels', at)
  for (const [k, val] of Object.entries(ml ?? {})) {
    const p = [...at, 'matchLabels', k]
    if (typeof val !== 'string') {
      f.wrong(p, 'a string', val)
      continue
    }
    const ke = labelKeyError(k)
    if (ke) f.add(p, 'Invalid value', `${JSON.stringify(k)}: ${ke}`)
    const ve = labelValueError(val)
    if (ve) f.add(p, 'Invalid value', `${JSON.stringify(val)}: ${ve}`)
    matchLabels.push([k, val])
  }
  const matchExpressions: Requirement[] = []
  for (const { item, path } of f.maps(v, 'matchExpressions', at)) {
    const r = readRequirement(f, item, path)
    if (r) matchExpressions.push(r)
  }
  return { matchLabels, matchExpressions }
}

function readRequirement(f: Fields, o: Obj, at: Path): Requirement | null {
  const key = f.str(o, 'key', at) ?? ''
  const op = f.str(o, 'operator', at)
  const values = f.strs(o, 'values', at)
  const ke = labelKeyError(key)
  if (ke) f.add([...at, 'key'], 'Invalid value', `${JSON.stringify(key)}: ${ke}`)
  if (op === undefined) {
    f.add([...at, 'operator'], 'Required value', 'must be specified')
    return null
  }
  if (!(OPERATORS as readonly string[]).includes(op)) {
    f.add(
      [...at, 'operator'],
      'Invalid value',
      `${JSON.stringify(op)}: not a valid selector operator`,
    )
    return null
  }
  const operator = op as Operator
  if ((operator === 'In' || operator === 'NotIn') && values.length === 0)
    f.add(
      [...at, 'values'],
      'Required value',
      "must be specified when `operator` is 'In' or 'NotIn'",
    )
  if ((operator === 'Exists' || operator === 'DoesNotExist') && values.length > 0)
    f.add(
      [...at, 'values'],
      'Forbidden',
      "may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
    )
  values.forEach((val, i) => {
    const ve = labelValueError(val)
    if (ve) f.add([...at, 'values', i], 'Invalid value', `${JSON.stringify(val)}: ${ve}`)
  })
  return { key, operator, values }
}

const has = (labels: Labels, k: string) => Object.hasOwn(labels, k)

/** Does one requirement hold for these labels? */
export function requirementMatches(r: Requirement, labels: Labels): boolean {
  switch (r.operator) {
    case 'In':
      return has(labels, r.key) && r.values.includes(labels[r.key] as string)
    case 'NotIn':
      return !has(labels, r.key) || !r.values.includes(labels[r.key] as string)
    case 'Exists':
      return has(labels, r.key)
    case 'DoesNotExist':
      return !has(labels, r.key)
  }
}

/** Compiles a selector once; the matcher is pure and cheap. */
export function compileSelector(s: Selector): Matcher {
  if (isEmptySelector(s)) return () => true
  const pairs = s.matchLabels
  const reqs = s.matchExpressions.map((r) => ({ ...r, set: new Set(r.values) }))
  return (labels) => {
    for (const [k, v] of pairs) if (!has(labels, k) || labels[k] !== v) return false
    for (const r of reqs) {
      const present = has(labels, r.key)
      switch (r.operator) {
        case 'In':
          if (!present || !r.set.has(labels[r.key] as string)) return false
          break
        case 'NotIn':
          if (present && r.set.has(labels[r.key] as string)) return false
          break
        case 'Exists':
          if (!present) return false
          break
        case 'DoesNotExist':
          if (present) return false
      }
    }
    return true
  }
}

/** The UI's "what does this selector match": the names of the label sets it selects. */
export function selectorMatches<T>(
  s: Selector,
  items: readonly T[],
  labelsOf: (item: T) => Labels,
): T[] {
  const m = compileSelector(s)
  return items.filter((it) => m(labelsOf(it)))
}

const list = (vs: string[]) => `(${vs.join(', ')})`

/** One requirement in prose-like notation: `pod=a`, `pod In (b, c)`, `has team`, `lacks team`. */
export function describeRequirement(r: Requirement): string {
  switch (r.operator) {
    case 'In':
      return r.values.length === 1 ? `${r.key}=${r.values[0]}` : `${r.key} In ${list(r.values)}`
    case 'NotIn':
      return r.values.length === 1 ? `${r.key}!=${r.values[0]}` : `${r.key} NotIn ${list(r.values)}`
    case 'Exists':
      return `has ${r.key}`
    case 'DoesNotExist':
      return `lacks ${r.key}`
  }
}

/** `pod=a, env In (x, y)`; `{}` for the empty selector. */
export function describeSelector(s: Selector): string {
  if (isEmptySelector(s)) return '{}'
  return [
    ...s.matchLabels.map(([k, v]) => `${k}=${v}`),
    ...s.matchExpressions.map(describeRequirement),
  ].join(', ')
}

/** The parts of `s` that these labels fail, in prose (for explanations). */
export function failedParts(s: Selector, labels: Labels): string[] {
  const out: string[] = []
  for (const [k, v] of s.matchLabels) if (!has(labels, k) || labels[k] !== v) out.push(`${k}=${v}`)
  for (const r of s.matchExpressions)
    if (!requirementMatches(r, labels)) out.push(describeRequirement(r))
  return out
}
