/**
 * The only Monaco glue: a local Monaco (no CDN) trimmed to what the editors use (issue 10): the
 * editor API, the YAML language, hover (explanations, field documentation and NetworkPolicy
 * hovers), markers and going to them (F8), code actions (quick fixes: Ctrl+. and the light bulb),
 * completion (the keys valid at the cursor, the values of a closed set), find, folding, Tab moving the focus (Ctrl+M),
 * bracket matching, the placeholder and the icons those widgets draw; its editor worker wired
 * for Vite, the loader of @monaco-editor/react pointed at it, and `__monaco` for e2e tests. Loaded lazily, after the first verdict (see EditorPane).
 */
import { loader } from '@monaco-editor/react'
import * as monaco from 'monaco-editor/editor/editor.api'
import 'monaco-editor/features/codeEditor/register'
import 'monaco-editor/features/codicon/register'
import 'monaco-editor/features/hover/register'
import 'monaco-editor/features/gotoError/register'
import 'monaco-editor/features/find/register'
import 'monaco-editor/features/folding/register'
import 'monaco-editor/features/bracketMatching/register'
import 'monaco-editor/features/placeholderText/register'
import 'monaco-editor/features/codeAction/register'
// the suggest widget alone (features/suggest/register brings inline completions, not used here)
import 'monaco-editor/editor/contrib/suggest/browser/suggestController'
import 'monaco-editor/features/toggleTabFocusMode/register'
import 'monaco-editor/languages/definitions/yaml/register'
import EditorWorker from './editorWorker?worker'
import { escapeMarkdownText, markdownCodeSpan } from '../../engine/format/escape'
import type { SchemaHover } from '../../worker/protocol'
import { hoverExplanation } from '../glossary'

self.MonacoEnvironment = { getWorker: () => new EditorWorker() }
loader.config({ monaco })
;(globalThis as { __monaco?: typeof monaco }).__monaco = monaco

/** Per model (by URI): the field under a position, documented (the worker answers). */
const fieldDocs = new Map<string, (position: monaco.Position) => Promise<SchemaHover | null>>()

/** Lets the hover of a model's keys show their API documentation; returns the undo. */
export function setFieldDocs(
  model: monaco.editor.ITextModel,
  lookup: (position: monaco.Position) => Promise<SchemaHover | null>,
): () => void {
  const uri = model.uri.toString()
  fieldDocs.set(uri, lookup)
  return () => {
    if (fieldDocs.get(uri) === lookup) fieldDocs.delete(uri)
  }
}

/** API documentation as Markdown paragraphs, every character shown as it is. */
export const docMarkdown = (doc: string) =>
  doc
    .split(/\n\s*\n|\n/)
    .map((p) => escapeMarkdownText(p.trim()))
    .filter((p) => p !== '')
    .join('\n\n')

/**
 * What a value of a closed set does, as completion and hover show it: the glossary's sentence (a
 * capability, a level), then what the worker says (the value's text and its Pod Security effect).
 */
export function valueDoc(value: string, doc: string): string {
  return [hoverExplanation(value), doc].filter((d) => d !== undefined && d !== '').join('\n\n')
}

// Hovering a setting, a host namespace or a capability in either editor explains it in podplay's
// words; hovering a key of a kind podplay reads also gives its path, its type and (when podplay has
// no explanation of its own) the API documentation of the field; a PodSecurityPolicy field's text
// (podplay's own) is always shown. Hovering a value of a closed set (`RuntimeDefault`, `NET_ADMIN`,
// `true` under `privileged`) says what it does, as its completion does, then documents its field.
monaco.languages.registerHoverProvider('yaml', {
  async provideHover(model, position) {
    const word = model.getWordAtPosition(position)
    const field = (await fieldDocs.get(model.uri.toString())?.(position)) ?? null
    const value = field?.value ?? null
    const own = value ? undefined : word ? hoverExplanation(word.word) : undefined
    if (!own && !field) return null
    const contents: monaco.IMarkdownString[] = []
    if (own && word)
      contents.push(untrusted(`**${escapeMarkdownText(word.word)}**: ${escapeMarkdownText(own)}`))
    if (value) {
      const doc = valueDoc(value.value, value.doc)
      contents.push(
        untrusted(
          `**${escapeMarkdownText(value.value)}**${doc === '' ? '' : `: ${docMarkdown(doc)}`}`,
        ),
      )
    }
    if (field) {
      contents.push(untrusted(`${markdownCodeSpan(field.path)}: ${markdownCodeSpan(field.type)}`))
      if ((!own || field.own) && field.doc !== '') contents.push(untrusted(docMarkdown(field.doc)))
    }
    const range = field
      ? new monaco.Range(field.line, field.startColumn, field.line, field.endColumn)
      : new monaco.Range(
          position.lineNumber,
          word!.startColumn,
          position.lineNumber,
          word!.endColumn,
        )
    return { range, contents }
  },
})

/**
 * Hover Markdown that Monaco must never trust: no command links, no raw HTML. Every hover goes
 * through this, with its user text already escaped (engine/format/escape).
 */
export function untrusted(value: string): monaco.IMarkdownString {
  return { value, isTrusted: false, supportHtml: false, supportThemeIcons: false }
}

export { monaco }
export type Monaco = typeof monaco
