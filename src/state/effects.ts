/**
 * Every side effect of the app, in one place: restore the workspace (share link, else this tab's
 * saved work, else the last edit of any tab, else the starter example), evaluate edits through the
 * engine client as soon as the edit's task is done (the edits of one task as one evaluation),
 * persist both editors and the settings (saying once when that fails), and build share links and
 * Markdown.
 */
import type { Level } from '../engine/report'
import type { EngineClient, EvaluateOptions, SchemaOutcome } from '../worker/client'
import type { FixesView, FixView, SchemaQuery } from '../worker/protocol'
import type { ReportView } from '../worker/view'
import { minimalEdit } from './edits'
import { engineInput, snapshotOf, viewRequest } from './selectors'
import { decodeShareHash, encodeShareHash, MAX_LINK_CHARS } from './shareLink'
import type { Snapshot } from './snapshot'
import type { LessonProgressStore, PrefsStore, SnapshotStore } from './storage'
import type { AppState, AppStore } from './store'

export interface EffectsEnv {
  /**
   * Runs `callback` once the current task's own work is done: a microtask in the browser, so the
   * edits of one task make one evaluation, which leaves for the worker within the keystroke rather
   * than at the next animation frame (issue 13: the frame waited for Monaco's rendering of the
   * key, several milliseconds of the seed example's keystroke to panel); a manual queue in tests.
   */
  defer(callback: () => void): void
  storage: SnapshotStore
  /** Where the theme and pane sizes are kept (absent: not kept). */
  prefs?: PrefsStore
  /** Lesson progress (localStorage); absent: not kept. */
  lessons?: LessonProgressStore
  /** The page's location hash, e.g. `#v1/...`. */
  getHash(): string
  /** Drop the hash from the address bar (after it was read). */
  clearHash(): void
  /** The page URL without its hash, for share links. */
  baseUrl(): string
  writeClipboard?(text: string): Promise<void>
  /** Calls back when the hash changes without a reload (a share link pasted into this tab). */
  onHashChange?(callback: () => void): () => void
  /** Runs `callback` after `ms` (browser: a timeout); gives a cancel function. Absent: save at once. */
  later?(callback: () => void, ms: number): () => void
  /** Calls back when the page is hidden or left, so work not yet saved is saved then. */
  onLeave?(callback: () => void): () => void
}

/**
 * Up to this many characters in both editors, every edit is saved at once. A bigger workspace is
 * saved once typing pauses (and when the page is hidden or left): Web Storage writes are
 * synchronous, and writing 0.5 MB twice per key held the main thread for about 270 ms (issue 10).
 */
export const SAVE_AT_ONCE_CHARS = 64 * 1024
/** The pause after which a big workspace is saved. */
export const SAVE_PAUSE_MS = 1000

export interface StarterExample {
  id: string
  pod: string
  policy: string
}

export interface CopyResult {
  text: string
  copied: boolean
}

export interface AppActions {
  /** The share link for what the editors hold now. */
  shareLink(): string
  copyShareLink(): Promise<CopyResult>
  /** The Markdown summary of the current input (null when a newer edit superseded it). */
  copyMarkdown(): Promise<CopyResult | null>
  /** Copies any text (a generated policy). */
  copyText(text: string): Promise<CopyResult>
  /** The quick fixes for the pod editor's text `pod` (null when it is no longer the text). */
  fixesFor(pod: string): Promise<FixesView | null>
  /** Applies one quick fix through the pod editor (one undoable edit). */
  applyFix(fix: FixView): void
  /** "Make it meet <level>": every safe fix, as one undoable edit; the outcome goes to the store. */
  makeItMeet(level: Level, version: string): Promise<void>
  /** Computes least privilege for a workload of the pod editor (by row key) into the store. */
  loadLeastPrivilege(key: string): Promise<void>
  /** Completion or hover help from the API field tree. */
  schema(query: SchemaQuery): Promise<SchemaOutcome>
  stop(): void
}

