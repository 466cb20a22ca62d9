/**
 * Compare mode (issue 11): the before text is evaluated against the same policy and settings as
 * the after side, and what the change does to security travels to the main thread as a small
 * `CompareView` (the changes, riskiest first, each with its words), never the two reports. The
 * before side's report is kept while its input is unchanged (typing happens on the after side), and
 * the view is sent again only when it differs from the last one sent. The before side's YAML errors
 * and findings travel with it as the pod editor's markers of the before report (worker/markers.ts),
 * for the diff editor's left side. Shared by the worker and the in-process client.
 */
import { evaluate, formatMarkdown } from '../engine'
import { diffReports } from '../engine/diff'
import { changeWords, type DiffPlaces, formatCompareMarkdown } from '../engine/diff/format'
import { defaultPlace } from '../engine/format/shared'
import type { Change } from '../engine/diff/types'
import type { EngineInput, Report } from '../engine/report'
import { createWorkloadMemo } from '../engine/stages/memo'
import { type MarkerData, reportToMarkers } from './markers'

/** One change as the panel lists it: the engine's change and its words (`+NET_ADMIN`). */
export interface CompareChange extends Change {
  words: string
}

export interface CompareView {
  /** Riskiest first (engine/diff). */
  changes: CompareChange[]
  /** Input errors on the before side (its workloads may be missing from the comparison). */
  beforeErrors: number
  /**
   * Input errors on the after side: a workload it cannot read is missing from the comparison and
   * reads as removed (less privilege), which the panel must not let pass for a safer change.
   */
  afterErrors: number
  /** The before side's markers: its input problems and located findings (the pod editor's). */
  beforeMarkers: MarkerData[]
}

const errorsOf = (r: Report) => r.problems.filter((p) => p.severity === 'error').length

/** Where a line stands in the app: the before side of the pod editor, or either editor. */
export const APP_PLACES: DiffPlaces = {
  before: (editor, line) =>
    editor === 'pod' ? `before side line ${line}` : defaultPlace(editor, line),
  after: defaultPlace,
}

export interface CompareSession {
  /**
   * Evaluates the before side (unless its input is unchanged) and compares it with `after`: the
   * view when it differs from the last one returned, `undefined` when unchanged; `null` (once) when
   * comparing stops. `markdown` is the compare Markdown (or the report's when not comparing).
   */
  compare(
    input: EngineInput,
    before: string | undefined,
    after: Report,
  ): { view: CompareView | null | undefined; markdown(): string }
  /** The last view did not reach the main thread (the reply failed): send the next one whole. */
  forget(): void
}

export function createCompareSession(): CompareSession {
  const memo = createWorkloadMemo()
  let lastKey: string | null = null
  let lastReport: Report | null = null
  let lastMarkers: MarkerData[] = []
  /** What the main thread holds (JSON), or null when it holds no comparison. */
  let sent: string | null = null
  /**
   * The before side's markers the main thread holds (the same array while the before side is not
   * judged again, so that typing on the after side does not serialize them on every key).
   */
  let sentMarkers: MarkerData[] | null = null

  /** The before side's report and markers, kept while its input is unchanged. */
  const beforeSide = (input: EngineInput, before: string) => {
    const key = JSON.stringify([before, input.policy, input.options ?? null])
    if (key !== lastKey || !lastReport) {
      lastReport = evaluate({ ...input, pod: before }, { memo })
      lastMarkers = reportToMarkers(lastReport).pod
      lastKey = key
    }
    return { report: lastReport, markers: lastMarkers }
  }

  return {
    compare(input, before, after) {
      if (before === undefined) {
        const view = sent === null ? undefined : null
        sent = null
        sentMarkers = null
        lastKey = null
        lastReport = null
        lastMarkers = []
        return { view, markdown: () => formatMarkdown(after) }
      }
      const side = beforeSide(input, before)
      const diff = diffReports(side.report, after)
      const next: CompareView = {
        changes: diff.changes.map((c) => ({ ...c, words: changeWords(c) })),
        beforeErrors: errorsOf(diff.before),
        afterErrors: errorsOf(diff.after),
        beforeMarkers: side.markers,
      }
      const json = JSON.stringify([next.changes, next.beforeErrors, next.afterErrors])
      const sameMarkers =
        sentMarkers !== null &&
        (side.markers === sentMarkers ||
          JSON.stringify(side.markers) === JSON.stringify(sentMarkers))
      const view = json === sent && sameMarkers ? undefined : next
      sent = json
      sentMarkers = side.markers
      return { view, markdown: () => formatCompareMarkdown(diff, APP_PLACES) }
    },
    forget() {
      sent = null
      sentMarkers = null
    },
  }
}
