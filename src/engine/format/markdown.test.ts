import { describe, expect, it } from 'vitest'
import { evaluate } from '..'
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
    const rows = md.split('\n').filter((l) => /^\| n\d\//.test(l))
    expect(rows).toHaveLength(MAX_ROWS)
    // 10 sources to 10 destinations in n1 from n0, plus 10 x 9 within n1: 190 denied, listed first
    expect(rows.slice(0, 190).every((r) => r.endsWith('| **denied** |'))).toBe(true)
    expect(rows[190]).toMatch(/\| allowed \|$/)
    expect(md).toContain(`… and ${380 - MAX_ROWS} more connections.`)
  })
})
