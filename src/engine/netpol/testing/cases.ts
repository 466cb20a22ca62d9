/**
 * Test helper: run a table of connection cases on the small world (testing/small.ts) through the
 * indexed and the naive evaluation, which must agree.
 */
import { expect, it } from 'vitest'
import type { NetworkConnection, NetworkDirection } from '../../report'
import { evaluateNetwork, evaluateNetworkNaive } from '../index'
import type { NetOptions, NetPolicyInput } from '../types'
import { np, world } from './small'

export interface Case {
  name: string
  policies: NetPolicyInput[]
  from: string
  to: string
  probe: string
  allowed: boolean
  egress?: Partial<NetworkDirection>
  ingress?: Partial<NetworkDirection>
  flags?: string[] | undefined
  options?: NetOptions
}

export const ingressTo = (sel: unknown, rules: unknown[], name = 'x/p') =>
  np(name, { podSelector: sel, policyTypes: ['Ingress'], ingress: rules })
export const egressFrom = (sel: unknown, rules: unknown[], name = 'x/p') =>
  np(name, { podSelector: sel, policyTypes: ['Egress'], egress: rules })
export const WEB = { matchLabels: { app: 'web' } }
export const DB = { matchLabels: { app: 'db' } }
export const OPEN = { isolated: false, allowedBy: [] }

function find(cs: NetworkConnection[], c: Case) {
  return cs.find((x) => x.from === c.from && x.to === c.to && `${x.port}/${x.protocol}` === c.probe)
}

export function runCases(cases: Case[]) {
  it.each(cases)('$name', (c) => {
    const input = { ...world(c.policies, [c.probe]), ...(c.options ? { options: c.options } : {}) }
    const got = find(evaluateNetwork(input).report.connections, c)
    expect(got).toBeDefined()
    expect(got?.allowed).toBe(c.allowed)
    if (c.egress) expect(got?.egress).toEqual(c.egress)
    if (c.ingress) expect(got?.ingress).toEqual(c.ingress)
    if ('flags' in c) expect(got?.flags).toEqual(c.flags)
    expect(find(evaluateNetworkNaive(input).report.connections, c)).toEqual(got)
  })
}
