/** Semantics cases: peers and selectors: empty vs absent, AND vs OR, namespaces by label (spec §5-6). Expectations worked out from the spec by hand. */
import { describe } from 'vitest'
import { type Case, DB, ingressTo, runCases, WEB } from './testing/cases'

const CASES: Case[] = [
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
]

describe('NetworkPolicy semantics: peers', () => runCases(CASES))
