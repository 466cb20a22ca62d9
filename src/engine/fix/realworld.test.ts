/**
 * podplay fix on the real-world manifests of ../shared/realworld (read from there, never copied):
 * the fixed text is read without a YAML error, keeps every comment of the original, and meets the
 * level whenever fixAll says it does (judged again by the whole engine).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { evaluate } from '..'
import type { Level } from '../report'
import { REALWORLD_ROOT as ROOT, realworldPresent, yamlFiles } from '../testing/realworld'
import { commentsIn } from './text'
import { fixAll } from '.'

const present = realworldPresent()
const files = present ? yamlFiles(ROOT) : []

describe.skipIf(!present)(`fixAll on the real-world manifests (${ROOT})`, () => {
  it.each(files.map((f) => ({ file: f.slice(ROOT.length + 1), path: f })))('$file', ({ path }) => {
    const text = readFileSync(path, 'utf8')
    for (const level of ['baseline', 'restricted'] as Level[]) {
      const r = fixAll(text, level)
      if (r.unreadable !== null) continue
      const after = evaluate({ pod: r.text, policy: '', options: { level } })
      expect(after.problems.filter((p) => p.code.startsWith('yaml'))).toEqual([])
      const kept = commentsIn(r.text, 0, r.text.length)
      for (const c of commentsIn(text, 0, text.length)) expect(kept).toContain(c)
      if (r.meets) expect(after.workloads.every((w) => w.podSecurity?.allowed)).toBe(true)
      // what fixAll says is left to decide is what the engine still finds
      const left = after.workloads.reduce((n, w) => n + (w.podSecurity?.violations.length ?? 0), 0)
      expect(r.decisions.length).toBe(left)
    }
  })
})
