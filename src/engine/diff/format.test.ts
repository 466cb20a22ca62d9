/** `podplay diff` as text and Markdown: one line or row per change, lists as gained and lost. */
import { describe, expect, it } from 'vitest'
import { evaluate } from '..'
import { renderedText, tableRows } from '../testing/markdown'
import { podYaml } from '../summary/fixtures'
import { diffReports } from '.'
import { changeWords, formatDiffMarkdown, formatDiffText } from './format'

const places = {
  before: (_e: 'pod' | 'policy', line: number) => `base/app.yaml:${line}`,
  after: (_e: 'pod' | 'policy', line: number) => `app.yaml:${line}`,
}
const d = diffReports(
  evaluate({ pod: podYaml('p', { sc: 'capabilities: {drop: [CHOWN]}' }), policy: '' }),
  evaluate({
    pod: podYaml('p', { sc: 'capabilities: {add: [NET_ADMIN]}, runAsUser: 0' }),
    policy: '',
  }),
)

describe('changeWords', () => {
  it.each([
    ['effective.containers[main].capabilities', '+CHOWN, +NET_ADMIN'],
    ['effective.containers[main].runAsUser', '(unset) -> 0'],
    ['podSecurity.highest', 'baseline -> privileged'],
  ])('%s: %s', (field, words) => {
    expect(changeWords(d.changes.find((c) => c.field === field)!)).toBe(words)
  })
})

describe.each([
  ['text', formatDiffText(d, places).join('\n')],
  ['markdown', renderedText(formatDiffMarkdown(d, places).join('\n')).join('\n')],
])('%s', (_name, out) => {
  it.each([
    '3 change(s): 3 grant more privilege, 0 less',
    'Pod default/p',
    'effective.containers[main].capabilities',
    '+CHOWN, +NET_ADMIN',
    'before base/app.yaml:1, after app.yaml:1',
  ])('says %s', (s) => expect(out).toContain(s))
})

it('markdown: one row per change, five cells', () => {
  const rows = tableRows(formatDiffMarkdown(d, places).join('\n'))
  expect(rows.map((r) => [r[0], r.length])).toEqual([
    ['⚠️ more', 5],
    ['⚠️ more', 5],
    ['⚠️ more', 5],
  ])
})
