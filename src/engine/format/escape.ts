/**
 * One escaping function per output language. Every piece of user text (a name, a path, a message
 * that quotes the input) goes through one of these before it is placed into Markdown or printed to
 * a terminal, so that nothing in the input can become structure there: no heading, list, table row,
 * link, image, raw HTML or closed fence in Markdown; no control sequence on a terminal.
 *
 * Markdown rules follow the CommonMark spec 0.31.2 (spec.commonmark.org, "Backslash escapes",
 * "Code spans", "Fenced code blocks", "Entity and numeric character references") and the GFM table
 * and autolink extensions (github.github.com/gfm).
 */

/**
 * Characters that are invisible or that a terminal or a text renderer acts on: C0 controls (tab
 * excepted), DEL, C1 controls, the bidirectional marks, embeddings, overrides and isolates
 * (Trojan Source), the Unicode line and paragraph separators, zero-width characters, the byte order
 * mark, and lone surrogates.
 */
const CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it finds
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

const LINE_END = /\r\n|\r|\n/g

function hex(ch: string): string {
  if (ch === '\n') return '\\n'
  if (ch === '\r') return '\\r'
  const code = ch.charCodeAt(0)
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`
}

/**
 * Shows every control, bidi and invisible character as a visible escape (`\x1b`, `\x9b`, `\u202e`,
 * `\ufeff`). Line ends (`\r\n`, `\r`, `\n`) become `newline` when it is given, and are escaped like
 * the rest (`\r\n` as text) when it is not. Tabs and every printable character stay as they are.
 */
export function showControls(text: string, newline?: string): string {
  if (newline === undefined) return text.replace(CONTROL, hex)
  return text
    .split(LINE_END)
    .map((line) => line.replace(CONTROL, hex))
    .join(newline)
}

/**
 * Text for a terminal (standard output or standard error): one line, every control character,
 * escape sequence, line end and bidi override shown escaped (`\x1b]0;title\x07`, `\n`, `\u202e`),
 * so that input can neither drive the terminal nor fake lines of output.
 */
export function escapeTerminal(text: string): string {
  return showControls(text)
}

/** Shown in Markdown where the input had a line end: visible, and never a line break. */
export const MARKDOWN_NEWLINE = '⏎'

/** CommonMark's backslash-escapable characters: all of ASCII punctuation. */
const MD_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g

/**
 * Inline Markdown text: renders as exactly `showControls(text, '⏎')`, and as nothing else, wherever
 * inline text may stand (a paragraph, a heading, a list item, a GFM table cell, link text).
 *
 * Every ASCII punctuation character is backslash-escaped, so no emphasis, link, image, raw HTML,
 * entity, code span, autolink (`<x>`, `http://x`, `www.x`, `a@b.c`), table pipe or GitHub
 * reference (`@user`, `#1`, `:emoji:`) can form; line ends become a visible ⏎, so no block
 * (heading, list, fence, table, quote) can start; leading and trailing spaces and tabs are written
 * as numeric character references, so they neither indent a code block nor get trimmed.
 */
export function escapeMarkdownText(text: string): string {
  const escaped = showControls(text, MARKDOWN_NEWLINE).replace(MD_PUNCTUATION, '\\$&')
  const lead = /^[ \t]*/.exec(escaped)![0]
  if (lead.length === escaped.length) return entities(lead)
  const trail = /[ \t]*$/.exec(escaped)![0]
  return (
    entities(lead) + escaped.slice(lead.length, escaped.length - trail.length) + entities(trail)
  )
}

function entities(blanks: string): string {
  return blanks.replace(/[ \t]/g, (c) => `&#${c.charCodeAt(0)};`)
}

function longestRun(text: string, ch: '`' | '~'): number {
  let longest = 0
  let run = 0
  for (const c of text) {
    run = c === ch ? run + 1 : 0
    if (run > longest) longest = run
  }
  return longest
}

/**
 * An inline Markdown code span that shows `showControls(text, '⏎')` verbatim: the backtick fence
 * is one longer than the longest run of backticks inside, and a space pads both ends when the
 * content starts or ends with a backtick or would otherwise lose a space of its own (CommonMark
 * strips one space from each end of content that starts and ends with one). Line ends become ⏎,
 * because a line break inside a span could start a block (`# heading`) before the span closes.
 * Empty text gives a span of one space. Not for GFM table cells (a pipe there splits the cell even
 * inside a span): use escapeMarkdownText in tables.
 */
export function markdownCodeSpan(text: string): string {
  const content = showControls(text, MARKDOWN_NEWLINE)
  if (content === '') return '` `'
  const fence = '`'.repeat(longestRun(content, '`') + 1)
  const allSpaces = /^ +$/.test(content)
  const pad =
    content.startsWith('`') ||
    content.endsWith('`') ||
    (!allSpaces && content.startsWith(' ') && content.endsWith(' '))
      ? ' '
      : ''
  return `${fence}${pad}${content}${pad}${fence}`
}

/**
 * A fenced Markdown code block (at the top level of a document, starting on its own line) that
 * shows every line of `text` verbatim: the backtick fence is at least three and one longer than the
 * longest run of backticks anywhere inside, so no line of the content can close it. Line ends are
 * kept as lines; other control characters are shown escaped. `info` (a language name) is escaped
 * to letters, digits and `-`. The result ends with the closing fence and no line end.
 */
export function markdownFence(text: string, info = ''): string {
  const content = showControls(text.replace(LINE_END, '\n').replace(/\n$/, ''), '\n')
  const fence = '`'.repeat(Math.max(3, longestRun(content, '`') + 1))
  return `${fence}${info.replace(/[^A-Za-z0-9-]/g, '')}\n${content}\n${fence}`
}