export const BAD_LINK_NOTICE = 'This share link could not be read, so your work is left as it was'
export const SAVE_FAILED_NOTICE =
  'Your edits could not be saved in this browser (its storage is full or blocked): they stay in this tab until it is closed. Copy link keeps them.'
export const LINK_TOO_LONG =
  'This workspace is too large to share as a link. Copy Markdown, or share the files themselves.'

const sameWork = (a: Snapshot, b: Snapshot) =>
  a.pod === b.pod &&
  a.policy === b.policy &&
  a.before === b.before &&
  JSON.stringify(a.settings) === JSON.stringify(b.settings)

/**
 * Applies a share link in the hash, if any. The link opens as a new workspace and `current` (the
 * work it replaces) is kept as `previous`, one click away; a broken link changes nothing but the
 * notice. A hash that is not a podplay link is left alone. True when the link was loaded.
 */
function applyShareLink(store: AppStore, env: EffectsEnv, current: Snapshot | null): boolean {
  const s = store.getState()
  const link = decodeShareHash(env.getHash())
  if (link.status === 'none') return false
  env.clearHash()
  if (link.status === 'invalid') {
    s.setNotice(`${BAD_LINK_NOTICE} (${link.reason}).`)
    return false
  }
  const replaced = current && !sameWork(current, link.snapshot) ? current : null
  s.loadTexts(link.snapshot.pod, link.snapshot.policy, null, link.snapshot.before ?? null)
  s.setSettings(link.snapshot.settings)
  s.setNotice(null)
  s.setPrevious(replaced)
  return true
}

/**
 * Fills the store: the saved preferences; then a share link (keeping this tab's saved work one click away), else this tab's
 * saved work, else the last edit of any tab, else the starter example.
 */
export function restoreWorkspace(store: AppStore, env: EffectsEnv, starter: StarterExample): void {
  const prefs = env.prefs?.load()
  if (prefs) store.getState().setPrefs(prefs)
  const progress = env.lessons?.load()
  if (progress) store.getState().restoreLessons(progress)
  const saved = env.storage.load()
  if (applyShareLink(store, env, saved)) return
  const s = store.getState()
  if (saved) {
    s.loadTexts(saved.pod, saved.policy, null, saved.before ?? null)
    s.setSettings(saved.settings)
    return
  }
  s.loadTexts(starter.pod, starter.policy, starter.id)
}

const inputChanged = (a: AppState, b: AppState) =>
  a.pod !== b.pod || a.policy !== b.policy || a.settings !== b.settings || a.before !== b.before

/** What the engine client is asked besides the input: the view, and the before side when comparing. */
function evaluateOptions(state: AppState, markdown = false): EvaluateOptions {
  const options: EvaluateOptions = { view: viewRequest(state) }
  if (markdown) options.markdown = true
  if (state.before !== null) options.before = state.before
  return options
}

/** True when a card the panel shows has Pod Security violations in the pod editor (to fix). */
export function showsViolations(view: ReportView | null): boolean {
  if (!view) return false
  for (const w of Object.values(view.cards))
    if (w.editor === 'pod' && (w.podSecurity?.violations ?? []).length > 0) return true
  return false
}

const lessonsChanged = (a: AppState, b: AppState) =>
  a.lessonsOpen !== b.lessonsOpen ||
  a.lessonStep !== b.lessonStep ||
  a.lessonsDone !== b.lessonsDone ||
  a.solutionsShown !== b.solutionsShown ||
  a.hintsRevealed !== b.hintsRevealed

