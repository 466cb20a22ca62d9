import { describe, expect, it } from 'vitest'
import { evaluate } from '../index'
import type { Report } from '../report'
import { HOSTILE_POD } from '../testing/hostile'
import { renderedText, tableRows } from '../testing/markdown'
import { SEED_POD as SEED } from '../testing/seed'
import { formatMarkdown } from './markdown'
import { formatText } from './text'
import { VAP_EXAMPLES } from '../vap/examples'

const seed = evaluate({ pod: SEED, policy: '' })
const TEAM_A_POD =
  'apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: team-a}\nspec: {containers: [{name: c, image: nginx}]}\n'
const NS_RESTRICTED =
  'apiVersion: v1\nkind: Namespace\nmetadata: {name: team-a, labels: {pod-security.kubernetes.io/enforce: restricted}}\n'
const place = (editor: 'pod' | 'policy', line: number) => `${editor}.yaml:${line}`

const facts = [
  'Pod default/pod-with-host-pid-and-ipc',
  'PID yes, IPC yes, network no',
  '9000/TCP -> kubia:8080',
  '14 capabilities',
  'image user (root unless the image says otherwise)',
  'writable',
]

// The Markdown report is read as rendered: its user text is backslash-escaped in the source.
describe.each([
  ['text', formatText],
  ['markdown', (r: Report, p: typeof place) => renderedText(formatMarkdown(r, p)).join('\n')],
] as const)('%s report of the seed example', (_name, format) => {
  const out = format(seed, place)
  it.each(facts)('says %s', (fact) => {
    expect(out).toContain(fact)
  })
})

describe('text report', () => {
  // issue 11: the report leads with the summary table, then one block per workload
  it('leads with the summary, then names the workload with its place', () => {
    const lines = formatText(seed, place).split('\n')
    expect(lines[0]).toBe('Summary: 1 workload(s), 0 denied')
    expect(lines[1]).toMatch(/^ {2}verdict +workload +where +Pod Security \(enforce\)/)
    expect(lines[2]).toMatch(
      /^ {2}admitted +Pod default\/pod-with-host-pid-and-ipc +pod\.yaml:1 +privileged:latest allowed +privileged +- +- +- +PID, IPC, port 9000\/TCP +-$/,
    )
    expect(lines).toContain('Pod default/pod-with-host-pid-and-ipc (pod.yaml:1)')
  })

  it('lists problems with file:line:column', () => {
    const r = evaluate({
      pod: 'kind: Pod\nspec:\n  hostPID: yes\n  containers: [{name: c}]\n',
      policy: '',
    })
    const out = formatText(r, place)
    expect(out).toContain('Problems:')
    expect(out).toContain('pod.yaml:3:12 warning: `yes` is read by Kubernetes as `true`')
  })

  // the level's source is a clause of its own: "level from chosen in podplay" was not English
  it.each([
    ['a level chosen with --level', '', 'restricted', 'why this level: chosen in podplay'],
    [
      'the labels of a Namespace',
      NS_RESTRICTED,
      undefined,
      'why this level: the labels of Namespace "team-a"',
    ],
    [
      'a Namespace without labels',
      'apiVersion: v1\nkind: Namespace\nmetadata: {name: team-a}\n',
      undefined,
      'why this level: Namespace "team-a" has no pod-security.kubernetes.io labels',
    ],
    [
      'a Namespace podplay cannot see',
      '',
      undefined,
      'why this level: Namespace "team-a" is not in either editor',
    ],
  ] as const)('says why the level applies: %s', (_, policy, level, words) => {
    const r = evaluate({ pod: TEAM_A_POD, policy, ...(level && { options: { level } }) })
    const out = formatText(r)
    expect(out).toContain(words)
    expect(out).not.toContain('level from')
  })

  it('says when there is no workload', () => {
    expect(formatText(evaluate({ pod: '', policy: '' }))).toContain('No Pod or workload found.')
  })

  it('lists host paths with their read-only state', () => {
    const r = evaluate({
      pod: `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  volumes: [{name: etc, hostPath: {path: /etc}}, {name: logs, hostPath: {path: /var/log}}]
  containers:
  - name: c
    volumeMounts: [{name: etc, mountPath: /e, readOnly: true}, {name: logs, mountPath: /l}]
`,
      policy: '',
    })
    expect(formatText(r)).toContain('host paths: /etc (read-only), /var/log (writable)')
  })
})

