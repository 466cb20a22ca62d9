import { describe, expect, it } from 'vitest'
import { evaluate } from '..'
import { fileUri, formatSarif } from './sarif'

const POD = `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  hostPID: true
  containers:
  - name: app
    image: nginx
    securityContext:
      privileged: "maybe"
`

const origin = (editor: 'pod' | 'policy', line: number) => ({
  file: `${editor}.yaml`,
  line: line + 100,
})

describe('formatSarif', () => {
  const report = evaluate({
    pod: POD,
    policy: '',
    options: { level: 'baseline', version: 'latest' },
  })
  const sarif = JSON.parse(formatSarif(report, origin))
  const results = sarif.runs[0].results as {
    ruleId: string
    level: string
    message: { text: string }
    locations: {
      physicalLocation: {
        artifactLocation: { uri: string }
        region: { startLine: number; startColumn: number }
      }
    }[]
  }[]

  it('is SARIF 2.1.0 with the rules it uses', () => {
    expect(sarif.version).toBe('2.1.0')
    const ids = sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)
    expect(ids).toEqual([...new Set(results.map((r) => r.ruleId))])
  })

  it('reports the violation at its key, through the origin mapping', () => {
    const host = results.find((r) => r.ruleId === 'pss/hostNamespaces')!
    expect(host.level).toBe('error')
    expect(host.message.text).toBe(
      'Pod default/web violates PodSecurity "baseline:latest": host namespaces (hostPID=true)',
    )
    expect(host.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'pod.yaml' },
      region: { startLine: 105, startColumn: 3, endLine: 105, endColumn: 10 },
    })
  })

  it('reports input problems with their severity', () => {
    const wrong = results.find((r) => r.ruleId === 'input/wrong-type')!
    expect(wrong.level).toBe('error')
    expect(wrong.locations[0]!.physicalLocation.region.startLine).toBe(110)
  })
})

describe('fileUri: SARIF artifact locations are URI references (SARIF 2.1.0 §3.10.3, RFC 3986)', () => {
  it.each([
    ['a relative path', 'k8s/pod.yaml', 'k8s/pod.yaml'],
    ['an absolute path', '/tmp/pod.yaml', '/tmp/pod.yaml'],
    ['standard input', '<stdin>', '%3Cstdin%3E'],
    ['spaces, # and %', 'my pods/#1 100%.yaml', 'my%20pods/%231%20100%25.yaml'],
    ['a colon (not a scheme)', 'c:pod.yaml', 'c%3Apod.yaml'],
    ['control characters', 'a\u001b[2J.yaml', 'a%1B%5B2J.yaml'],
    ['a lone surrogate', 'a\ud800.yaml', 'a%EF%BF%BD.yaml'],
  ])('%s', (_, path, uri) => {
    expect(fileUri(path)).toBe(uri)
  })

  it('is used for every location, and the document stays valid JSON', () => {
    const report = evaluate({ pod: POD, policy: '', options: { level: 'baseline' } })
    const text = formatSarif(report, (_editor, line) => ({ file: 'my pods/#1.yaml', line }))
    const uris = JSON.parse(text).runs[0].results.flatMap(
      (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        r.locations.map((l) => l.physicalLocation.artifactLocation.uri),
    )
    expect(uris.length).toBeGreaterThan(0)
    expect(new Set(uris)).toEqual(new Set(['my%20pods/%231.yaml']))
  })
})
