/** Semantics cases: ipBlock: pod IPs, except, families, the cluster-external option (spec §7). Expectations worked out from the spec by hand. */
import { describe } from 'vitest'
import { type Case, DB, egressFrom, runCases, WEB } from './testing/cases'

const CASES: Case[] = [
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
]

describe('NetworkPolicy semantics: ipblock', () => runCases(CASES))
