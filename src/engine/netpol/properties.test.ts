/**
 * Properties over random worlds (testing/random.ts): the indexed matrix equals the naive one;
 * policies only add within a direction once isolated; a newly isolating policy is the only thing
 * that can allow on a newly isolated side; order of policies and pods does not matter.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { NetworkConnection, NetworkDirection } from '../report'
import { evaluateNetwork, evaluateNetworkNaive } from './index'
import { randomWorld, seeded } from './testing/random'
import type { NetworkInput } from './types'

const SIZE = { namespaces: 3, pods: 10, policies: 6 }
const seed = fc.integer({ min: 1, max: 2 ** 31 - 1 })
const probes = fc.constantFrom(undefined, ['80/TCP'], ['53/UDP', '8080/TCP', '80/SCTP'])

const key = (c: NetworkConnection) => `${c.from} ${c.to} ${c.port}/${c.protocol}`
const byKey = (cs: NetworkConnection[]) => new Map(cs.map((c) => [key(c), c]))
const allows = (d: NetworkDirection) => !d.isolated || d.allowedBy.length > 0
const refs = (d: NetworkDirection) => d.allowedBy.map((r) => `${r.policy}#${r.rule}`)

function shuffle<T>(xs: readonly T[], s: number): T[] {
  const r = seeded(s)
  const out = [...xs]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1))
    ;[out[i], out[j]] = [out[j] as T, out[i] as T]
  }
  return out
}

/** The world without its last policy, and the last policy's id. */
function split(w: NetworkInput) {
  const last = w.policies[w.policies.length - 1] as { object: unknown }
  const meta = (last.object as { metadata: { name: string; namespace: string } }).metadata
  return {
    before: { ...w, policies: w.policies.slice(0, -1) },
    added: `${meta.namespace}/${meta.name}`,
  }
}

describe('NetworkPolicy properties', () => {
  it('indexed evaluation equals the naive one', () => {
    fc.assert(
      fc.property(seed, probes, (s, p) => {
        const w = randomWorld(s, SIZE, p)
        const a = evaluateNetwork(w)
        const b = evaluateNetworkNaive(w)
        expect(a.report).toEqual(b.report)
        expect(a.problems).toEqual(b.problems)
      }),
      { numRuns: 150 },
    )
  })

  it('allowedBy only names isolating policies, sorted, and a side allows iff not isolated or allowedBy', () => {
    fc.assert(
      fc.property(seed, probes, (s, p) => {
        for (const c of evaluateNetwork(randomWorld(s, SIZE, p)).report.connections) {
          for (const d of [c.egress, c.ingress]) {
            for (const r of d.allowedBy) expect(d.isolatedBy).toContain(r.policy)
            const sorted = [...refs(d)].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))
            expect(refs(d)).toEqual(sorted)
            expect(d.isolated).toBe((d.isolatedBy ?? []).length > 0)
          }
          expect(c.allowed).toBe(allows(c.egress) && allows(c.ingress))
        }
      }),
      { numRuns: 100 },
    )
  })

  it('once isolated in a direction, adding a policy only adds allowed connections there', () => {
    fc.assert(
      fc.property(seed, probes, (s, p) => {
        const w = randomWorld(s, SIZE, p)
        const { before, added } = split(w)
        const old = byKey(evaluateNetwork(before).report.connections)
        for (const c of evaluateNetwork(w).report.connections) {
          const o = old.get(key(c))
          expect(o).toBeDefined()
          if (!o) continue
          for (const dir of ['egress', 'ingress'] as const) {
            if (o[dir].isolated) {
              if (allows(o[dir])) expect(allows(c[dir])).toBe(true)
              for (const r of refs(o[dir])) expect(refs(c[dir])).toContain(r)
            } else if (c[dir].isolated) {
              // Newly isolated: only the added policy isolates, and only it can allow.
              expect(c[dir].isolatedBy).toEqual([added])
              for (const r of c[dir].allowedBy) expect(r.policy).toBe(added)
            }
          }
        }
      }),
      { numRuns: 100 },
    )
  })

  it('a newly isolating policy can only remove connections', () => {
    fc.assert(
      fc.property(seed, probes, (s, p) => {
        const w = randomWorld(s, SIZE, p)
        const { before } = split(w)
        const old = byKey(evaluateNetwork(before).report.connections)
        for (const c of evaluateNetwork(w).report.connections) {
          const o = old.get(key(c))
          if (!o) continue
          const newly = (['egress', 'ingress'] as const).some(
            (d) => !o[d].isolated && c[d].isolated,
          )
          const grew = (['egress', 'ingress'] as const).some(
            (d) => o[d].isolated && !allows(o[d]) && allows(c[d]),
          )
          if (newly && !grew && c.allowed) expect(o.allowed).toBe(true)
        }
      }),
      { numRuns: 100 },
    )
  })

  it('verdicts do not depend on the order of policies or pods', () => {
    fc.assert(
      fc.property(seed, seed, probes, (s, t, p) => {
        const w = randomWorld(s, SIZE, p)
        const shuffled = { ...w, policies: shuffle(w.policies, t), pods: shuffle(w.pods, t + 1) }
        const a = byKey(evaluateNetwork(w).report.connections)
        const b = byKey(evaluateNetwork(shuffled).report.connections)
        expect(b.size).toBe(a.size)
        for (const [k, c] of a) expect(b.get(k)).toEqual(c)
      }),
      { numRuns: 100 },
    )
  })

  it('never throws on arbitrary policy objects', () => {
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 4 }), fc.jsonValue(), (objs, spec) => {
        const w = randomWorld(7, { namespaces: 2, pods: 4, policies: 0 })
        const policies = [
          ...objs.map((object) => ({ object })),
          { object: { metadata: { name: 'j', namespace: 'ns0' }, spec } },
        ]
        const r = evaluateNetwork({ ...w, policies })
        expect(r.report.connections.length).toBeGreaterThanOrEqual(0)
      }),
      { numRuns: 300 },
    )
  })
})
