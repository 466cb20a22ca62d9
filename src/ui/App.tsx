/**
 * Layout only: a skip link, the toolbar, notices, lessons, then the two editors and the results
 * panel, side by side with handles between them on wide screens, stacked on narrow ones
 * (styles.css).
 */
import { type CSSProperties, lazy, Suspense, useRef } from 'react'
import type { PreviousFrom } from '../state/slices/uiSlice'
import { useAppState } from './AppContext'
import { EditorPane } from './editor/EditorPane'
import { ErrorBoundary } from './ErrorBoundary'
import { PaneHandle, paneColumns } from './PaneHandle'
import { RESULTS_ID, ResultsPanel } from './results/ResultsPanel'
import { useApplyTheme } from './theme'
import { Toolbar } from './Toolbar'
import { useAppStore } from './AppContext'

function Notice() {
  const notice = useAppState((s) => s.notice)
  const setNotice = useAppState((s) => s.setNotice)
  if (!notice) return null
  return (
    <div className="notice" role="alert">
      <span>{notice}</span>
      <button type="button" onClick={() => setNotice(null)}>
        Dismiss
      </button>
    </div>
  )
}

const LessonsPanel = lazy(() => import('./lessons/LessonsPanel'))

function Lessons() {
  const open = useAppState((s) => s.lessonsOpen)
  if (!open) return null
  return (
    <Suspense fallback={<p className="notice">Loading the lessons…</p>}>
      <LessonsPanel />
    </Suspense>
  )
}

const REPLACED_BY: Record<PreviousFrom, { region: string; opened: string; keep: string }> = {
  link: {
    region: 'Shared link opened',
    opened: 'Opened a shared link',
    keep: 'Keep the shared link',
  },
  example: { region: 'Example opened', opened: 'Opened an example', keep: 'Keep the example' },
  lesson: {
    region: 'Lesson step opened',
    opened: 'Opened a lesson step',
    keep: 'Keep the lesson step',
  },
}

/** After a share link, an example or a lesson step replaced the editors: the work, a click away. */
function PreviousWork() {
  const previous = useAppState((s) => s.previous)
  const from = REPLACED_BY[useAppState((s) => s.previousFrom)]
  const returnToPrevious = useAppState((s) => s.returnToPrevious)
  const setPrevious = useAppState((s) => s.setPrevious)
  if (!previous) return null
  return (
    <section className="notice" aria-label={from.region}>
      <span>{from.opened} in place of your work.</span>
      <button type="button" onClick={returnToPrevious}>
        Back to your previous work
      </button>
      <button type="button" onClick={() => setPrevious(null)}>
        {from.keep}
      </button>
    </section>
  )
}

/**
 * The results panel behind its own error boundary, tried again on each new report. Only this part
 * reads the report: the toolbar and the editors are not drawn again when a result arrives.
 */
function Results() {
  const store = useAppStore()
  const view = useAppState((s) => s.view)
  return (
    <ErrorBoundary store={store} resetKey={view}>
      <ResultsPanel />
    </ErrorBoundary>
  )
}

export function App() {
  const panes = useAppState((s) => s.prefs.panes)
  const comparing = useAppState((s) => s.before !== null)
  const workspace = useRef<HTMLElement>(null)
  useApplyTheme()
  const columns = paneColumns(panes)
  return (
    <div className="app">
      <a
        className="skip-link"
        href={`#${RESULTS_ID}`}
        onClick={(e) => {
          e.preventDefault()
          document.getElementById(RESULTS_ID)?.focus()
        }}
      >
        Skip to results
      </a>
      <Toolbar />
      <Notice />
      <PreviousWork />
      <Lessons />
      <main
        className={comparing ? 'workspace workspace-compare' : 'workspace'}
        ref={workspace}
        style={columns ? ({ '--columns': columns } as CSSProperties) : undefined}
      >
        <EditorPane
          editor="pod"
          label="Pod and workloads"
          placeholder="Paste what is applied, a whole install as YAML: Pods and workloads (Deployment, Job, CronJob…), with their Namespaces, NetworkPolicies and PodSecurityPolicies"
        />
        <PaneHandle index={0} workspace={workspace} />
        <EditorPane
          editor="policy"
          label="Policy"
          placeholder="Optional: what the cluster already has: Namespaces with pod-security labels, PodSecurityPolicies, NetworkPolicies, ValidatingAdmissionPolicies, running workloads (not judged, part of the network)"
        />
        <PaneHandle index={1} workspace={workspace} />
        <Results />
      </main>
    </div>
  )
}
