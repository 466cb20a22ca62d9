import { describe, expect, it } from 'vitest'
import { readPolicy } from './read'

const policy = (spec: unknown, meta: unknown = { name: 'p', namespace: 'x' }) => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: meta,
  spec,
})
const ingress = (rule: unknown) => policy({ podSelector: {}, ingress: [rule] })
const peer = (p: unknown) => ingress({ from: [p] })
const port = (p: unknown) => ingress({ ports: [p] })

describe('readPolicy: what the API server rejects', () => {
  it.each([
    [
      'a peer with no field',
      peer({}),
      'spec.ingress[0].from[0]: Required value: must specify a peer',
    ],
    ['a null peer', peer(null), 'spec.ingress[0].from[0]: Required value: must specify a peer'],
    [
      'ipBlock with a podSelector',
      peer({ ipBlock: { cidr: '10.0.0.0/8' }, podSelector: {} }),
      'Forbidden: may not specify both ipBlock and another peer',
    ],
    [
      'ipBlock with a namespaceSelector',
      peer({ ipBlock: { cidr: '10.0.0.0/8' }, namespaceSelector: {} }),
      'may not specify both ipBlock',
    ],
    [
      'ipBlock without cidr',
      peer({ ipBlock: {} }),
      'spec.ingress[0].from[0].ipBlock.cidr: Required value',
    ],
    [
      'ipBlock with a bad cidr',
      peer({ ipBlock: { cidr: '10.0.0.0' } }),
      'must be a valid CIDR value',
    ],
    [
      'except outside cidr',
      peer({ ipBlock: { cidr: '10.0.0.0/16', except: ['10.1.0.0/24'] } }),
      'ipBlock.except[0]: Invalid value: "10.1.0.0/24": must be a strict subset of `cidr`',
    ],
    [
      'except equal to cidr',
      peer({ ipBlock: { cidr: '10.0.0.0/16', except: ['10.0.0.0/16'] } }),
      'must be a strict subset',
    ],
    [
      'except of the other family',
      peer({ ipBlock: { cidr: '0.0.0.0/0', except: ['::/64'] } }),
      'must be a strict subset',
    ],
    [
      'bad except',
      peer({ ipBlock: { cidr: '10.0.0.0/8', except: ['nope'] } }),
      'except[0]: Invalid value: "nope"',
    ],
    [
      'protocol ICMP',
      port({ protocol: 'ICMP' }),
      'spec.ingress[0].ports[0].protocol: Unsupported value: "ICMP": supported values: "SCTP", "TCP", "UDP"',
    ],
    ['protocol lower case', port({ protocol: 'tcp' }), 'Unsupported value: "tcp"'],
    [
      'port 0',
      port({ port: 0 }),
      'ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive',
    ],
    ['port 65536', port({ port: 65536 }), 'must be between 1 and 65535'],
    ['port as a numeric string', port({ port: '80' }), 'must contain at least one letter'],
    ['port name too long', port({ port: 'abcdefghijklmnop' }), 'no more than 15 characters'],
    ['port name with upper case', port({ port: 'Http' }), 'alpha-numeric'],
    ['port name with double hyphen', port({ port: 'a--b' }), 'consecutive hyphens'],
    ['port name with edge hyphen', port({ port: '-ab' }), 'begin or end with a hyphen'],
    ['port not integer', port({ port: 80.5 }), 'expected an integer or a port name'],
    [
      'endPort without port',
      port({ endPort: 90 }),
      'ports[0].port: Required value: must be specified when endPort is specified',
    ],
    [
      'endPort with a named port',
      port({ port: 'http', endPort: 90 }),
      'may not be specified when port is non-numeric',
    ],
    [
      'endPort below port',
      port({ port: 90, endPort: 80 }),
      'must be greater than or equal to `port`',
    ],
    [
      'endPort out of range',
      port({ port: 90, endPort: 70000 }),
      'endPort: Invalid value: 70000: must be between 1 and 65535',
    ],
    [
      'unknown policyType',
      policy({ podSelector: {}, policyTypes: ['ingress'] }),
      'spec.policyTypes[0]: Unsupported value: "ingress": supported values: "Egress", "Ingress"',
    ],
    [
      'three policyTypes',
      policy({ podSelector: {}, policyTypes: ['Ingress', 'Egress', 'Ingress'] }),
      'may not specify more than two policyTypes',
    ],
    [
      'bad podSelector',
      policy({ podSelector: { matchExpressions: [{ key: 'a', operator: 'In' }] } }),
      'spec.podSelector.matchExpressions[0].values: Required value',
    ],
    [
      'missing name',
      policy({ podSelector: {} }, { namespace: 'x' }),
      'metadata.name: Required value',
    ],
    ['spec a list', policy([]), 'spec: Invalid type: expected a map, got list'],
    [
      'ingress a map',
      policy({ ingress: { from: [] } }),
      'spec.ingress: Invalid type: expected a list, got map',
    ],
    [
      'rule a string',
      policy({ ingress: ['all'] }),
      'spec.ingress[0]: Invalid type: expected a map, got string',
    ],
    ['wrong apiVersion', { ...policy({}), apiVersion: 'v1' }, 'apiVersion: Invalid value: "v1"'],
  ])('%s', (_n, obj, fragment) => {
    const r = readPolicy(obj)
    expect(r.valid).toBe(false)
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toContainEqual(
      expect.stringContaining(fragment),
    )
  })

  it.each([
    ['a number', 42],
    ['a list', []],
    ['null', null],
    ['a string', 'kind: NetworkPolicy'],
  ])('never throws on %s', (_n, obj) => {
    const r = readPolicy(obj)
    expect(r.valid).toBe(false)
    expect(r.policy).toBeNull()
  })

  it('points each problem at its path', () => {
    const r = readPolicy(port({ protocol: 'ICMP' }))
    expect(r.problems[0]?.path).toEqual(['spec', 'ingress', 0, 'ports', 0, 'protocol'])
  })
})

