/**
 * One editor pane, drawn at once: its title, how to leave the editor with the keyboard (Tab
 * indents inside it) and, until Monaco has loaded (a lazy chunk, issue 10), the text read-only,
 * so the verdict and the text show before the editor does. In compare mode (issue 11) the pod pane
 * holds the diff editor: before on the left, after on the right.
 */
import { lazy, Suspense } from 'react'
import type { EditorId } from '../../engine/report'
import { useAppState } from '../AppContext'

/** Monaco's model paths: tests find the models by these URIs. */
export const MODEL_PATHS = { pod: 'pod.yaml', policy: 'policy.yaml' } as const

/** Lines of the text shown while the editor loads. */
const PREVIEW_LINES = 200

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent)

/** Tab indents in the editor: Esc then Tab leaves it, and Monaco's Ctrl+M makes Tab move focus. */
const TAB_MOVES = isMac ? 'Ctrl+Shift+M' : 'Ctrl+M'
export const LEAVE_HINT = `Esc then Tab, or ${TAB_MOVES}, to leave the editor`

const YamlEditor = lazy(() => import('./YamlEditor').then((m) => ({ default: m.YamlEditor })))
const CompareEditor = lazy(() =>
  import('./CompareEditor').then((m) => ({ default: m.CompareEditor })),
)

/** The text as it will stand in the editor, read-only, while the editor loads. */
export function TextPreview({ editor }: { editor: EditorId }) {
  const text = useAppState((s) => s[editor])
  const lines = text.split('\n', PREVIEW_LINES + 1)
  return (
    <pre className="editor-preview" aria-busy="true">
      {lines.slice(0, PREVIEW_LINES).join('\n')}
      {lines.length > PREVIEW_LINES ? '\n…' : ''}
    </pre>
  )
}

export function EditorPane({
  editor,
  label,
  placeholder,
}: {
  editor: EditorId
  label: string
  /** Shown while the editor is empty: what belongs in it. */
  placeholder: string
}) {
  const comparing = useAppState((s) => editor === 'pod' && s.before !== null)
  return (
    <section className="editor-pane" aria-label={label} data-pane>
      <div className="pane-head">
        <h2 className="pane-title">
          {label}
          {comparing && <span className="compare-sides"> — before (left) and after (right)</span>}
        </h2>
        <p className="editor-hint" data-testid={`editor-hint.${editor}`}>
          {LEAVE_HINT}
        </p>
      </div>
      <div className="editor-host" data-testid={`editor.${editor}`}>
        <Suspense fallback={<TextPreview editor={editor} />}>
          {comparing ? (
            <CompareEditor label={label} />
          ) : (
            <YamlEditor editor={editor} label={label} placeholder={placeholder} />
          )}
        </Suspense>
      </div>
    </section>
  )
}
