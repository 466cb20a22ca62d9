import { describe, expect, it } from 'vitest'
import type { NetworkConnection } from '../../engine/report'
import { byNamespace, cellKey, cellShown, changedCells, groupByPort } from './network'

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
  const cell = (allowed: boolean, to = 'x/b') =>
    ({ allowed, from: 'x/a', to, port: 80, protocol: 'TCP' }) as const
  // one change opened x/a -> x/b on 80/TCP; another (on 53/UDP) does not touch this cell
  const changed = changedCells([
    { workload: 'network', field: 'connection x/a -> x/b 80/TCP' },
    { workload: 'network', field: 'connection x/a -> x/c 53/UDP' },
    { workload: 'Deployment x/a', field: 'hostNetwork' },
  ])
  it.each([
    ['all', cell(true), true],
    ['all', cell(false), true],
    ['denied', cell(true), false],
    ['denied', cell(false), true],
    ['changed', cell(true), true],
    ['changed', cell(false), true],
    ['changed', cell(true, 'x/c'), false],
  ] as const)('filter %s, cell %o: shown %s', (filter, c, shown) => {
    expect(cellShown(c, filter, changed)).toBe(shown)
  })

  it('reads only network changes written as the engine writes a connection', () => {
    expect([
      ...changedCells([
        { workload: 'network', field: 'connection a/b -> c/d 8080/SCTP' },
        { workload: 'network', field: 'something else' },
        { workload: 'Pod a/b', field: 'connection a/b -> c/d 80/TCP' },
      ]),
    ]).toEqual(['a/b\u0000c/d\u00008080/SCTP'])
  })
})
