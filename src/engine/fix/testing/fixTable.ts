/**
 * Test helper: a check's table of quick-fix cases. Each row is the text before, the text after
 * (comments, key order and style kept) and the level; the "before" fails the level, fixAll gives
 * exactly the "after", which meets the level (judged again by the whole engine).
 */
import { expect, it } from 'vitest'
import { evaluate } from '../..'
import type { Level } from '../../report'
import { fixAll } from '..'

export interface FixCase {
  name: string
  level: Level
  before: string
  after: string
}

/** A Pod with the given spec lines, its name carrying a comment that must survive. */
export const pod = (spec: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p # keep me\nspec:\n${spec}`

/** One container, no securityContext (spec lines). */
export const BASE = '  containers:\n  - name: c\n    image: i\n'
/** The rest of a restricted container securityContext (its fields, six columns in). */
export const RESTRICTED_REST =
  '      allowPrivilegeEscalation: false\n      capabilities:\n        drop: [ALL]\n'
/** A restricted pod securityContext (spec lines). */
export const RESTRICTED_POD =
  '  securityContext:\n    runAsNonRoot: true\n    seccompProfile: {type: RuntimeDefault}\n'

export const meets = (text: string, level: Level) =>
  evaluate({ pod: text, policy: '', options: { level } }).workloads.every(
    (w) => w.podSecurity?.allowed,
  )

export function runFixTable(cases: readonly FixCase[]): void {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, { level, before, after }) => {
    expect(meets(before, level)).toBe(false)
    const r = fixAll(before, level)
    expect(r.text).toBe(after)
    expect(r.meets).toBe(true)
    expect(r.decisions).toEqual([])
    expect(meets(r.text, level)).toBe(true)
  })
}
