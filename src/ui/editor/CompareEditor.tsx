/**
 * Compare mode (issue 11): the pod editor as Monaco's diff editor, the before text on the left
 * (original) and the pod text, the after side, on the right (modified); both editable and bound to
 * the store. The after side keeps the pod editor's model path, markers, hovers and reveals; the
 * before side gets the markers of its own evaluation (the worker's compare view) and reveals. On
 * both sides Esc then Tab leaves the editor, as in the other editors. Loaded lazily, with the diff
 * editor's own features, only when compare mode is on.
 */
import 'monaco-editor/features/diffEditor/register'
import { useEffect, useRef, useState } from 'react'
import { useAppState, useAppStore } from '../AppContext'
import { MONACO_THEME, useTheme } from '../theme'
import { bindText, type TextModel } from './bind'
import { MODEL_PATHS } from './EditorPane'
import { monaco } from './monacoSetup'
import {
  type CodeEditor,
  OPTIONS,
  useEditorBindings,
  useLeaveWithEscape,
  useMarkers,
  useReveal,
} from './YamlEditor'

/** The before side's model path (tests find it by this URI). */
export const BEFORE_PATH = 'before.yaml'

function modelAt(path: string, text: string): TextModel {
  const uri = monaco.Uri.parse(path)
  const known = monaco.editor.getModel(uri)
  if (known) {
    if (known.getValue() !== text) known.setValue(text)
    return known
  }
  return monaco.editor.createModel(text, 'yaml', uri)
}

export function CompareEditor({ label }: { label: string }) {
  const store = useAppStore()
  const host = useRef<HTMLDivElement>(null)
  const [sides, setSides] = useState<{ before: CodeEditor; after: CodeEditor } | null>(null)
  const theme = useTheme()
  useEditorBindings(sides?.after ?? null, 'pod')
  useReveal(sides?.before ?? null, 'pod', true)
  useLeaveWithEscape(sides?.before ?? null)
  const beforeMarkers = useAppState((s) => s.compare?.beforeMarkers)
  useMarkers(sides?.before ?? null, beforeMarkers)

  useEffect(() => {
    const el = host.current
    if (!el) return
    const s = store.getState()
    const original = modelAt(BEFORE_PATH, s.before ?? '')
    const modified = modelAt(MODEL_PATHS.pod, s.pod)
    const diff = monaco.editor.createDiffEditor(el, {
      ...OPTIONS,
      ariaLabel: `${label}: after the change`,
      originalAriaLabel: `${label}: before the change`,
      modifiedAriaLabel: `${label}: after the change`,
      originalEditable: true,
      renderSideBySide: true,
      useInlineViewWhenSpaceIsLimited: false,
      enableSplitViewResizing: true,
      renderOverviewRuler: false,
      ignoreTrimWhitespace: false,
    })
    diff.setModel({ original, modified })
    const unbind = [
      bindText(
        original,
        () => store.getState().before,
        (text) => store.getState().setBefore(text),
        store.subscribe,
      ),
      bindText(
        modified,
        () => store.getState().pod,
        (text) => store.getState().setText('pod', text),
        store.subscribe,
      ),
    ]
    setSides({ before: diff.getOriginalEditor(), after: diff.getModifiedEditor() })
    return () => {
      for (const u of unbind) u()
      setSides(null)
      diff.dispose()
      // the plain pod editor makes its own model again when compare mode is turned off
      original.dispose()
      modified.dispose()
    }
  }, [store, label])

  // Monaco has one theme for every editor; the diff editor may be the first one shown
  useEffect(() => monaco.editor.setTheme(MONACO_THEME[theme]), [theme])

  return <div className="compare-editor" ref={host} data-testid="editor.compare" />
}
