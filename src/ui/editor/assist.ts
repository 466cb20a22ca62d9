/**
 * The editors' help beyond markers: quick fixes as Monaco code actions (Ctrl+. or the light bulb on
 * a marked violation: "Fix: ..."), applied by Monaco as an edit so Ctrl+Z undoes it; the keys
 * valid at the cursor, or the values of a closed set after `key: `, as completions (block or flow
 * style); and the API documentation of the key under the mouse (the hover in monacoSetup shows it
 * next to podplay's explanations). The worker computes all of it; a value's documentation adds the
 * glossary's sentence (a capability, a level). Completion opens by itself after `key: `, `- `, `[`
 * and `, ` where the worker has values of a closed set (autoSuggest.ts).
 */
import type { EditorId } from '../../engine/report'
import type { AppActions } from '../../state/effects'
import type { SchemaCompletion } from '../../worker/protocol'
import { fixesForMarkers, fixTitle } from '../fixes/match'
import { opensByItself, TRIGGER_CHARACTERS } from './autoSuggest'
import { docMarkdown, monaco, setFieldDocs, untrusted, valueDoc } from './monacoSetup'

type CodeEditor = monaco.editor.ICodeEditor

const NONE: monaco.languages.CodeActionList = { actions: [], dispose() {} }

/** The source of Pod Security Standards markers (worker/markers.ts). */
const PSS_SOURCE = 'Pod Security Standards'

/** A completion's documentation: for a value, the glossary's sentence, then what the worker says. */
export const completionDoc = (c: SchemaCompletion): string =>
  c.kind === 'value' ? valueDoc(c.key, c.doc) : c.doc

/** Registers the editor's code actions, completion and field documentation; returns the undo. */
export function attachAssist(ed: CodeEditor, id: EditorId, actions: AppActions): () => void {
  const mine = (model: monaco.editor.ITextModel) => model === ed.getModel()
  const disposables: monaco.IDisposable[] = []

  if (id === 'pod')
    disposables.push(
      monaco.languages.registerCodeActionProvider(
        'yaml',
        {
          async provideCodeActions(model, _range, context) {
            // only Pod Security violations have fixes: other markers ask nothing of the worker
            const marked = context.markers.filter((m) => m.source?.startsWith(PSS_SOURCE))
            if (!mine(model) || marked.length === 0) return NONE
            const version = model.getVersionId()
            const fixes = await actions.fixesFor(model.getValue())
            if (!fixes || model.isDisposed() || model.getVersionId() !== version) return NONE
            return {
              actions: fixesForMarkers(fixes.fixes, marked).map(({ fix, marker }) => ({
                title: fixTitle(fix),
                kind: 'quickfix',
                diagnostics: [marker],
                edit: {
                  edits: [
                    {
                      resource: model.uri,
                      versionId: version,
                      textEdit: {
                        range: monaco.Range.fromPositions(
                          model.getPositionAt(fix.edit.start),
                          model.getPositionAt(fix.edit.end),
                        ),
                        text: fix.edit.text,
                      },
                    },
                  ],
                },
              })),
              dispose() {},
            }
          },
        },
        { providedCodeActionKinds: ['quickfix'] },
      ),
    )

  disposables.push(
    monaco.languages.registerCompletionItemProvider('yaml', {
      triggerCharacters: TRIGGER_CHARACTERS,
      async provideCompletionItems(model, position, context) {
        if (!mine(model)) return undefined
        const auto = context.triggerKind === monaco.languages.CompletionTriggerKind.TriggerCharacter
        if (
          auto &&
          !opensByItself(model.getLineContent(position.lineNumber).slice(0, position.column - 1))
        )
          return undefined
        const outcome = await actions.schema({
          mode: auto ? 'values' : 'complete',
          editor: id,
          text: model.getValue(),
          line: position.lineNumber,
          column: position.column,
        })
        if (outcome.status !== 'ok' || model.isDisposed()) return { suggestions: [] }
        const word = model.getWordAtPosition(position)
        const end = Math.max(position.column, word?.endColumn ?? 0)
        return {
          suggestions: outcome.completions.map((c, i) => {
            const doc = completionDoc(c)
            return {
              label: { label: c.key, description: c.type },
              kind:
                c.kind === 'value'
                  ? monaco.languages.CompletionItemKind.EnumMember
                  : monaco.languages.CompletionItemKind.Property,
              detail: c.type,
              documentation: doc === '' ? undefined : untrusted(docMarkdown(doc)),
              insertText: c.insert,
              // values keep the engine's order (levels from the least strict, versions newest first)
              ...(c.kind === 'value' && { sortText: String(i).padStart(4, '0') }),
              range: new monaco.Range(position.lineNumber, c.start, position.lineNumber, end),
            }
          }),
        }
      },
    }),
  )

  const model = ed.getModel()
  const undoDocs = model
    ? setFieldDocs(model, async (position) => {
        const outcome = await actions.schema({
          mode: 'hover',
          editor: id,
          text: model.getValue(),
          line: position.lineNumber,
          column: position.column,
        })
        return outcome.status === 'ok' ? outcome.hover : null
      })
    : () => {}

  return () => {
    for (const d of disposables) d.dispose()
    undoDocs()
  }
}

/** Applies edits by offsets into `base` as one undoable edit, if the editor still holds `base`. */
export function applyEditRequest(
  ed: CodeEditor,
  base: string,
  edits: readonly { start: number; end: number; text: string }[],
): boolean {
  const model = ed.getModel()
  if (!model || model.getValue() !== base) return false
  ed.pushUndoStop()
  ed.executeEdits(
    'podplay.fix',
    edits.map((e) => ({
      range: monaco.Range.fromPositions(model.getPositionAt(e.start), model.getPositionAt(e.end)),
      text: e.text,
    })),
  )
  ed.pushUndoStop()
  return true
}
