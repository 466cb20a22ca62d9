import { describe, expect, it } from 'vitest'
import { declaredProbes, parseProbe, probesFor, readProbes } from './probe'

describe('parseProbe', () => {
  it.each([
    ['80/TCP', { port: 80, protocol: 'TCP' }],
    ['53/udp', { port: 53, protocol: 'UDP' }],
    ['9000/SCTP', { port: 9000, protocol: 'SCTP' }],
    ['8080', { port: 8080, protocol: 'TCP' }],
    ['65535/TCP', { port: 65535, protocol: 'TCP' }],
  ])('%s', (s, want) => expect(parseProbe(s)).toEqual(want))

  it.each([
    '',
    '0/TCP',
    '65536/TCP',
    '80/ICMP',
    'http/TCP',
    '80/',
    '/TCP',
    '80/TCP/x',
    '-1/TCP',
    '1e3/TCP',
  ])('rejects %j', (s) => expect(parseProbe(s)).toBeNull())

  it('drops duplicates and keeps order', () => {
    expect(readProbes(['81/TCP', '80/TCP', '81/tcp'])).toEqual([
      { port: 81, protocol: 'TCP' },
      { port: 80, protocol: 'TCP' },
    ])
    expect(readProbes([])).toBeNull()
  })

  it('defaults to the distinct declared ports', () => {
    const pod = {
      id: 'x/a',
      namespace: 'x',
      name: 'a',
      labels: {},
      ip: null,
      hostNetwork: false,
      ports: [
        { port: 80, protocol: 'TCP' },
        { name: 'u', port: 80, protocol: 'UDP' },
        { port: 80, protocol: 'TCP' },
        { port: 81, protocol: '' },
      ],
    }
    expect(declaredProbes(pod)).toEqual([
      { port: 80, protocol: 'TCP' },
      { port: 80, protocol: 'UDP' },
      { port: 81, protocol: 'TCP' },
    ])
  })
})

// Issue 11: a probe adds to the destination's declared ports (the matrix keeps the declared ports'
// tabs when `53/UDP` is entered); a probe the pod already declares is tested once.
describe('probesFor', () => {
  const pod = (ports: { port: number; protocol: string }[]) => ({
    id: 'x/a',
    namespace: 'x',
    name: 'a',
    labels: {},
    ip: null,
    hostNetwork: false,
    ports,
  })
  it.each([
    ['no probes: the declared ports', [{ port: 80, protocol: 'TCP' }], null, ['80/TCP']],
    ['a probe adds to them', [{ port: 80, protocol: 'TCP' }], ['53/UDP'], ['80/TCP', '53/UDP']],
    [
      'a declared probe once',
      [{ port: 80, protocol: 'TCP' }],
      ['80/TCP', '53/UDP'],
      ['80/TCP', '53/UDP'],
    ],
    ['no declared ports: the probes', [], ['53/UDP'], ['53/UDP']],
    ['nothing at all', [], null, []],
  ])('%s', (_, ports, probes, want) => {
    expect(
      probesFor(pod(ports), readProbes(probes ?? undefined)).map((p) => `${p.port}/${p.protocol}`),
    ).toEqual(want)
  })
})