describe('readPolicy: valid forms and defaulting', () => {
  it.each([
    ['no types, no rules: [Ingress]', {}, ['Ingress']],
    ['no types, ingress rules: [Ingress]', { ingress: [{}] }, ['Ingress']],
    ['no types, egress rules: [Ingress, Egress]', { egress: [{}] }, ['Ingress', 'Egress']],
    ['no types, egress: []: [Ingress]', { egress: [] }, ['Ingress']],
    ['types []: defaulted', { policyTypes: [], egress: [{}] }, ['Ingress', 'Egress']],
    ['explicit [Egress] kept', { policyTypes: ['Egress'], ingress: [{}] }, ['Egress']],
    [
      'explicit order does not matter',
      { policyTypes: ['Egress', 'Ingress'] },
      ['Ingress', 'Egress'],
    ],
  ])('%s', (_n, spec, types) => {
    const r = readPolicy(policy({ podSelector: {}, ...spec }))
    expect(r.valid).toBe(true)
    expect(r.policy?.policyTypes).toEqual(types)
  })

  it('defaults protocol to TCP and remembers it', () => {
    const r = readPolicy(port({ port: 'serve-81-udp' }))
    expect(r.policy?.ingress[0]?.ports[0]).toEqual({
      protocol: 'TCP',
      protocolDefaulted: true,
      port: 'serve-81-udp',
      endPort: null,
    })
  })

  it('defaults the namespace and reads a null podSelector as {}', () => {
    const r = readPolicy(policy({ podSelector: null }, { name: 'p' }))
    expect(r.valid).toBe(true)
    expect(r.policy).toMatchObject({
      id: 'default/p',
      namespaceDefaulted: true,
      podSelector: { matchLabels: [], matchExpressions: [] },
    })
  })

  it('accepts every peer shape', () => {
    const r = readPolicy(
      ingress({
        from: [
          { podSelector: {} },
          { namespaceSelector: {} },
          {
            podSelector: { matchLabels: { a: 'b' } },
            namespaceSelector: { matchLabels: { c: 'd' } },
          },
          { ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } },
          { ipBlock: { cidr: '2001:db8::/32', except: ['2001:db8:1::/48'] } },
        ],
        ports: [
          { protocol: 'SCTP', port: 80, endPort: 90 },
          { port: 'http' },
          { protocol: 'UDP' },
          {},
        ],
      }),
    )
    expect(r.problems).toEqual([])
    expect(r.policy?.ingress[0]?.peers.map((p) => p.kind)).toEqual([
      'selectors',
      'selectors',
      'selectors',
      'ipBlock',
      'ipBlock',
    ])
  })

  it('warns about host bits and accepts the policy', () => {
    const r = readPolicy(peer({ ipBlock: { cidr: '10.0.1.7/24' } }))
    expect(r.valid).toBe(true)
    expect(r.problems).toMatchObject([{ severity: 'warning', code: 'netpol-cidr-host-bits' }])
  })
})
