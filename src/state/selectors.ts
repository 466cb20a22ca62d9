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

/**
 * Whether the editors no longer hold the example or lesson step loaded: fewer than half of its
 * lines are left (a manifest pasted over it), so its one-line lesson no longer describes them. An
 * edit, even a large one, keeps most of them.
 */
export function loadedReplaced(s: Pick<AppState, 'pod' | 'policy' | 'loaded'>): boolean {
  if (s.loaded === null) return false
  const loaded = sayingLines(`${s.loaded.pod}\n${s.loaded.policy}`)
  if (loaded.size === 0) return false
  const now = sayingLines(`${s.pod}\n${s.policy}`)
  let kept = 0
  for (const line of loaded) if (now.has(line)) kept++
  return kept * 2 < loaded.size
}
