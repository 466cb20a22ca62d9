import { describe, expect, it } from 'vitest'
import { evaluate } from '..'
import { HOSTILE_POD } from '../testing/hostile'
import { inlineText, markdownTokens, tableRows } from '../testing/markdown'
import { formatMarkdown, MAX_ROWS } from './markdown'

describe('formatMarkdown with a big network', () => {
  it('lists denied connections first and at most MAX_ROWS rows', () => {
    const pods = Array.from(
      { length: 20 },
      (_, i) => `apiVersion: v1
kind: Pod
metadata: {name: p${i}, namespace: n${i % 2}, labels: {app: a}}
spec: {containers: [{name: c, image: nginx, ports: [{containerPort: 80}]}]}
`,
    ).join('---\n')
    const deny = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny, namespace: n1}
spec: {podSelector: {}, policyTypes: [Ingress]}
`
    const report = evaluate({ pod: pods, policy: deny, options: { level: 'privileged' } })
    expect(report.network!.connections).toHaveLength(380)
    const md = formatMarkdown(report)
    const rows = tableRows(md).filter((r) => /^n\d\//.test(r[0]!))
    expect(rows).toHaveLength(MAX_ROWS)
    // 10 sources to 10 destinations in n1 from n0, plus 10 x 9 within n1: 190 denied, listed first
    expect(rows.slice(0, 190).every((r) => r[3] === 'denied')).toBe(true)
    expect(rows[190]![3]).toBe('allowed')
    expect(md).toContain(`… and ${380 - MAX_ROWS} more connections.`)
  })
})

describe('formatMarkdown with hostile names', () => {
  const md = formatMarkdown(
    evaluate({ pod: HOSTILE_POD, policy: '', options: { level: 'restricted' } }),
  )
  const all = markdownTokens(md)

  it('forms no link, image, HTML or indented code', () => {
    const formed = all.filter((t) => /link|image|html|code_block/.test(t.type)).map((t) => t.type)
    expect(formed).toEqual([])
  })

  // issue 11: the summary table leads (ten cells a row)
  it('keeps the report structure: its own headings, one fence, three tables', () => {
    const count = (type: string) => all.filter((t) => t.type === type).length
    const headings = all.filter((_, i) => i > 0 && all[i - 1]!.type === 'heading_open')
    // (input problems, such as names Kubernetes rejects, may add their own heading)
    expect(headings.map(inlineText).filter((h) => h !== 'Input problems')).toHaveLength(2)
    expect(count('fence')).toBe(1)
    expect(count('table_open')).toBe(3)
    expect(tableRows(md).map((r) => r.length)).toEqual([10, 4, 4, 4, 4, 4, 4, 5])
  })

  it('shows the names as text', () => {
    const headings = all.filter((_, i) => i > 0 && all[i - 1]!.type === 'heading_open')
    expect(inlineText(headings[1]!)).toBe(
      'Pod ns\\x1b]0;owned\\x07\\x1b[2J/np⏎⏎![x](http://host/pixel.png)⏎⏎# Allowed everything',
    )
    const container = tableRows(md).at(-1)![0]
    expect(container).toBe(
      'c⏎```⏎# Injected⏎| a | b |⏎| - | - |⏎| [x](javascript:alert(1)) | <b>html</b> |',
    )
  })
})
