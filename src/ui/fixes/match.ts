/**
 * Which quick fixes and decisions belong to a violation in the panel, and to the markers under the
 * cursor in the editor (code actions). Pure: no React, no Monaco.
 */
import type { DecisionView, FixesView, FixView } from '../../worker/protocol'

const overlap = (a: readonly string[], b: readonly string[]) => a.some((p) => b.includes(p))

/** A violation of a workload's card: its row key, check and the paths of its locations. */
export interface ViolationRef {
  key: string
  check: string
  paths: readonly string[]
}

export function fixesForViolation(view: FixesView | null, v: ViolationRef): FixView[] {
  if (!view) return []
  return view.fixes.filter(
    (f) => f.key === v.key && f.check === v.check && overlap(f.violationPaths, v.paths),
  )
}

export function decisionForViolation(
  view: FixesView | null,
  v: ViolationRef,
): DecisionView | undefined {
  return view?.decisions.find(
    (d) => d.key === v.key && d.check === v.check && overlap(d.violationPaths, v.paths),
  )
}

/** The part of a Monaco marker the code actions read. */
export interface MarkerRef {
  code?: string | { value: string } | undefined
  startLineNumber: number
}

const codeOf = (m: MarkerRef) => (typeof m.code === 'string' ? m.code : m.code?.value)

/**
 * The fixes of the violations marked by these markers (by check and line), each once, in the order
 * of the markers; with the marker each one fixes.
 */
export function fixesForMarkers<M extends MarkerRef>(
  fixes: readonly FixView[],
  markers: readonly M[],
): { fix: FixView; marker: M }[] {
  const out: { fix: FixView; marker: M }[] = []
  const seen = new Set<FixView>()
  for (const marker of markers)
    for (const fix of fixes)
      if (
        !seen.has(fix) &&
        fix.check === codeOf(marker) &&
        fix.markerLines.includes(marker.startLineNumber)
      ) {
        seen.add(fix)
        out.push({ fix, marker })
      }
  return out
}

/** The code action's title for a fix. */
export const fixTitle = (fix: FixView) => `Fix: ${fix.description}`
