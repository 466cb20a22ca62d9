/** Derived values read by effects and components. */
import type { EngineInput, EngineOptions } from '../engine/report'
import type { ViewRequest } from '../worker/view'
import type { Snapshot } from './snapshot'
import type { AppState } from './store'

export function engineInput(s: Pick<AppState, 'pod' | 'policy' | 'settings'>): EngineInput {
  const options: EngineOptions = { runtime: s.settings.runtime }
  if (s.settings.level) options.level = s.settings.level
  if (s.settings.version) options.version = s.settings.version
  if (s.settings.probes.length) options.probes = [...s.settings.probes]
  if (s.settings.pspUsable) options.pspUsable = [...s.settings.pspUsable]
  return { pod: s.pod, policy: s.policy, options }
}

export function snapshotOf(s: Pick<AppState, 'pod' | 'policy' | 'settings' | 'before'>): Snapshot {
  const snapshot: Snapshot = { pod: s.pod, policy: s.policy, settings: s.settings }
  if (s.before !== null) snapshot.before = s.before
  return snapshot
}

export const selectPod = (s: AppState) => s.pod
export const selectPolicy = (s: AppState) => s.policy
export const selectSettings = (s: AppState) => s.settings
export const selectView = (s: AppState) => s.view

/** What the panel shows of a report: the worker sends these parts. */
export function viewRequest(
  s: Pick<
    AppState,
    'openCards' | 'problemLimit' | 'admissionLimit' | 'notJudgedOpen' | 'lessonsOpen' | 'lessonStep'
  >,
): ViewRequest {
  const request: ViewRequest = {
    open: s.openCards,
    problems: s.problemLimit,
    admission: s.admissionLimit,
    notJudged: s.notJudgedOpen,
  }
  // the shown lesson step's goal is checked by the worker on each report
  if (s.lessonsOpen && s.lessonStep) request.goal = s.lessonStep
  return request
}

/**
 * Whether the editors hold work of the user's own: edited since an example or a lesson step was
 * loaded, or not loaded from one at all (and not empty).
 */
export function isEdited(s: Pick<AppState, 'pod' | 'policy' | 'loaded'>): boolean {
  if (s.loaded === null) return s.pod.trim() !== '' || s.policy.trim() !== ''
  return s.pod !== s.loaded.pod || s.policy !== s.loaded.policy
}

/** The lines of a text that say something (trimmed, not blank, not a document marker). */
function sayingLines(text: string): Set<string> {
  const out = new Set<string>()
  for (const line of text.split('\n')) {
    const t = line.trim()
    if (t !== '' && t !== '---') out.add(t)
  }
  return out
}

const BLANK = /^\s*$/

/**
 * Whether `line` (trimmed, without a newline) is one of the text's lines once trimmed. It looks
 * only where the line occurs (the native search), without splitting a text that may be megabytes
 * long.
 */
function hasLine(text: string, line: string): boolean {
  for (let at = text.indexOf(line); at >= 0; at = text.indexOf(line, at + 1)) {
    const start = text.lastIndexOf('\n', at - 1) + 1
    const end = text.indexOf('\n', at + line.length)
    if (
      BLANK.test(text.slice(start, at)) &&
      BLANK.test(text.slice(at + line.length, end < 0 ? text.length : end))
    )
      return true
  }
  return false
}

let lastReplaced: {
  pod: string
  policy: string
  loaded: NonNullable<AppState['loaded']>
  value: boolean
} | null = null

/**
 * Whether the editors no longer hold the example or lesson step loaded: fewer than half of its
 * lines are left (a manifest pasted over it), so its one-line lesson no longer describes them. An
 * edit, even a large one, keeps most of them. A component reads it on every change of the store:
 * the answer for the last texts is kept, and each of the example's few lines is looked for in the
 * texts (a 1,000-workload manifest is never split into lines on a keystroke).
 */
export function loadedReplaced(s: Pick<AppState, 'pod' | 'policy' | 'loaded'>): boolean {
  if (s.loaded === null) return false
  const last = lastReplaced
  if (last && last.pod === s.pod && last.policy === s.policy && last.loaded === s.loaded)
    return last.value
  const loaded = sayingLines(`${s.loaded.pod}\n${s.loaded.policy}`)
  let kept = 0
  let missed = 0
  for (const line of loaded) {
    if (hasLine(s.pod, line) || hasLine(s.policy, line)) kept++
    else missed++
    // decided once either side has half of the lines
    if (kept * 2 >= loaded.size || missed * 2 > loaded.size) break
  }
  const value = loaded.size > 0 && kept * 2 < loaded.size
  lastReplaced = { pod: s.pod, policy: s.policy, loaded: s.loaded, value }
  return value
}
