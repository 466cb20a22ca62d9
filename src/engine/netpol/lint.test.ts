import { describe, expect, it } from 'vitest'
import { evaluateNetwork } from './index'
import { np, world } from './testing/small'
import type { NetPolicyInput } from './types'

const WEB = { matchLabels: { app: 'web' } }
const codes = (
  policies: NetPolicyInput[],
  extra: Partial<Parameters<typeof evaluateNetwork>[0]> = {},
) =>
  evaluateNetwork({ ...world(policies), ...extra }).problems.map((p) => `${p.severity} ${p.code}`)

describe('lint warnings and notes', () => {
  it.each([
    [
      'egress rules without policyTypes',
      np('x/p', { podSelector: WEB, egress: [{ ports: [{ port: 53, protocol: 'UDP' }] }] }),
      'warning netpol-missing-policy-types',
    ],
    [
      'no policyTypes, no egress',
      np('x/p', { podSelector: WEB, ingress: [{}] }),
      'info netpol-missing-policy-types',
    ],
    [
      'egress: [] without policyTypes',
      np('x/p', { podSelector: WEB, egress: [] }),
      'warning netpol-empty-egress',
    ],
    [
      'ingress rules without the Ingress type',
      np('x/p', { podSelector: WEB, policyTypes: ['Egress'], ingress: [{}], egress: [{}] }),
      'warning netpol-rules-ignored',
    ],
    [
      'port without protocol',
      np('x/p', { podSelector: WEB, ingress: [{ ports: [{ port: 80 }] }] }),
      'info netpol-port-protocol-defaulted',
    ],
    [
      'named UDP port without protocol',
      np('x/p', { podSelector: WEB, ingress: [{ ports: [{ port: 'dns' }] }] }),
      'warning netpol-port-protocol-defaulted',
    ],
    [
      'DNS blocked by egress isolation',
      np('x/p', {
        podSelector: WEB,
        policyTypes: ['Egress'],
        egress: [{ ports: [{ port: 443 }] }],
      }),
      'warning netpol-dns-blocked',
    ],
    [
      'selects a host-network pod',
      np('x/p', { podSelector: WEB, policyTypes: ['Ingress'] }),
      'warning netpol-host-network',
    ],
    [
      'selects nothing',
      np('x/p', { podSelector: { matchLabels: { app: 'none' } }, policyTypes: ['Ingress'] }),
      'info netpol-selects-nothing',
    ],
    ['deny-all', np('x/p', { podSelector: {}, policyTypes: ['Ingress'] }), 'info netpol-deny-all'],
    [
      'allow-all rule',
      np('x/p', { podSelector: {}, policyTypes: ['Ingress'], ingress: [{}] }),
      'info netpol-allow-all',
    ],
    [
      'namespace left out',
      {
        object: {
          apiVersion: 'networking.k8s.io/v1',
          kind: 'NetworkPolicy',
          metadata: { name: 'p' },
          spec: {},
        },
      },
      'info netpol-namespace-defaulted',
    ],
    ['undeclared namespace', np('x/p', { podSelector: {} }), 'info netpol-namespace-undeclared'],
  ] as const)('%s', (_n, policy, code) => {
    expect(codes([policy])).toContain(code)
  })

  it('DNS is not flagged when another policy on the same pods allows it', () => {
    const c = codes([
      np('x/p', {
        podSelector: WEB,
        policyTypes: ['Egress'],
        egress: [{ ports: [{ port: 443 }] }],
      }),
      np('x/dns', {
        podSelector: {},
        policyTypes: ['Egress'],
        egress: [{ ports: [{ port: 53, protocol: 'UDP' }, { port: 53 }] }],
      }),
    ])
    expect(c).not.toContain('warning netpol-dns-blocked')
  })

  it('duplicate names: the earlier one is flagged', () => {
    const r = evaluateNetwork(
      world([np('x/same', { podSelector: {} }), np('x/same', { podSelector: WEB })]),
    )
    expect(
      r.problems.filter((p) => p.code === 'netpol-duplicate-name').map((p) => p.policy),
    ).toEqual([0])
    expect(r.policies.map((p) => [p.index, p.replaced])).toEqual([
      [0, true],
      [1, false],
    ])
  })

  it('the automatic namespace name label cannot be overridden', () => {
    const r = evaluateNetwork({
      ...world([np('x/p', { podSelector: {} })]),
      namespaces: [{ name: 'x', labels: { 'kubernetes.io/metadata.name': 'other' } }],
    })
    expect(r.problems).toContainEqual(
      expect.objectContaining({
        namespace: 'x',
        severity: 'warning',
        code: 'netpol-namespace-name-label',
      }),
    )
  })

  it('invalid policy problems carry the policy index and an error', () => {
    const r = evaluateNetwork(world([np('x/ok', {}), np('x/bad', { ingress: [{ from: [{}] }] })]))
    expect(r.problems).toContainEqual(
      expect.objectContaining({
        policy: 1,
        severity: 'error',
        path: ['spec', 'ingress', 0, 'from', 0],
      }),
    )
    expect(r.policies.find((p) => p.index === 1)?.valid).toBe(false)
  })
})

describe('policy summaries', () => {
  it('lists the pods a policy selects and the pods each rule matches', () => {
    const r = evaluateNetwork(
      world([
        np('x/p', {
          podSelector: WEB,
          policyTypes: ['Ingress'],
          ingress: [
            { from: [{ namespaceSelector: {}, podSelector: { matchLabels: { app: 'db' } } }] },
            {},
          ],
          egress: [{ to: [{ ipBlock: { cidr: '10.0.2.0/24' } }] }],
        }),
      ]),
    )
    const s = r.policies[0]
    expect(s?.selects).toEqual(['x/a'])
    expect(s?.normalized.policyTypes).toEqual(['Ingress'])
    expect(s?.rules).toEqual([
      { direction: 'ingress', rule: 0, anyPeer: false, peers: ['x/b', 'y/b'], effective: true },
      {
        direction: 'ingress',
        rule: 1,
        anyPeer: true,
        peers: ['x/a', 'x/b', 'y/a', 'y/b', 'z/c', 'x/h'],
        effective: true,
      },
      { direction: 'egress', rule: 0, anyPeer: false, peers: ['y/a', 'y/b'], effective: false },
    ])
  })
})
