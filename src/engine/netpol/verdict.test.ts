/**
 * One table of cases per rule of the semantics (spec §3-§10), on the small world of
 * testing/small.ts. Expectations are worked out from the spec by hand.
 */
import { describe, expect, it } from 'vitest'
import type { NetworkConnection, NetworkDirection } from '../report'
import { evaluateNetwork, evaluateNetworkNaive } from './index'
import { np, world } from './testing/small'
import type { NetOptions, NetPolicyInput } from './types'

interface Case {
  name: string
  policies: NetPolicyInput[]
  from: string
  to: string
  probe: string
  allowed: boolean
  egress?: Partial<NetworkDirection>
  ingress?: Partial<NetworkDirection>
  flags?: string[]
  options?: NetOptions
}

const ingressTo = (sel: unknown, rules: unknown[], name = 'x/p') =>
  np(name, { podSelector: sel, policyTypes: ['Ingress'], ingress: rules })
const egressFrom = (sel: unknown, rules: unknown[], name = 'x/p') =>
  np(name, { podSelector: sel, policyTypes: ['Egress'], egress: rules })
const WEB = { matchLabels: { app: 'web' } }
const DB = { matchLabels: { app: 'db' } }
const OPEN = { isolated: false, allowedBy: [] }

const CASES: Case[] = [
  // §3 isolation
  {
    name: 'no policy: everything allowed, nothing isolated',
    policies: [],
    from: 'x/b',
    to: 'x/a',
    probe: '80/TCP',
    allowed: true,
    egress: OPEN,
    ingress: OPEN,
  },
  {
    name: 'deny-all ingress isolates and denies',
    policies: [ingressTo({}, [], 'x/deny')],
    from: 'x/b',
    to: 'x/a',
    probe: '80/TCP',
    allowed: false,
    ingress: { isolated: true, isolatedBy: ['x/deny'], allowedBy: [] },
    egress: OPEN,
  },
  {
    name: 'a policy never reaches another namespace',
    policies: [ingressTo({}, [], 'x/deny')],
    from: 'x/a',
    to: 'y/a',
    probe: '80/TCP',
    allowed: true,
    ingress: OPEN,
  },
  {
    name: 'policy in y with {} does not isolate x/a',
    policies: [ingressTo({}, [], 'y/deny')],
    from: 'y/a',
    to: 'x/a',
    probe: '80/TCP',
    allowed: true,
  },
  {
    name: 'the podSelector picks the subject',
    policies: [ingressTo(DB, [])],
    from: 'y/a',
    to: 'x/a',
    probe: '80/TCP',
    allowed: true,
    ingress: OPEN,
  },
  {
    name: 'directions are independent: deny egress leaves ingress open',
    policies: [egressFrom({}, [])],
    from: 'y/a',
    to: 'x/a',
    probe: '80/TCP',
    allowed: true,
    ingress: OPEN,
  },
  {
    name: 'deny egress blocks the client',
    policies: [egressFrom({}, [])],
    from: 'x/a',
    to: 'y/a',
    probe: '80/TCP',
    allowed: false,
    egress: { isolated: true, isolatedBy: ['x/p'], allowedBy: [] },
  },
  // §6 peers: empty vs absent, AND vs OR
  {
    name: 'podSelector peer without namespaceSelector: own namespace only (in)',
    policies: [ingressTo(WEB, [{ from: [{ podSelector: DB }] }])],
    from: 'x/b',
    to: 'x/a',
    probe: '80/TCP',
    allowed: true,
    ingress: { isolated: true, isolatedBy: ['x/p'], allowedBy: [{ policy: 'x/p', rule: 0 }] },
  },
  {
    name: 'podSelector peer without namespaceSelector: own namespace only (out)',
    policies: [ingressTo(WEB, [{ from: [{ podSelector: DB }] }])],
    from: 'y/b',
    to: 'x/a',
    probe: '80/TCP',
    allowed: false,
  },
  {
    name: 'empty podSelector peer: every pod of the policy namespace only',
    policies: [ingressTo(WEB, [{ from: [{ podSelector: {} }] }])],
    from: 'y/b',
    to: 'x/a',
    probe: '80/TCP',
    allowed: false,
  },
  {
    name: 'namespaceSelector {} AND podSelector: matching pods anywhere',
    policies: [ingressTo(WEB, [{ from: [{ namespaceSelector: {}, podSelector: DB }] }])],
    from: 'y/b',
    to: 'x/a',
    probe: '80/TCP',
    allowed: true,
  },
  {
    name: 'namespaceSelector {}: all namespaces, also undeclared ones',
    policies: [ingressTo(WEB, [{ from: [{ namespaceSelector: {} }] }])],
    from: 'z/c',
    to: 'x/a',
    probe: '80/TCP',
    allowed: true,
  },
  {
    name: 'namespaceSelector by label',
    policies: [
      ingressTo(WEB, [{ from: [{ namespaceSelector: { matchLabels: { team: 'red' } } }] }]),
    ],
    from: 'y/a',
    to: 'x/a',
    probe: '80/TCP',
    allowed: true,
  },
  {
    name: 'namespaceSelector by label excludes the own namespace',
    policies: [
      ingressTo(WEB, [{ from: [{ namespaceSelector: { matchLabels: { team: 'red' } } }] }]),
    ],
    from: 'x/b',
    to: 'x/a',
    probe: '80/TCP',
    allowed: false,
  },
  {
    name: 'two peers are OR (namespace)',
    policies: [
      ingressTo(WEB, [
        { from: [{ namespaceSelector: { matchLabels: { team: 'red' } } }, { podSelector: DB }] },
      ]),
    ],
    from: 'y/a',
    to: 'x/a',
    probe: '80/TCP',
    allowed: true,
  },
  {
    name: 'two peers are OR (pod)',
    policies: [
      ingressTo(WEB, [
        { from: [{ namespaceSelector: { matchLabels: { team: 'red' } } }, { podSelector: DB }] },
      ]),
    ],
    from: 'x/b',
    to: 'x/a',
    probe: '80/TCP',
    allowed: true,
  },
  {
    name: 'one peer with both selectors is AND (both hold)',
    policies: [
      ingressTo(WEB, [
        { from: [{ namespaceSelector: { matchLabels: { team: 'red' } }, podSelector: DB }] },
      ]),
    ],
    from: 'y/b',
    to: 'x/a',
    probe: '80/TCP',
    allowed: true,
  },
  {
    name: 'one peer with both selectors is AND (pod fails)',
    policies: [
      ingressTo(WEB, [
        { from: [{ namespaceSelector: { matchLabels: { team: 'red' } }, podSelector: DB }] },
      ]),
    ],
    from: 'y/a',
    to: 'x/a',
    probe: '80/TCP',
    allowed: false,
  },
  {
    name: 'one peer with both selectors is AND (namespace fails)',
    policies: [
      ingressTo(WEB, [
        { from: [{ namespaceSelector: { matchLabels: { team: 'red' } }, podSelector: DB }] },
      ]),
    ],
    from: 'x/b',
    to: 'x/a',
    probe: '80/TCP',
    allowed: false,
  },
  {
    name: 'undeclared namespace has its automatic name label',
    policies: [
      ingressTo(WEB, [
        { from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'z' } } }] },
      ]),
    ],
    from: 'z/c',
    to: 'x/a',
    probe: '80/TCP',
    allowed: true,
  },
  {
    name: 'declared namespace gets the automatic name label too',
    policies: [
      ingressTo(WEB, [
        { from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'y' } } }] },
      ]),
    ],
    from: 'y/a',
    to: 'x/a',
    probe: '80/TCP',
    allowed: true,
  },
  // §5 selectors
  {
    name: 'NotIn matches a namespace without the key',
    policies: [
      ingressTo(WEB, [
        {
          from: [
            {
              namespaceSelector: {
                matchExpressions: [{ key: 'team', operator: 'NotIn', values: ['blue'] }],
              },
            },
          ],
        },
      ]),
    ],
    from: 'z/c',
    to: 'x/a',
    probe: '80/TCP',
    allowed: true,
  },
  {
    name: 'NotIn excludes a listed value',
    policies: [
      ingressTo(WEB, [
        {
          from: [
            {
              namespaceSelector: {
                matchExpressions: [{ key: 'team', operator: 'NotIn', values: ['blue'] }],
              },
            },
          ],
        },
      ]),
    ],
    from: 'x/b',
    to: 'x/a',
    probe: '80/TCP',
    allowed: false,
  },
  {
    name: 'DoesNotExist matches a pod without the key',
    policies: [
      ingressTo(WEB, [
        {
          from: [
            {
              namespaceSelector: {},
              podSelector: { matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] },
            },
          ],
        },
      ]),
    ],
    from: 'z/c',
    to: 'x/a',
    probe: '80/TCP',
    allowed: true,
  },
  {
    name: 'Exists needs the key',
    policies: [
      ingressTo(WEB, [
        {
          from: [
            {
              namespaceSelector: {},
              podSelector: { matchExpressions: [{ key: 'app', operator: 'Exists' }] },
            },
          ],
        },
      ]),
    ],
    from: 'z/c',
    to: 'x/a',
    probe: '80/TCP',
    allowed: false,
  },
  {
    name: 'In with several values',
    policies: [
      ingressTo(WEB, [
        {
          from: [
            {
              podSelector: {
                matchExpressions: [{ key: 'app', operator: 'In', values: ['cache', 'db'] }],
              },
            },
          ],
        },
      ]),
    ],
    from: 'x/b',
    to: 'x/a',
    probe: '80/TCP',
    allowed: true,
  },
  {
    name: 'values are case-sensitive',
    policies: [ingressTo(WEB, [{ from: [{ podSelector: { matchLabels: { app: 'DB' } } }] }])],
    from: 'x/b',
    to: 'x/a',
    probe: '80/TCP',
    allowed: false,
  },
  // §8 ports
  {
    name: 'numeric port matches',
    policies: [ingressTo(WEB, [{ ports: [{ port: 80 }] }])],
    from: 'y/a',
    to: 'x/a',
    probe: '80/TCP',
    allowed: true,
  },
  {
    name: 'port without protocol is TCP: UDP denied',
    policies: [ingressTo(WEB, [{ ports: [{ port: 80 }] }])],
    from: 'y/a',
    to: 'x/a',
    probe: '80/UDP',
    allowed: false,
  },
  {
    name: 'ports [{}] is every TCP port',
    policies: [ingressTo(WEB, [{ ports: [{}] }])],
    from: 'y/a',
    to: 'x/a',
    probe: '1234/TCP',
    allowed: true,
  },
  {
    name: 'ports [{}] is not UDP',
    policies: [ingressTo(WEB, [{ ports: [{}] }])],
    from: 'y/a',
    to: 'x/a',
    probe: '53/UDP',
    allowed: false,
  },
  {
    name: 'protocol UDP without port: every UDP port',
    policies: [ingressTo(WEB, [{ ports: [{ protocol: 'UDP' }] }])],
    from: 'y/a',
    to: 'x/a',
    probe: '53/UDP',
    allowed: true,
  },
  {
    name: 'no ports: every port and protocol',
    policies: [ingressTo(WEB, [{ from: [{ podSelector: {} }] }])],
    from: 'x/b',
    to: 'x/a',
    probe: '53/SCTP',
    allowed: true,
    flags: ['sctp'],
  },
  {
    name: 'UDP-only rule leaves TCP denied',
    policies: [ingressTo(WEB, [{ ports: [{ protocol: 'UDP', port: 80 }] }])],
    from: 'y/a',
    to: 'x/a',
    probe: '80/TCP',
    allowed: false,
  },
  {
    name: 'SCTP rule never opens TCP',
    policies: [ingressTo(WEB, [{ ports: [{ protocol: 'SCTP', port: 80 }] }])],
    from: 'y/a',
    to: 'x/a',
    probe: '80/TCP',
    allowed: false,
  },
  {
    name: 'named port resolves on the destination (ingress)',
    policies: [ingressTo(WEB, [{ ports: [{ port: 'http' }] }])],
    from: 'y/a',
    to: 'x/a',
    probe: '80/TCP',
    allowed: true,
  },
  {
    name: 'named port does not open other numbers',
    policies: [ingressTo(WEB, [{ ports: [{ port: 'http' }] }])],
    from: 'y/a',
    to: 'x/a',
    probe: '81/TCP',
    allowed: false,
  },
  {
    name: 'named UDP port without protocol: TCP rule never matches',
    policies: [ingressTo(WEB, [{ ports: [{ port: 'dns' }] }])],
    from: 'y/a',
    to: 'x/a',
    probe: '53/UDP',
    allowed: false,
  },
  {
    name: 'named UDP port with protocol UDP matches',
    policies: [ingressTo(WEB, [{ ports: [{ port: 'dns', protocol: 'UDP' }] }])],
    from: 'y/a',
    to: 'x/a',
    probe: '53/UDP',
    allowed: true,
  },
  {
    name: 'named port in egress resolves on the destination (80)',
    policies: [egressFrom(WEB, [{ ports: [{ port: 'http' }] }])],
    from: 'x/a',
    to: 'y/a',
    probe: '80/TCP',
    allowed: true,
  },
  {
    name: 'named port in egress resolves on the destination (8080)',
    policies: [egressFrom(WEB, [{ ports: [{ port: 'http' }] }])],
    from: 'x/a',
    to: 'z/c',
    probe: '8080/TCP',
    allowed: true,
  },
  {
    name: 'named port in egress: destination without that name',
    policies: [egressFrom(WEB, [{ ports: [{ port: 'http' }] }])],
    from: 'x/a',
    to: 'x/b',
    probe: '5432/TCP',
    allowed: false,
  },
  {
    name: 'endPort range includes the port',
    policies: [ingressTo({}, [{ ports: [{ port: 8000, endPort: 9000 }] }], 'z/p')],
    from: 'x/a',
    to: 'z/c',
    probe: '8080/TCP',
    allowed: true,
    flags: ['endPort'],
  },
  {
    name: 'endPort range start needs no flag',
    policies: [ingressTo({}, [{ ports: [{ port: 8080, endPort: 9000 }] }], 'z/p')],
    from: 'x/a',
    to: 'z/c',
    probe: '8080/TCP',
    allowed: true,
    flags: undefined,
  },
  {
    name: 'endPort range is inclusive at the end',
    policies: [ingressTo({}, [{ ports: [{ port: 8000, endPort: 8080 }] }], 'z/p')],
    from: 'x/a',
    to: 'z/c',
    probe: '8080/TCP',
    allowed: true,
  },
  {
    name: 'endPort range excludes beyond',
    policies: [ingressTo({}, [{ ports: [{ port: 8000, endPort: 8079 }] }], 'z/p')],
    from: 'x/a',
    to: 'z/c',
    probe: '8080/TCP',
    allowed: false,
  },
  // §7 ipBlock
  {
    name: 'ipBlock /32 matches the pod IP',
    policies: [egressFrom(WEB, [{ to: [{ ipBlock: { cidr: '10.0.2.1/32' } }] }])],
    from: 'x/a',
    to: 'y/a',
    probe: '80/TCP',
    allowed: true,
    flags: ['ipBlockPodIP'],
  },
  {
    name: 'ipBlock /32 does not match another pod',
    policies: [egressFrom(WEB, [{ to: [{ ipBlock: { cidr: '10.0.2.1/32' } }] }])],
    from: 'x/a',
    to: 'y/b',
    probe: '5432/TCP',
    allowed: false,
  },
  {
    name: 'ipBlock except trims its peer',
    policies: [
      egressFrom(WEB, [{ to: [{ ipBlock: { cidr: '10.0.0.0/16', except: ['10.0.2.2/32'] } }] }]),
    ],
    from: 'x/a',
    to: 'y/b',
    probe: '5432/TCP',
    allowed: false,
  },
  {
    name: 'ipBlock except leaves the rest',
    policies: [
      egressFrom(WEB, [{ to: [{ ipBlock: { cidr: '10.0.0.0/16', except: ['10.0.2.2/32'] } }] }]),
    ],
    from: 'x/a',
    to: 'y/a',
    probe: '80/TCP',
    allowed: true,
  },
  {
    name: 'a pod without IP never matches an ipBlock',
    policies: [egressFrom(WEB, [{ to: [{ ipBlock: { cidr: '0.0.0.0/0' } }] }])],
    from: 'x/a',
    to: 'z/c',
    probe: '8080/TCP',
    allowed: false,
  },
  {
    name: 'IPv6 block never matches an IPv4 pod',
    policies: [egressFrom(WEB, [{ to: [{ ipBlock: { cidr: '::/0' } }] }])],
    from: 'x/a',
    to: 'y/a',
    probe: '80/TCP',
    allowed: false,
  },
  {
    name: 'except never subtracts from another policy',
    policies: [
      egressFrom(
        WEB,
        [{ to: [{ ipBlock: { cidr: '10.0.0.0/16', except: ['10.0.2.2/32'] } }] }],
        'x/cidr',
      ),
      egressFrom(WEB, [{ to: [{ namespaceSelector: {}, podSelector: DB }] }], 'x/db'),
    ],
    from: 'x/a',
    to: 'y/b',
    probe: '5432/TCP',
    allowed: true,
    egress: {
      isolated: true,
      isolatedBy: ['x/cidr', 'x/db'],
      allowedBy: [{ policy: 'x/db', rule: 0 }],
    },
  },
  {
    name: 'ipBlock selector also matching: no ipBlockPodIP flag',
    policies: [
      egressFrom(WEB, [{ to: [{ ipBlock: { cidr: '10.0.0.0/8' } }, { namespaceSelector: {} }] }]),
    ],
    from: 'x/a',
    to: 'y/a',
    probe: '80/TCP',
    allowed: true,
    flags: undefined,
  },
  {
    name: 'option: ipBlocks only outside the cluster',
    policies: [egressFrom(WEB, [{ to: [{ ipBlock: { cidr: '10.0.2.1/32' } }] }])],
    from: 'x/a',
    to: 'y/a',
    probe: '80/TCP',
    allowed: false,
    options: { ipBlockMatchesPods: false },
  },
  // §2 defaulting of policyTypes
  {
    name: 'egress rules without policyTypes also isolate ingress',
    policies: [np('x/eg', { podSelector: WEB, egress: [{}] })],
    from: 'y/a',
    to: 'x/a',
    probe: '80/TCP',
    allowed: false,
    ingress: { isolated: true, isolatedBy: ['x/eg'], allowedBy: [] },
  },
  {
    name: 'egress rules without policyTypes: egress as written',
    policies: [np('x/eg', { podSelector: WEB, egress: [{ to: [{ podSelector: DB }] }] })],
    from: 'x/a',
    to: 'y/a',
    probe: '80/TCP',
    allowed: false,
    egress: { isolated: true, isolatedBy: ['x/eg'], allowedBy: [] },
  },
  {
    name: 'egress: [] without policyTypes does not isolate egress',
    policies: [np('x/eg', { podSelector: WEB, egress: [] })],
    from: 'x/a',
    to: 'y/a',
    probe: '80/TCP',
    allowed: true,
    egress: OPEN,
  },
  {
    name: 'policyTypes [] is defaulted like absent',
    policies: [np('x/t', { podSelector: WEB, policyTypes: [] })],
    from: 'y/a',
    to: 'x/a',
    probe: '80/TCP',
    allowed: false,
  },
  {
    name: 'explicit [Egress] ignores ingress rules',
    policies: [
      np('x/t', { podSelector: WEB, policyTypes: ['Egress'], ingress: [{}], egress: [{}] }),
    ],
    from: 'y/a',
    to: 'x/a',
    probe: '80/TCP',
    allowed: true,
    ingress: OPEN,
  },
  // §9 union and both sides
  {
    name: 'deny-all plus allow-all: only the allow lists',
    policies: [ingressTo({}, [], 'x/deny'), ingressTo(WEB, [{}], 'x/allow')],
    from: 'y/a',
    to: 'x/a',
    probe: '80/TCP',
    allowed: true,
    ingress: {
      isolated: true,
      isolatedBy: ['x/allow', 'x/deny'],
      allowedBy: [{ policy: 'x/allow', rule: 0 }],
    },
  },
  {
    name: 'allowedBy lists every matching rule, sorted',
    policies: [
      ingressTo(WEB, [{}, { ports: [{ port: 80 }] }], 'x/b-pol'),
      ingressTo(WEB, [{ ports: [{ port: 81 }] }, {}], 'x/a-pol'),
    ],
    from: 'y/a',
    to: 'x/a',
    probe: '80/TCP',
    allowed: true,
    ingress: {
      isolated: true,
      isolatedBy: ['x/a-pol', 'x/b-pol'],
      allowedBy: [
        { policy: 'x/a-pol', rule: 1 },
        { policy: 'x/b-pol', rule: 0 },
        { policy: 'x/b-pol', rule: 1 },
      ],
    },
  },
  {
    name: 'client egress denies what the server ingress allows',
    policies: [
      egressFrom(WEB, [{ to: [{ podSelector: DB }] }]),
      ingressTo(WEB, [{ from: [{ namespaceSelector: {} }] }], 'y/in'),
    ],
    from: 'x/a',
    to: 'y/a',
    probe: '80/TCP',
    allowed: false,
    ingress: { isolated: true, isolatedBy: ['y/in'], allowedBy: [{ policy: 'y/in', rule: 0 }] },
  },
  // §10 host network
  {
    name: 'host-network pod is never isolated',
    policies: [ingressTo({}, [], 'x/deny')],
    from: 'y/a',
    to: 'x/h',
    probe: '9100/TCP',
    allowed: true,
    ingress: OPEN,
    flags: ['hostNetwork'],
  },
  {
    name: 'host-network peer is not matched by selectors',
    policies: [ingressTo(WEB, [{ from: [{ podSelector: {} }] }])],
    from: 'x/h',
    to: 'x/a',
    probe: '80/TCP',
    allowed: false,
    flags: ['hostNetwork'],
  },
  {
    name: 'host-network peer is matched by an ipBlock on its node IP',
    policies: [ingressTo(WEB, [{ from: [{ ipBlock: { cidr: '192.168.0.0/24' } }] }])],
    from: 'x/h',
    to: 'x/a',
    probe: '80/TCP',
    allowed: true,
    flags: ['hostNetwork'],
  },
  // §1 invalid policies are left out; duplicates: the later wins
  {
    name: 'an invalid policy is left out',
    policies: [ingressTo({}, [{ ports: [{ protocol: 'ICMP' }] }], 'x/bad')],
    from: 'y/a',
    to: 'x/a',
    probe: '80/TCP',
    allowed: true,
    ingress: OPEN,
  },
  {
    name: 'a later policy with the same name replaces the earlier',
    policies: [ingressTo({}, [], 'x/same'), ingressTo(DB, [], 'x/same')],
    from: 'y/a',
    to: 'x/a',
    probe: '80/TCP',
    allowed: true,
    ingress: OPEN,
  },
]

function find(cs: NetworkConnection[], c: Case) {
  return cs.find((x) => x.from === c.from && x.to === c.to && `${x.port}/${x.protocol}` === c.probe)
}

describe('NetworkPolicy semantics', () => {
  it.each(CASES)('$name', (c) => {
    const input = { ...world(c.policies, [c.probe]), ...(c.options ? { options: c.options } : {}) }
    const r = evaluateNetwork(input)
    const got = find(r.report.connections, c)
    expect(got).toBeDefined()
    expect(got?.allowed).toBe(c.allowed)
    if (c.egress) expect(got?.egress).toEqual(c.egress)
    if (c.ingress) expect(got?.ingress).toEqual(c.ingress)
    if ('flags' in c) expect(got?.flags).toEqual(c.flags)
    expect(find(evaluateNetworkNaive(input).report.connections, c)).toEqual(got)
  })
})