export function startEffects(store: AppStore, client: EngineClient, env: EffectsEnv): AppActions {
  let scheduled = false
  let stopped = false
  // a failed save is said once, until a save works again
  let saveFailureShown = false

  const save = (state: AppState) => {
    if (env.storage.save(snapshotOf(state))) {
      saveFailureShown = false
      return
    }
    if (saveFailureShown) return
    saveFailureShown = true
    state.setNotice(SAVE_FAILED_NOTICE)
  }

  const saveLessons = (state: AppState) => {
    const saved = env.lessons?.save({
      open: state.lessonsOpen,
      step: state.lessonStep,
      done: [...state.lessonsDone],
      solutionsShown: [...state.solutionsShown],
      hints: Object.assign(Object.create(null), state.hintsRevealed),
    })
    if (saved === false && !saveFailureShown) {
      saveFailureShown = true
      state.setNotice(SAVE_FAILED_NOTICE)
    }
  }

  let cancelSave: (() => void) | null = null
  const saveNow = () => {
    cancelSave?.()
    cancelSave = null
    if (!stopped) save(store.getState())
  }
  const saveSoon = (state: AppState) => {
    const chars = state.pod.length + state.policy.length + (state.before?.length ?? 0)
    if (!env.later || chars <= SAVE_AT_ONCE_CHARS) {
      saveNow()
      return
    }
    cancelSave?.()
    cancelSave = env.later(saveNow, SAVE_PAUSE_MS)
  }
  const stopLeaveWatch = env.onLeave?.(() => {
    if (cancelSave) saveNow()
  })

  const flush = () => {
    scheduled = false
    if (stopped) return
    const state = store.getState()
    // the worker first (it evaluates while this thread saves and draws the key)
    void client.evaluate(engineInput(state), evaluateOptions(state)).then((outcome) => {
      if (stopped || outcome.status === 'superseded') return
      if (outcome.status === 'ok')
        store.getState().setView(outcome.view, outcome.elapsedMs, outcome.compare)
      else store.getState().setFailure(outcome.message)
    })
    state.setPending()
    saveSoon(store.getState())
  }

  /** A card opened or closed, more problems asked for: the worker sends those parts. */
  const showParts = () => {
    void client.view(viewRequest(store.getState())).then((outcome) => {
      if (stopped || outcome.status !== 'ok' || !outcome.view) return
      store.getState().setView(outcome.view, null)
    })
  }

  const schedule = () => {
    if (scheduled || stopped) return
    scheduled = true
    env.defer(flush)
  }

  const explain = () => {
    const state = store.getState()
    const query = state.selectedConnection
    if (!query) {
      if (state.explanation) state.setExplanation(null)
      return
    }
    void client.explain(engineInput(state), query).then((outcome) => {
      if (stopped || outcome.status !== 'ok') return
      if (store.getState().selectedConnection !== query) return
      store.getState().setExplanation({
        query,
        explanation: outcome.explanation,
      })
    })
  }

  /** The fixes for the current input, asked of the worker (the latest request wins). */
  const fetchFixes = async (): Promise<FixesView | null> => {
    const input = engineInput(store.getState())
    const outcome = await client.fixes(input)
    if (stopped || outcome.status !== 'ok') return null
    const now = store.getState()
    if (now.pod !== input.pod || now.policy !== input.policy) return null
    now.setFixes({ input, view: outcome.fixes })
    return outcome.fixes
  }
  const currentFixes = (state: AppState): FixesView | null => {
    const f = state.fixes
    if (!f) return null
    const input = engineInput(state)
    const same =
      f.input.pod === input.pod &&
      f.input.policy === input.policy &&
      JSON.stringify(f.input.options) === JSON.stringify(input.options)
    return same ? f.view : null
  }

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.prefs !== prev.prefs) env.prefs?.save(state.prefs)
    if (inputChanged(state, prev)) schedule()
    // a new report that shows violations: their fixes (the panel's buttons, the code actions)
    if (state.view !== prev.view && state.status === 'ok' && !currentFixes(state)) {
      if (showsViolations(state.view)) void fetchFixes()
      else if (state.fixes) state.setFixes(null)
    } else if (
      state.openCards !== prev.openCards ||
      state.problemLimit !== prev.problemLimit ||
      state.admissionLimit !== prev.admissionLimit ||
      state.notJudgedOpen !== prev.notJudgedOpen ||
      state.lessonsOpen !== prev.lessonsOpen ||
      state.lessonStep !== prev.lessonStep
    )
      showParts()
    // the worker met the shown step's goal on the editors' texts: the step is done
    const goal = state.view?.goal
    if (goal !== prev.view?.goal && goal?.met && goal.step === state.lessonStep)
      state.markStepDone(goal.step)
    if (lessonsChanged(state, prev)) saveLessons(state)
    // a new selection, or a new report for the same selection, needs a fresh explanation
    if (
      state.selectedConnection !== prev.selectedConnection ||
      (state.view !== prev.view && state.selectedConnection)
    )
      explain()
  })
  schedule()
  const stopHashWatch = env.onHashChange?.(() =>
    applyShareLink(store, env, snapshotOf(store.getState())),
  )

  /**
   * The Markdown for a review ends with a link that opens the same work in podplay (both sides
   * when comparing), unless the link is too long to share. The link is the page's own address
   * with a base64url hash: written as `<...>` so no character of it can end the link early.
   */
  const withLink = (markdown: string, link: string) =>
    link.length > MAX_LINK_CHARS || /[\s<>]/.test(link)
      ? markdown
      : `${markdown.trimEnd()}\n\n[Open this in podplay](<${link}>)\n`

  const copy = async (text: string): Promise<CopyResult> => {
    if (!env.writeClipboard) return { text, copied: false }
    try {
      await env.writeClipboard(text)
      return { text, copied: true }
    } catch {
      return { text, copied: false }
    }
  }

  return {
    shareLink() {
      return env.baseUrl() + encodeShareHash(snapshotOf(store.getState()))
    },
    copyShareLink() {
      const link = this.shareLink()
      if (link.length > MAX_LINK_CHARS)
        return Promise.resolve({ text: LINK_TOO_LONG, copied: false })
      return copy(link)
    },
    async copyMarkdown() {
      const state = store.getState()
      const outcome = await client.evaluate(engineInput(state), evaluateOptions(state, true))
      if (outcome.status === 'superseded') return null
      if (outcome.status === 'failed') {
        store.getState().setFailure(outcome.message)
        return null
      }
      store.getState().setView(outcome.view, outcome.elapsedMs, outcome.compare)
      return copy(withLink(outcome.markdown ?? '', this.shareLink()))
    },
    copyText: (text) => copy(text),
    async fixesFor(pod) {
      const state = store.getState()
      if (state.pod !== pod) return null
      return currentFixes(state) ?? fetchFixes()
    },
    applyFix(fix) {
      const state = store.getState()
      const fixes = currentFixes(state)
      if (!fixes?.fixes.includes(fix)) return
      state.requestEdit('pod', state.pod, [fix.edit])
    },
    async makeItMeet(level, version) {
      const input = engineInput(store.getState())
      const outcome = await client.fixAll(input, level, version)
      if (stopped || outcome.status === 'superseded') return
      const state = store.getState()
      if (outcome.status === 'failed') {
        state.setNotice(`The fixes could not be computed: ${outcome.message}`)
        return
      }
      const { text, ...rest } = outcome.result
      const stale = state.pod !== input.pod
      if (!stale && text !== input.pod)
        state.requestEdit('pod', input.pod, [minimalEdit(input.pod, text)])
      state.setFixOutcome({ ...rest, level, version, stale })
    },
    async loadLeastPrivilege(key) {
      const input = engineInput(store.getState())
      store.getState().setLeastPrivilege(key, { status: 'loading' })
      const outcome = await client.leastPrivilege(input, key)
      if (stopped || outcome.status === 'superseded') {
        if (store.getState().leastPrivilege[key]?.status === 'loading')
          store.getState().setLeastPrivilege(key, null)
        return
      }
      store
        .getState()
        .setLeastPrivilege(
          key,
          outcome.status === 'ok'
            ? { status: 'ok', view: outcome.result, input }
            : { status: 'failed', message: outcome.message },
        )
    },
    schema: (query) => client.schema(query),
    stop() {
      if (cancelSave) saveNow()
      stopped = true
      unsubscribe()
      stopHashWatch?.()
      stopLeaveWatch?.()
    },
  }
}
