/**
 * The summary on the real installs (../shared/realworld, third-party manifests): every workload has
 * its row, every object not judged is counted, and Argo CD's install gives the one line the issue
 * asks for instead of 36 (issue 11).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluate } from '..'
import { REALWORLD_ROOT, realworldPresent, yamlFiles } from '../testing/realworld'
import { notJudgedLine, summarize } from '.'

describe.skipIf(!realworldPresent())('the summary of the real installs', () => {
  const files = realworldPresent() ? yamlFiles() : []
  it.each(files.map((f) => [f.slice(REALWORLD_ROOT.length + 1), f]))('%s', (_name, file) => {
    const report = evaluate({ pod: readFileSync(file, 'utf8'), policy: '' })
    const s = summarize(report)
    expect(s.rows.map((r) => r.index).sort((a, b) => a - b)).toEqual(
      report.workloads.map((_, i) => i),
    )
    expect(s.notJudged.total).toBe(report.problems.filter((p) => p.code === 'not-evaluated').length)
  })

  it('Argo CD: 36 objects not judged, in one line', () => {
    const file = join(REALWORLD_ROOT, 'argo-cd/namespace-install.yaml')
    const s = summarize(evaluate({ pod: readFileSync(file, 'utf8'), policy: '' }))
    expect(s.rows).toHaveLength(7)
    expect(notJudgedLine(s.notJudged)).toBe(
      '36 objects not judged: 8 Service, 7 ConfigMap, 7 ServiceAccount, 6 Role, 6 RoleBinding, 2 Secret',
    )
  })
})
