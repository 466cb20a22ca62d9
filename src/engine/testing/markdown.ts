/**
 * Reads Markdown as a reader sees it, for tests: markdown-it 15 (CommonMark 0.31.2 plus GFM
 * tables), with raw HTML and linkify on so that anything the input could form shows up as a token.
 */
import MarkdownIt from 'markdown-it'

const md = new MarkdownIt('default', { html: true, linkify: true })

export type Token = ReturnType<typeof md.parse>[number]

/** Every token (block and inline) of a document, depth first. */
export function markdownTokens(src: string): Token[] {
  const out: Token[] = []
  const walk = (list: Token[]) => {
    for (const t of list) {
      out.push(t)
      if (t.children) walk(t.children)
    }
  }
  walk(md.parse(src, {}))
  return out
}

/** The text of one inline token as rendered (text and code spans, without markup). */
export function inlineText(t: Token): string {
  return (t.children ?? [])
    .filter((c) => c.type === 'text' || c.type === 'code_inline')
    .map((c) => c.content)
    .join('')
}

/** The rendered text of each paragraph, heading, list item, table cell and code block. */
export function renderedText(src: string): string[] {
  return markdownTokens(src)
    .filter((t) => t.type === 'inline' || t.type === 'fence')
    .map((t) => (t.type === 'fence' ? t.content : inlineText(t)))
}

/** The cells of every table body row, as rendered text. */
export function tableRows(src: string): string[][] {
  const rows: string[][] = []
  let row: string[] | null = null
  let inBody = false
  for (const t of md.parse(src, {})) {
    if (t.type === 'tbody_open') inBody = true
    else if (t.type === 'tbody_close') inBody = false
    else if (inBody && t.type === 'tr_open') row = []
    else if (t.type === 'tr_close' && row) {
      rows.push(row)
      row = null
    } else if (row && t.type === 'inline') row.push(inlineText(t))
  }
  return rows
}
