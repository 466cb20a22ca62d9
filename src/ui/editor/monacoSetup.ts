/**
 * The only Monaco glue: a local Monaco (no CDN) trimmed to what the editors use (issue 10): the
 * editor API, the YAML language, hover (explanations and NetworkPolicy hovers), markers and going
 * to them (F8), find, folding, bracket matching, the placeholder and the icons those widgets draw;
 * its editor worker wired for Vite, the loader of @monaco-editor/react pointed at it, and
 * `__monaco` for e2e tests. Loaded lazily, after the first verdict (see EditorPane).
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
import 'monaco-editor/languages/definitions/yaml/register'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import { escapeMarkdownText } from '../../engine/format/escape'
import { hoverExplanation } from '../glossary'

self.MonacoEnvironment = { getWorker: () => new EditorWorker() }
loader.config({ monaco })
;(globalThis as { __monaco?: typeof monaco }).__monaco = monaco

// hovering a setting, a host namespace or a capability in either editor explains it
monaco.languages.registerHoverProvider('yaml', {
  provideHover(model, position) {
    const word = model.getWordAtPosition(position)
    const text = word ? hoverExplanation(word.word) : undefined
    if (!word || !text) return null
    return {
      range: new monaco.Range(
        position.lineNumber,
        word.startColumn,
        position.lineNumber,
        word.endColumn,
      ),
      contents: [untrusted(`**${escapeMarkdownText(word.word)}**: ${escapeMarkdownText(text)}`)],
    }
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
