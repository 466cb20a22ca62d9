/**
 * Every side effect of the app, in one place: restore the workspace (share link, else local
 * storage, else the starter example), evaluate edits through the engine client at most once per
 * animation frame, persist both editors and the settings, and build share links and Markdown.
 */
import type { EngineClient } from '../worker/client'
import { engineInput, snapshotOf } from './selectors'
import { decodeShareHash, encodeShareHash } from './shareLink'
import { DEFAULT_SETTINGS } from './snapshot'
import type { SnapshotStore } from './storage'
import type { AppState, AppStore } from './store'

export interface EffectsEnv {
  /** requestAnimationFrame in the browser; a manual queue in tests. */
  requestFrame(callback: () => void): void
  storage: SnapshotStore
  /** The page's location hash, e.g. `#v1/...`. */
  getHash(): string
  /** Drop the hash from the address bar (after it was read). */
  clearHash(): void
  /** The page URL without its hash, for share links. */
  baseUrl(): string
  writeClipboard?(text: string): Promise<void>
  /** Calls back when the hash changes without a reload (a share link pasted into this tab). */
  onHashChange?(callback: () => void): () => void
}

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
  stop(): void
}

export const BAD_LINK_NOTICE =
  'This share link could not be read, so the starter example is shown instead'

/** Applies a share link in the hash, if any; false when there is none. */
function applyShareLink(store: AppStore, env: EffectsEnv, starter: StarterExample): boolean {
  const s = store.getState()
  const link = decodeShareHash(env.getHash())
  if (link.status === 'none') return false
  env.clearHash()
  if (link.status === 'ok') {
    s.loadTexts(link.snapshot.pod, link.snapshot.policy, null)
    s.setSettings(link.snapshot.settings)
    s.setNotice(null)
  } else {
    s.loadTexts(starter.pod, starter.policy, starter.id)
    s.setSettings(DEFAULT_SETTINGS)
    s.setNotice(`${BAD_LINK_NOTICE} (${link.reason}).`)
  }
  return true
}

/** Fills the store from the share link, else local storage, else the starter example. */
export function restoreWorkspace(store: AppStore, env: EffectsEnv, starter: StarterExample): void {
  if (applyShareLink(store, env, starter)) return
  const s = store.getState()
  const saved = env.storage.load()
  if (saved) {
    s.loadTexts(saved.pod, saved.policy, null)
    s.setSettings(saved.settings)
    return
  }
  s.loadTexts(starter.pod, starter.policy, starter.id)
}

const inputChanged = (a: AppState, b: AppState) =>
  a.pod !== b.pod || a.policy !== b.policy || a.settings !== b.settings

export function startEffects(
  store: AppStore,
  client: EngineClient,
  env: EffectsEnv,
  starter: StarterExample,
): AppActions {
  let scheduled = false
  let stopped = false

  const flush = () => {
    scheduled = false
    if (stopped) return
    const state = store.getState()
    env.storage.save(snapshotOf(state))
    state.setPending()
    void client.evaluate(engineInput(state)).then((outcome) => {
      if (stopped || outcome.status === 'superseded') return
      if (outcome.status === 'ok') store.getState().setReport(outcome.report, outcome.elapsedMs)
      else store.getState().setFailure(outcome.message)
    })
  }

  const schedule = () => {
    if (scheduled || stopped) return
    scheduled = true
    env.requestFrame(flush)
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

  const unsubscribe = store.subscribe((state, prev) => {
    if (inputChanged(state, prev)) schedule()
    // a new selection, or a new report for the same selection, needs a fresh explanation
    if (
      state.selectedConnection !== prev.selectedConnection ||
      (state.report !== prev.report && state.selectedConnection)
    )
      explain()
  })
  schedule()
  const stopHashWatch = env.onHashChange?.(() => applyShareLink(store, env, starter))

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
      return copy(this.shareLink())
    },
    async copyMarkdown() {
      const outcome = await client.evaluate(engineInput(store.getState()), { markdown: true })
      if (outcome.status === 'superseded') return null
      if (outcome.status === 'failed') {
        store.getState().setFailure(outcome.message)
        return null
      }
      store.getState().setReport(outcome.report, outcome.elapsedMs)
      return copy(outcome.markdown ?? '')
    },
    stop() {
      stopped = true
      unsubscribe()
      stopHashWatch?.()
    },
  }
}
