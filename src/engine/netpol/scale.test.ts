/**
 * Scale: 500 pods, 200 policies, 2 probes besides the declared ports (over 499,000 connections) are all evaluated by the indexed
 * matrix. How fast is measured by `npm run bench` (a timed test would fail on a busy machine).
 */
import { describe, expect, it } from 'vitest'
import { evaluateNetwork } from './index'
import { probesFor, readProbes } from './probe'
import { randomWorld } from './testing/random'

describe('NetworkPolicy at scale', () => {
  it('500 pods x 200 policies x 2 probes: every connection', () => {
    const w = randomWorld(1, { namespaces: 10, pods: 500, policies: 200 }, ['80/TCP', '53/UDP'])
    const r = evaluateNetwork(w)
    const count = r.report.connections.length
    const isolated = r.report.connections.filter((c) => c.ingress.isolated || c.egress.isolated)
    // Each destination: its declared ports plus the two probes (issue 11: probes add to them).
    const probes = readProbes(w.probes)
    const perDestination = w.pods.reduce((n, p) => n + probesFor(p, probes).length, 0)
    expect(perDestination).toBeGreaterThanOrEqual(500 * 2)
    expect(count).toBe(499 * perDestination)
    // The world must exercise the policies, not just pass through.
    expect(isolated.length).toBeGreaterThan(count / 4)
  }, 60_000)
})