describe('Markdown report', () => {
  const report: Report = {
    version: 1,
    problems: [
      { editor: 'pod', line: 2, column: 1, severity: 'error', code: 'x', message: 'a | b\nc' },
    ],
    workloads: [
      {
        ...seed.workloads[0]!,
        podSecurity: null,
        podSecurityPolicy: null,
        effective: {
          ...seed.workloads[0]!.effective,
          containers: [{ ...seed.workloads[0]!.effective.containers[0]!, name: 'we|ird' }],
        },
      },
    ],
    network: null,
  }
  const md = formatMarkdown(report, place)

  it('escapes | in table cells', () => {
    const row = md.split('\n').find((l) => l.startsWith('| we'))
    expect(row).toBeDefined()
    expect(row!.startsWith('| we\\|ird | ')).toBe(true)
    // five cells: six unescaped bars, seven pieces
    expect(row!.replaceAll('\\|', '').split('|')).toHaveLength(7)
    expect(tableRows(md).find((r) => r[0] === 'we|ird')).toHaveLength(5)
  })

  it('keeps a problem on one line, with its place (the line end shown as ⏎)', () => {
    expect(md).toContain('- pod\\.yaml\\:2: **error**: a \\| b⏎c')
    expect(renderedText(md)).toContain('pod.yaml:2: error: a | b⏎c')
  })

  it('counts workloads and input errors', () => {
    expect(md).toContain('1 workload(s), 0 denied, 1 input error(s).')
  })
})

describe('text report with hostile names', () => {
  const out = formatText(
    evaluate({ pod: HOSTILE_POD, policy: '', options: { level: 'restricted' } }),
    place,
  )

  it('holds no control character but its own line ends', () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: what is checked
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/)
  })

  it('starts no line of its own from a name', () => {
    const lines = out.split('\n').filter((l) => l !== '')
    // every line is indented under its block but the titles: the summary, the workload, Problems
    const titles = lines.filter((l) => !l.startsWith('  '))
    expect(titles).toHaveLength(3)
    expect(titles[0]).toBe('Summary: 1 workload(s), 1 denied')
    expect(titles[1]).toMatch(/^Pod ns\\x1b\]0;owned\\x07\\x1b\[2J\/np\\n\\n!\[x\]/)
    expect(titles[2]).toBe('Problems:')
  })
})

// Issue 11: every mode in Pod Security Admission's words (admission.go: `would violate PodSecurity
// %q: %s` as a warning kubectl prints after `Warning: `, and as the audit-violations annotation),
// the objects not judged as one line, and the problems with errors first.
describe('modes, objects not judged, problems (issue 11)', () => {
  const NS = `apiVersion: v1
kind: Namespace
metadata: {name: default, labels: {pod-security.kubernetes.io/warn: baseline, pod-security.kubernetes.io/audit: baseline}}
---
apiVersion: v1
kind: Pod
metadata: {name: p}
spec: {hostIPC: true, containers: [{name: c, image: nginx}]}
---
apiVersion: v1
kind: ServiceAccount
metadata: {name: a}
---
apiVersion: v1
kind: ServiceAccount
metadata: {name: b}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: r}
---
kind: Pod
metadata: {name: q}
spec: {hostPID: yes, containers: [{name: c, image: nginx}]}
---
- not an object
`
  const report = evaluate({ pod: NS, policy: '' })
  const WARNING =
    'Warning: would violate PodSecurity "baseline:latest": host namespaces (hostIPC=true)'
  const AUDIT =
    'pod-security.kubernetes.io/audit-violations: would violate PodSecurity "baseline:latest": host namespaces (hostIPC=true)'
  describe.each([
    ['text', formatText(report, place)],
    ['markdown', renderedText(formatMarkdown(report, place)).join('\n')],
  ])('%s', (_name, out) => {
    it.each([WARNING, AUDIT, '3 objects not judged: 2 ServiceAccount, 1 Role'])('says %s', (s) => {
      expect(out).toContain(s)
    })
    it('lists no object not judged on a line of its own', () => {
      expect(out).not.toContain('is not evaluated')
    })
    it('lists errors before warnings', () => {
      const error = out.indexOf('not a Kubernetes object')
      const warning = out.indexOf('is read by Kubernetes as `true`')
      expect(error).toBeGreaterThan(-1)
      expect(warning).toBeGreaterThan(error)
    })
  })
})

// A ConfigMap a binding reads as its parameter (the replica-limit example) is said as such in the
// summary's line, not counted among the objects not judged nor listed as a problem.
describe('a binding parameter in the text and Markdown summaries', () => {
  const e = VAP_EXAMPLES.find((x) => x.id === 'vap-replica-limit')!
  const report = evaluate({ pod: e.pod, policy: e.policy })
  const param = report.admissionPolicyParams?.[0]
  describe.each([
    ['text', formatText(report, place)],
    ['markdown', renderedText(formatMarkdown(report, place)).join('\n')],
  ])('%s', (_name, out) => {
    it('says whose parameter it is', () => {
      expect(param).toBeDefined()
      expect(out).toContain(
        `1 binding parameter: ${param!.kind} ${param!.namespace}/${param!.name} (parameter of binding ${param!.bindings[0]!.binding})`,
      )
    })
    it("says the workload's VAP outcome in its block, as the app's badge", () => {
      const denial = report.admissionPolicies!.find((a) => !a.allowed)!
      expect(out).toMatch(
        new RegExp(`VAP: (denied|DENIED) by ${denial.policy.replaceAll('.', '\\.')}`),
      )
    })
    it('does not count it as an object not judged, nor list its note as a problem', () => {
      expect(out).not.toContain('not judged')
      expect(out).not.toContain('reads it as')
    })
  })
})
