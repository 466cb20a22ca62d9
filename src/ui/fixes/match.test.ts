import { describe, expect, it } from 'vitest'
import type { FixesView, FixView } from '../../worker/protocol'
import { decisionForViolation, fixesForMarkers, fixesForViolation, fixTitle } from './match'

const fix = (key: string, check: string, paths: string[], lines: number[]): FixView => ({
  key,
  check,
  description: `fix ${check} of ${key}`,
  line: lines[0] ?? 1,
  violationPaths: paths,
  markerLines: lines,
  edit: { start: 0, end: 0, text: '' },
})

const A = fix('pod:Pod:ns/a', 'runAsNonRoot', ['spec.securityContext.runAsNonRoot'], [4])
const A2 = fix(
  'pod:Pod:ns/a',
  'allowPrivilegeEscalation',
  ['spec.containers[0].securityContext.allowPrivilegeEscalation'],
  [7],
)
// the same paths in another document
const B = fix('pod:Pod:ns/b', 'runAsNonRoot', ['spec.securityContext.runAsNonRoot'], [20])
const VIEW: FixesView = {
  fixes: [A, A2, B],
  decisions: [
    {
      key: 'pod:Pod:ns/a',
      check: 'restrictedVolumes',
      violationPaths: ['spec.volumes[0].hostPath'],
      decide: 'choose another volume type',
    },
  ],
}

describe('fixesForViolation', () => {
  it('matches by workload, check and a shared path', () => {
    const v = {
      key: 'pod:Pod:ns/a',
      check: 'runAsNonRoot',
      paths: ['spec.securityContext.runAsNonRoot'],
    }
    expect(fixesForViolation(VIEW, v)).toEqual([A])
    expect(fixesForViolation(VIEW, { ...v, key: 'pod:Pod:ns/b' })).toEqual([B])
    expect(fixesForViolation(VIEW, { ...v, paths: ['spec.other'] })).toEqual([])
    expect(fixesForViolation(null, v)).toEqual([])
  })

  it('finds the decision of a violation without a fix', () => {
    const v = {
      key: 'pod:Pod:ns/a',
      check: 'restrictedVolumes',
      paths: ['spec.volumes[0].hostPath'],
    }
    expect(decisionForViolation(VIEW, v)?.decide).toBe('choose another volume type')
    expect(decisionForViolation(VIEW, { ...v, key: 'pod:Pod:ns/b' })).toBeUndefined()
  })
})

describe('fixesForMarkers', () => {
  it('offers the fixes of the marked violations at their lines, once each', () => {
    const m4 = { code: 'runAsNonRoot', startLineNumber: 4 }
    const m7 = { code: 'allowPrivilegeEscalation', startLineNumber: 7 }
    const again = { code: 'runAsNonRoot', startLineNumber: 4 }
    expect(fixesForMarkers(VIEW.fixes, [m7, m4, again])).toEqual([
      { fix: A2, marker: m7 },
      { fix: A, marker: m4 },
    ])
  })

  it('needs the same check and line; reads a code object too', () => {
    expect(fixesForMarkers(VIEW.fixes, [{ code: 'runAsNonRoot', startLineNumber: 7 }])).toEqual([])
    expect(fixesForMarkers(VIEW.fixes, [{ startLineNumber: 4 }])).toEqual([])
    const m = { code: { value: 'runAsNonRoot' }, startLineNumber: 20 }
    expect(fixesForMarkers(VIEW.fixes, [m])).toEqual([{ fix: B, marker: m }])
  })

  it('titles a code action after the fix', () => {
    expect(fixTitle(A)).toBe('Fix: fix runAsNonRoot of pod:Pod:ns/a')
  })
})
