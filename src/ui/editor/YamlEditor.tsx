/**
 * One Monaco YAML editor bound to a store text, with the markers the worker computed and reveal
 * requests. Loaded lazily by EditorPane (it brings Monaco). `useEditorBindings` is shared with the
 * after side of compare mode (CompareEditor).
 */
import Editor, { type OnMount } from '@monaco-editor/react'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { EditorId, Severity } from '../../engine/report'
import { useActions, useAppState, useAppStore } from '../AppContext'
import { MONACO_THEME, useTheme } from '../theme'
import { applyEditRequest, attachAssist } from './assist'
import type { MarkerData } from '../../worker/markers'
import { bindText } from './bind'
import { MODEL_PATHS, TextPreview } from './EditorPane'
import { monaco, untrusted } from './monacoSetup'
import { networkHover } from './networkHover'

export type CodeEditor = Parameters<OnMount>[0]

const SEVERITY: Record<Severity, number> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
}

export const OPTIONS = {
  minimap: { enabled: false },
  automaticLayout: true,
  fontSize: 13,
  scrollBeyondLastLine: false,
  tabSize: 2,
  renderWhitespace: 'boundary',
  // the dots drawn inside each line's own text; Monaco's default ('svg') draws them in an overlay
  // that measures the position of every visible whitespace in the page after each keystroke
  // (about a third of Monaco's rendering of a key in the seed example, issue 13)
  experimentalWhitespaceRendering: 'off',
  fixedOverflowWidgets: true,
} as const

/**
 * What every editor bound to a store text gets: quick fixes, completion and documentation, the
 * panel's edit requests, NetworkPolicy hovers from the latest report, the worker's markers on its
 * model, and the panel's reveal requests (also the after side of compare mode, issue 11).
 */
export function useEditorBindings(ed: CodeEditor | null, id: EditorId) {
  const markers = useAppState((s) => s.view?.markers[id])
  const store = useAppStore()
  const actions = useActions()
  const editRequest = useAppState((s) => s.editRequest)
  const appliedEdit = useRef(0)
  useReveal(ed, id, false)

  // quick fixes (code actions), completion and field documentation, answered by the worker
  useEffect(() => {
    if (!ed) return
    return attachAssist(ed, id, actions)
  }, [ed, id, actions])

  // edits asked for by the panel (a quick fix, "Make it meet"): through the editor, so undo works
  useEffect(() => {
    if (!ed || !editRequest || editRequest.editor !== id) return
    if (editRequest.seq <= appliedEdit.current) return
    appliedEdit.current = editRequest.seq
    applyEditRequest(ed, editRequest.base, editRequest.edits)
  }, [ed, editRequest, id])

  // hovering a NetworkPolicy's podSelector or one of its rules shows what it matches (latest report)
  useEffect(() => {
    if (!ed) return
    const provider = monaco.languages.registerHoverProvider('yaml', {
      provideHover(model, position) {
        if (model !== ed.getModel()) return null
        const h = networkHover(
          store.getState().view,
          id,
          position.lineNumber,
          model.getLinesContent(),
        )
        if (!h) return null
        return {
          range: new monaco.Range(h.startLine, 1, h.endLine, model.getLineMaxColumn(h.endLine)),
          contents: [untrusted(h.text)],
        }
      },
    })
    return () => provider.dispose()
  }, [ed, id, store])

  useLeaveWithEscape(ed)
  useMarkers(ed, markers)
}

/**
 * Esc then Tab (or Shift+Tab) leaves the editor: after Esc, Tab moves the focus instead of
 * indenting, until any other key or the editor loses the focus (Ctrl+M stays Monaco's toggle).
 * Every editor gets it, both sides of compare mode's diff editor too.
 */
export function useLeaveWithEscape(ed: CodeEditor | null) {
  useEffect(() => {
    if (!ed) return
    let leaving = false
    const setLeaving = (on: boolean) => {
      if (leaving === on) return
      leaving = on
      ed.updateOptions({ tabFocusMode: on })
    }
    const keys = ed.onKeyDown((e) => {
      if (e.keyCode === monaco.KeyCode.Escape) setLeaving(true)
      else if (e.keyCode !== monaco.KeyCode.Tab && e.keyCode !== monaco.KeyCode.Shift)
        setLeaving(false)
    })
    const blur = ed.onDidBlurEditorText(() => setLeaving(false))
    return () => {
      keys.dispose()
      blur.dispose()
    }
  }, [ed])
}

/**
 * Markers computed in the worker (sent when they change) on the editor's model, converted to
 * Monaco severities; also the before side of compare mode, from its own evaluation.
 */
export function useMarkers(ed: CodeEditor | null, markers: readonly MarkerData[] | undefined) {
  useEffect(() => {
    const model = ed?.getModel()
    if (!model) return
    const converted = (markers ?? []).map((x) => ({ ...x, severity: SEVERITY[x.severity] }))
    monaco.editor.setModelMarkers(model, 'podplay', converted)
  }, [markers, ed])
}

/** Reveals and selects a location the panel asks for (`before`: the before side of compare mode). */
export function useReveal(ed: CodeEditor | null, id: EditorId, before: boolean) {
  const reveal = useAppState((s) => s.reveal)
  useEffect(() => {
    if (!ed || !reveal || reveal.editor !== id || (reveal.before === true) !== before) return
    const model = ed.getModel()
    if (!model) return
    const line = Math.min(Math.max(1, reveal.line), model.getLineCount())
    const endLine = Math.min(Math.max(line, reveal.endLine ?? line), model.getLineCount())
    const hasRange =
      reveal.endColumn !== undefined && (endLine > line || reveal.endColumn > reveal.column)
    const selection = hasRange
      ? {
          startLineNumber: line,
          startColumn: reveal.column,
          endLineNumber: endLine,
          endColumn: reveal.endColumn ?? reveal.column,
        }
      : {
          startLineNumber: line,
          startColumn: model.getLineFirstNonWhitespaceColumn(line) || 1,
          endLineNumber: line,
          endColumn: model.getLineMaxColumn(line),
        }
    ed.setSelection(selection)
    ed.revealRangeInCenterIfOutsideViewport(selection)
    if (reveal.focus !== false) ed.focus()
  }, [reveal, id, ed, before])
}

export function YamlEditor({
  editor: id,
  label,
  placeholder,
}: {
  editor: EditorId
  label: string
  /** Shown while the editor is empty: what belongs in it. */
  placeholder: string
}) {
  const store = useAppStore()
  const [ed, setEd] = useState<CodeEditor | null>(null)
  const theme = useTheme()
  useEditorBindings(ed, id)
  // the text: the store's when Monaco makes the model, then bound both ways outside React
  useEffect(() => {
    const model = ed?.getModel()
    if (!model) return
    return bindText(
      model,
      () => store.getState()[id],
      (text) => store.getState().setText(id, text),
      store.subscribe,
    )
  }, [ed, id, store])
  // kept while unchanged: @monaco-editor/react applies new options (updateOptions) on every render
  // that passes new ones
  const options = useMemo(
    () => ({ ...OPTIONS, ariaLabel: label, placeholder }),
    [label, placeholder],
  )

  return (
    <Editor
      path={MODEL_PATHS[id]}
      language="yaml"
      theme={MONACO_THEME[theme]}
      defaultValue={store.getState()[id]}
      onMount={setEd}
      options={options}
      loading={<TextPreview editor={id} />}
    />
  )
}
