import fc from 'fast-check'
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import type { NetworkPolicyInfo, Report, SourceLocation } from '../../engine/report'
import { MAX_LISTED, networkHover, podList } from './networkHover'

// the policy editor's text; the locations below are what the engine reports for it
const TEXT = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-from-y, namespace: 'x'}
spec:
  podSelector:
    matchLabels: {pod: 'a'}
  policyTypes: [Ingress]
  ingress:
  - from:
    - namespaceSelector:
        matchLabels: {ns: 'y'}

    ports:
    - {port: 80, protocol: TCP}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny, namespace: 'q'}
spec:
  podSelector: {}
  egress:
  - to:
    - podSelector: {matchLabels: {pod: b}}
  - {}
  policyTypes: [Ingress]
---
kind: NetworkPolicy
metadata: {name: missing, namespace: 'x'}
spec:
  ingress: []
`
const LINES = TEXT.split('\n')

const loc = (line: number, column: number, path: string): SourceLocation => ({
  editor: 'policy',
  line,
  column,
  endLine: line,
  endColumn: column + 1,
  path,
})

type Rule = NetworkPolicyInfo['rules'][number] & { at?: SourceLocation }
type Info = Omit<NetworkPolicyInfo, 'rules'> & { rules: Rule[]; selectorAt?: SourceLocation }

const POLICIES: Info[] = [
  {
    id: 'x/allow-from-y',
    selects: ['x/a'],
    policyTypes: ['Ingress'],
    rules: [
      {
        direction: 'ingress',
        rule: 0,
        peers: ['y/a', 'y/b', 'y/c'],
        anyPeer: false,
        effective: true,
        at: loc(9, 5, 'spec.ingress[0]'),
      },
    ],
    valid: true,
    at: loc(1, 1, ''),
    selectorAt: loc(5, 3, 'spec.podSelector'),
  },
  {
    id: 'q/deny',
    selects: [],
    policyTypes: ['Ingress'],
    rules: [
      {
        direction: 'egress',
        rule: 0,
        peers: [],
        anyPeer: false,
        effective: false,
        at: loc(22, 5, 'spec.egress[0]'),
      },
      {
        direction: 'egress',
        rule: 1,
        peers: ['x/a'],
        anyPeer: true,
        effective: false,
        at: loc(24, 5, 'spec.egress[1]'),
      },
    ],
    valid: false,
    at: loc(16, 1, ''),
    selectorAt: loc(20, 3, 'spec.podSelector'),
  },
  {
    // podSelector is missing: the engine marks the nearest ancestor (spec)
    id: 'x/missing',
    selects: ['x/a', 'x/b'],
    policyTypes: ['Ingress'],
    rules: [],
    valid: true,
    at: loc(27, 1, ''),
    selectorAt: loc(29, 1, 'spec.podSelector'),
  },
]

const report = (policies: Info[] = POLICIES): Report => ({
  version: 1,
  problems: [],
  workloads: [],
  network: { connections: [], policies },
})

const hover = (line: number, r: Report | null = report()) => networkHover(r, 'policy', line, LINES)

describe('networkHover', () => {
  it('over a podSelector and its nested lines: the pods it selects and what that means', () => {
    for (const line of [5, 6]) {
      const h = hover(line)
      expect(h).toEqual({
        text: '**NetworkPolicy `x/allow-from-y`** · podSelector\n\nSelects 1 pod: `x/a`.\n\nIt is isolated for ingress: only traffic that a rule of this or another policy selecting it allows gets through.',
        startLine: 5,
        endLine: 6,
      })
    }
  })

  it('a selector that selects no pod says the policy then isolates nothing', () => {
    const h = hover(20)
    expect(h?.text).toContain(
      'Selects no pod: no pod in namespace `q` matches, so this policy isolates nothing and its rules allow nothing.',
    )
    expect(h?.text).toContain('This policy is invalid')
    expect([h?.startLine, h?.endLine]).toEqual([20, 20])
  })

  it('over a rule, from its line to the line before the next rule or section', () => {
    for (const line of [9, 10, 11, 12, 13, 14]) {
      const h = hover(line)
      expect(h?.text).toBe(
        '**Rule 1 (ingress)** of `x/allow-from-y`\n\nAllows traffic from: 3 pods: `y/a`, `y/b`, `y/c`.',
      )
      expect([h?.startLine, h?.endLine]).toEqual([9, 14])
    }
    expect(hover(7)).toBeNull()
    expect(hover(8)).toBeNull()
    expect(hover(15)).toBeNull()
  })

  it('egress rules say "to", every peer, and why a rule has no effect', () => {
    const first = hover(22)
    expect(first?.text).toContain('**Rule 1 (egress)** of `q/deny`')
    expect(first?.text).toContain('Allows traffic to: no pod here')
    expect(first?.text).toContain(
      "This rule has no effect: the policy's policyTypes (Ingress) do not include Egress.",
    )
    expect([first?.startLine, first?.endLine]).toEqual([22, 23])
    const second = hover(24)
    expect(second?.text).toContain(
      'Allows traffic to: every pod and every IP address (the rule has no `to`, or an empty one).',
    )
    expect([second?.startLine, second?.endLine]).toEqual([24, 24])
    expect(hover(25)).toBeNull()
  })

  it('names the ports a rule allows, or every port', () => {
    const [p] = POLICIES
    const withPorts = { ...p!, rules: [{ ...p!.rules[0]!, ports: ['80/TCP', 'http/TCP'] }] }
    expect(hover(9, report([withPorts]))?.text).toBe(
      '**Rule 1 (ingress)** of `x/allow-from-y`\n\nAllows traffic from: 3 pods: `y/a`, `y/b`, `y/c` on `80/TCP`, `http/TCP`.',
    )
    const allPorts = { ...p!, rules: [{ ...p!.rules[0]!, ports: [] }] }
    expect(hover(9, report([allPorts]))?.text).toContain('`y/c` on every port.')
  })

  it('a rule of a policy that selects nothing applies to no one', () => {
    const [p] = POLICIES
    const none = { ...p!, selects: [] }
    expect(hover(9, report([none]))?.text).toContain(
      'The policy selects no pod, so this rule applies to no one.',
    )
  })

  it('no hover on the ancestor marked for a missing podSelector, other editors, or no network', () => {
    expect(hover(29)).toBeNull()
    expect(networkHover(report(), 'pod', 5, LINES)).toBeNull()
    expect(hover(5, null)).toBeNull()
    expect(hover(5, { ...report(), network: null })).toBeNull()
    expect(hover(1)).toBeNull()
  })

  it('lists at most MAX_LISTED pods and counts the rest', () => {
    const ids = Array.from({ length: MAX_LISTED + 3 }, (_, i) => `n/p${i}`)
    expect(podList(ids)).toMatch(/`n\/p11` … and 3 more$/)
    expect(podList(['a/b'])).toBe('`a/b`')
  })
})

// Monaco renders hovers as Markdown; markdown-it (CommonMark, raw HTML and linkify on) shows what
// a reader would see. A name from the input must stay text inside its code span: no heading,
// link, image, HTML or table can come out of it (issue 9).
const md = new MarkdownIt('default', { html: true, linkify: true })
const STRUCTURE = /^(heading|link|image|html|table|fence|code_block|hr|bullet_list|ordered_list)/

function structureOf(markdown: string): string[] {
  const out: string[] = []
  const walk = (tokens: ReturnType<typeof md.parse>) => {
    for (const t of tokens) {
      if (STRUCTURE.test(t.type)) out.push(t.type)
      if (t.children) walk(t.children)
    }
  }
  walk(md.parse(markdown, {}))
  return out
}

const hostile = (name: string): Info => ({
  ...POLICIES[0]!,
  id: `x/${name}`,
  selects: [`x/${name}`],
  policyTypes: [name],
  rules: [{ ...POLICIES[0]!.rules[0]!, peers: [name], ports: [name] }],
})

describe('networkHover with hostile names', () => {
  // the structure a hover has of its own: the separator between selector and rule parts
  const own = structureOf(hover(5)!.text)

  it.each([
    ['np\n\n![x](http://host/pixel.png)\n\n# Allowed everything'],
    ['a`b``c```'],
    ['`'],
    ['<img src=http://host/x.png>'],
    ['[click](javascript:alert(1))'],
    ['http://host/x www.host.example a@b.example'],
    ['x\n---\n| a | b |\n|---|---|\n| 1 | 2 |'],
    ['\u202e\u0007\u001b]0;title\u0007'],
  ])('%j stays text in the selector and rule hovers', (name) => {
    const r = report([hostile(name)])
    for (const line of [5, 9]) {
      const h = hover(line, r)!
      expect(structureOf(h.text)).toEqual([])
      // nothing of the name leaks out of a code span as markup
      expect(md.render(h.text)).not.toMatch(/<(img|a|h[1-6]|table|script)\b/)
    }
    expect(own).toEqual([])
  })

  it('a 3 MB name is shortened in the hover', () => {
    const h = hover(5, report([hostile('n'.repeat(3_000_000))]))!
    expect(h.text.length).toBeLessThan(2_000)
    expect(h.text).toContain('more characters')
  })

  it('any name renders as text only (fuzz)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 60 }), fc.string(), (a, b) => {
        const h = hover(9, report([hostile(a + b)]))!
        expect(structureOf(h.text)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })
})
