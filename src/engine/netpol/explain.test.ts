/**
 * Explanations (spec §13) on the small world: both sides always, the policy and rule (counted from
 * 1 in prose, 0 in data), the matching peer and port, or why each rule failed.
 */
import { describe, expect, it } from 'vitest'
import { evaluateNetwork, explainConnection } from './index'
import { np, world } from './testing/small'

const WEB = { matchLabels: { app: 'web' } }
const DB = { matchLabels: { app: 'db' } }

describe('explanations', () => {
  it('denied by egress, naming the isolating policy, the failing peer and the allowing ingress rule', () => {
    const w = world([
      np('x/to-db', {
        podSelector: WEB,
        policyTypes: ['Egress'],
        egress: [{ to: [{ podSelector: DB }] }],
      }),
      np('y/from-x', {
        podSelector: WEB,
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'x' } } }],
          },
        ],
      }),
    ])
    const e = explainConnection(w, 'x/a', 'y/a', 80, 'TCP')
    expect(e?.allowed).toBe(false)
    expect(e?.text).toBe(
      'Denied by egress: x/a is isolated for egress by `x/to-db`, and no rule allows y/a on 80/TCP: ' +
        "`x/to-db` rule 1: its only peer (namespace x (the policy's own) AND pod app=db) does not match: y/a is not in the policy's namespace x. " +
        'The ingress side would allow it (`y/from-x` rule 1).',
    )
    expect(e?.ingress.allowedBy).toEqual([{ policy: 'y/from-x', rule: 0 }])
    expect(e?.ingress.rules[0]).toMatchObject({
      policy: 'y/from-x',
      rule: 0,
      path: 'spec.ingress[0]',
      matched: true,
      port: 'the rule lists no ports (all ports and protocols)',
    })
    expect(e?.ingress.rules[0]?.peer).toBe(
      'peer 1 (namespace kubernetes.io/metadata.name=x AND any pod) matches x/a',
    )
  })

  it('allowed: names the rule, the peer and the port entry on each side', () => {
    const w = world([
      np('x/web', {
        podSelector: WEB,
        ingress: [{ from: [{ podSelector: DB }], ports: [{ port: 'http' }] }],
      }),
    ])
    const e = explainConnection(w, 'x/b', 'x/a', 80, 'TCP')
    expect(e?.text).toBe(
      'Allowed: x/b is not isolated for egress: no NetworkPolicy in x selects it with Egress in its policyTypes. ' +
        "x/a is isolated for ingress by `x/web`; `x/web` rule 1 allows it: peer 1 (namespace x (the policy's own) AND pod app=db) matches x/b, " +
        'and port entry 1 (named port http (TCP)) matches 80/TCP (resolved on x/a).',
    )
  })

  it('says why a port entry fails, with the defaulted protocol', () => {
    const w = world([np('x/dns', { podSelector: WEB, ingress: [{ ports: [{ port: 'dns' }] }] })])
    const e = explainConnection(w, 'y/a', 'x/a', 53, 'UDP')
    expect(e?.ingress.rules[0]?.port).toBe(
      'no port entry matches 53/UDP: named port dns (TCP) is TCP (protocol defaulted to TCP), not UDP',
    )
    expect(e?.text.startsWith('Denied by ingress: x/a is isolated for ingress by `x/dns`')).toBe(
      true,
    )
    expect(e?.text.endsWith('The egress side allows it (y/a is not isolated for egress).')).toBe(
      true,
    )
  })

  it('explains the egress-only policy that also isolates ingress', () => {
    const w = world([
      np('x/egress-to-y', { podSelector: WEB, egress: [{ to: [{ namespaceSelector: {} }] }] }),
    ])
    const e = explainConnection(w, 'y/a', 'x/a', 80, 'TCP')
    expect(e?.ingress.text).toContain(
      '`x/egress-to-y` has no `policyTypes`; because it has egress rules it was defaulted to `[Ingress, Egress]`, so it isolates x/a for ingress and has no ingress rule',
    )
  })

  it('notes that an except never subtracts from another policy', () => {
    const w = world([
      np('x/allow-cidr-except-b', {
        podSelector: WEB,
        policyTypes: ['Egress'],
        egress: [{ to: [{ ipBlock: { cidr: '10.0.0.0/16', except: ['10.0.2.2/32'] } }] }],
      }),
      np('x/allow-db', {
        podSelector: WEB,
        policyTypes: ['Egress'],
        egress: [{ to: [{ namespaceSelector: {}, podSelector: DB }] }],
      }),
    ])
    const e = explainConnection(w, 'x/a', 'y/b', 5432, 'TCP')
    expect(e?.allowed).toBe(true)
    expect(e?.egress.text).toContain(
      '`x/allow-cidr-except-b` rule 1 excludes it with an except, but an except never subtracts from other rules or policies',
    )
    expect(e?.egress.rules.find((r) => r.policy === 'x/allow-cidr-except-b')?.peer).toContain(
      '10.0.2.2 (the IP the policy sees for y/b) is excluded by except 10.0.2.2/32',
    )
  })

  it('lists both sides when both deny, and deny-all policies by name', () => {
    const w = world([
      np('x/deny-out', { podSelector: {}, policyTypes: ['Egress'] }),
      np('y/deny-in', { podSelector: {}, policyTypes: ['Ingress'] }),
    ])
    const e = explainConnection(w, 'x/a', 'y/a', 80, 'TCP')
    expect(e?.text).toBe(
      'Denied by both sides. x/a is isolated for egress by `x/deny-out`, and no rule allows y/a on 80/TCP: `x/deny-out` has no egress rule (it denies all egress). ' +
        'y/a is isolated for ingress by `y/deny-in`, and no rule allows x/a on 80/TCP: `y/deny-in` has no ingress rule (it denies all ingress).',
    )
  })

  it('flags host-network pods and says a pod to itself is loopback', () => {
    const w = world([np('x/deny', { podSelector: {} })])
    expect(explainConnection(w, 'y/a', 'x/h', 9100, 'TCP')?.text).toContain(
      'x/h uses the host network, so no NetworkPolicy isolates it for ingress.',
    )
    expect(explainConnection(w, 'x/a', 'x/a', 80, 'TCP')?.text.startsWith('Loopback')).toBe(true)
    expect(explainConnection(w, 'x/a', 'nope/x', 80, 'TCP')).toBeNull()
  })

  it('agrees with the report for every connection', () => {
    const w = world([
      np('x/a1', {
        podSelector: WEB,
        ingress: [
          {
            from: [{ podSelector: DB }, { ipBlock: { cidr: '10.0.2.0/24' } }],
            ports: [{ port: 80 }, { protocol: 'UDP' }],
          },
        ],
      }),
      np('y/e1', {
        podSelector: {},
        egress: [
          {
            to: [
              {
                namespaceSelector: {
                  matchExpressions: [{ key: 'team', operator: 'NotIn', values: ['blue'] }],
                },
              },
            ],
          },
        ],
      }),
    ])
    const r = evaluateNetwork(w)
    expect(r.report.connections.length).toBeGreaterThan(0)
    for (const c of r.report.connections) {
      const e = r.explain(c.from, c.to, c.port as number, c.protocol)
      expect(e?.connection).toEqual(c)
      expect(e?.allowed).toBe(c.allowed)
      expect(e?.egress.allowedBy).toEqual(c.egress.allowedBy)
      expect(e?.ingress.allowedBy).toEqual(c.ingress.allowedBy)
      expect(e?.text.startsWith(c.allowed ? 'Allowed' : 'Denied')).toBe(true)
    }
  })
})
