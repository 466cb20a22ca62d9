import { describe, expect, it } from 'vitest'
import type { NetworkConnection } from '../../engine/report'
import { byNamespace, cellKey, cellShown, groupByPort } from './network'

const conn = (from: string, to: string, port: number, allowed = true): NetworkConnection => ({
  from,
  to,
  port,
  protocol: 'TCP',
  allowed,
  egress: { isolated: false, allowedBy: [] },
  ingress: { isolated: false, allowedBy: [] },
})

describe('network helpers', () => {
  it('groups connections per port and protocol with the pods they involve', () => {
    const groups = groupByPort([
      conn('x/a', 'y/b', 80),
      conn('y/b', 'x/a', 80, false),
      conn('x/a', 'y/b', 81),
    ])
    expect(groups.map((g) => [g.key, g.pods, g.connections.length])).toEqual([
      ['80/TCP', ['x/a', 'y/b'], 2],
      ['81/TCP', ['x/a', 'y/b'], 1],
    ])
    expect(groups[0]?.cell.get(cellKey('y/b', 'x/a'))?.allowed).toBe(false)
  })

  it('lists namespaces with their pods', () => {
    expect(byNamespace(['x/a', 'x/b', 'y/a'])).toEqual([
      ['x', ['x/a', 'x/b']],
      ['y', ['y/a']],
    ])
  })
})

describe('cellShown', () => {
  it.each([
    ['all', true, true],
    ['all', false, true],
    ['denied', true, false],
    ['denied', false, true],
  ] as const)('filter %s, allowed %s: shown %s', (filter, allowed, shown) => {
    expect(cellShown({ allowed }, filter)).toBe(shown)
  })
})
