/**
 * Test helper: runs a check's table of cases (exact reason, detail and paths) and the upstream
 * unit-test cases of cases.json for it, each against one implementation version alone.
 */
import { expect, it } from 'vitest'
import type { Path } from '../../report'
import type { PssCheck } from '../types'
import { CORPUS_AVAILABLE, CORPUS_MISSING, checkCasesFor, versionOf } from './corpus'

export interface CheckTableCase {
  /** Describes the mutation, e.g. "privileged set to true in an init container". */
  name: string
  /** The implementation under test: its `since` version. */
  since: string
  pod: unknown
  expected: 'allowed' | { reason: string; detail: string; paths: Path[] }
}

/** A Pod with the given spec (and metadata). */
export function pod(spec: unknown, metadata: unknown = { name: 'p' }): unknown {
  return { apiVersion: 'v1', kind: 'Pod', metadata, spec }
}

export function runCheckTable(check: PssCheck, cases: readonly CheckTableCase[]): void {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = versionOf(check, c.since)(c.pod)
    if (c.expected === 'allowed') {
      expect(result).toEqual({ allowed: true })
    } else {
      expect(result).toEqual({ allowed: false, ...c.expected })
    }
  })

  const upstream = checkCasesFor(check.id)
  if (!CORPUS_AVAILABLE) {
    it.skip(`upstream cases: ${CORPUS_MISSING}`, () => {})
    return
  }
  it('has upstream cases in cases.json', () => {
    expect(upstream.length).toBeGreaterThan(0)
  })
  it.each(
    upstream.map((c) => [`upstream ${c.id} ${c.checkVersionFunction}: ${c.name}`, c] as const),
  )('%s', (_name, c) => {
    const result = versionOf(check, c.checkVersionFrom)(c.pod)
    expect(result.allowed).toBe(c.expectAllowed)
    if (!result.allowed) {
      expect(result.reason).toBe(c.expectForbiddenReason)
      expect(result.detail).toBe(c.expectForbiddenDetail)
    }
  })
}
