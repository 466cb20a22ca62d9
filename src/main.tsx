/**
 * Entry: the store, the engine worker (started first, with the saved or starter text), the
 * effects, and React. Monaco is not here: the editors load it lazily, after the first verdict.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { restoreWorkspace, startEffects } from './state/effects'
import {
  browserStorage,
  createLessonProgressStore,
  createPrefsStore,
  createSnapshotStore,
  tabStorage,
} from './state/storage'
import { createAppStore } from './state/store'
import { App } from './ui/App'
import { AppProvider } from './ui/AppContext'
import { ErrorBoundary } from './ui/ErrorBoundary'
import { STARTER_EXAMPLE } from './ui/examples'
import './ui/styles.css'
import { createEngineWorkerClient } from './worker/client'

const store = createAppStore()
const env = {
  defer: (cb: () => void) => queueMicrotask(cb),
  storage: createSnapshotStore(browserStorage(), tabStorage()),
  prefs: createPrefsStore(browserStorage()),
  lessons: createLessonProgressStore(browserStorage()),
  getHash: () => location.hash,
  clearHash: () => history.replaceState(null, '', location.pathname + location.search),
  baseUrl: () => location.origin + location.pathname + location.search,
  writeClipboard: (text: string) => navigator.clipboard.writeText(text),
  onHashChange: (callback: () => void) => {
    addEventListener('hashchange', callback)
    return () => removeEventListener('hashchange', callback)
  },
  later: (callback: () => void, ms: number) => {
    const timer = setTimeout(callback, ms)
    return () => clearTimeout(timer)
  },
  onLeave: (callback: () => void) => {
    const hidden = () => {
      if (document.visibilityState === 'hidden') callback()
    }
    addEventListener('pagehide', callback)
    document.addEventListener('visibilitychange', hidden)
    return () => {
      removeEventListener('pagehide', callback)
      document.removeEventListener('visibilitychange', hidden)
    }
  },
}
restoreWorkspace(store, env, STARTER_EXAMPLE)
const actions = startEffects(store, createEngineWorkerClient(), env)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary store={store}>
      <AppProvider store={store} actions={actions}>
        <App />
      </AppProvider>
    </ErrorBoundary>
  </StrictMode>,
)
