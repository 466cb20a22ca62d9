/**
 * `podplay diff` as text and Markdown: one line (row) per change, riskier first, with where the
 * object stands on each side. A list value is shown as what was gained and lost (`+NET_ADMIN`);
 * the JSON report keeps both whole lists.
 */
import { escapeMarkdownText as md, escapeTerminal } from '../format/escape'
import { formatMarkdown } from '../format/markdown'
import type { PlaceName } from '../format/shared'
import { summaryText } from '../format/text'
import type { Change, DiffReport } from './types'

export interface DiffPlaces {
  before: PlaceName
  after: PlaceName
}

const word = (v: unknown): string =>
  v === null || v === undefined ? '(unset)' : typeof v === 'string' ? v : JSON.stringify(v)

/** What changed, in words: `false -> true`, `+NET_ADMIN, -CHOWN`, `added`. */
export function changeWords(c: Change): string {
  if (c.change === 'added') return 'added'
  if (c.change === 'removed') return 'removed'
  if (Array.isArray(c.before) && Array.isArray(c.after)) {
    const b = new Set(c.before.map(String))
    const a = new Set(c.after.map(String))
    const gained = [...a].filter((x) => !b.has(x)).map((x) => `+${x}`)
    const lost = [...b].filter((x) => !a.has(x)).map((x) => `-${x}`)
    return [...gained, ...lost].join(', ')
  }
  return `${word(c.before)} -> ${word(c.after)}`
}

export function changeWhere(c: Change, places: DiffPlaces): string {
  const parts: string[] = []
  if (c.at?.before) parts.push(`before ${places.before(c.at.before.editor, c.at.before.line)}`)
  if (c.at?.after) parts.push(`after ${places.after(c.at.after.editor, c.at.after.line)}`)
  return parts.join(', ')
}

export function diffHead(d: DiffReport): string {
  const more = d.changes.filter((c) => c.direction === 'more').length
  const less = d.changes.filter((c) => c.direction === 'less').length
  return `${d.changes.length} change(s): ${more} grant more privilege, ${less} less`
}

const LABEL = { more: 'MORE', less: 'less', neutral: 'neutral' } as const

export function formatDiffText(d: DiffReport, places: DiffPlaces): string[] {
  const out = [`podplay diff: ${diffHead(d)}`]
  for (const c of d.changes) {
    const where = changeWhere(c, places)
    out.push(
      `  ${LABEL[c.direction].padEnd(7)} ${c.workload}: ${c.field}: ${changeWords(c)}${where ? ` (${where})` : ''}`,
    )
  }
  return out.map(escapeTerminal)
}

/** Rows listed at most in a pull request comment. */
export const MAX_DIFF_ROWS = 200

const ICON = { more: '⚠️ more', less: 'less', neutral: 'neutral' } as const

export function formatDiffMarkdown(d: DiffReport, places: DiffPlaces): string[] {
  const out = ['## podplay diff: what this change does to security', '', `${md(diffHead(d))}.`, '']
  if (d.changes.length === 0) return out
  out.push('| privilege | workload | field | change | where |', '| --- | --- | --- | --- | --- |')
  for (const c of d.changes.slice(0, MAX_DIFF_ROWS))
    out.push(
      `| ${ICON[c.direction]} | ${md(c.workload)} | ${md(c.field)} | ${md(changeWords(c))} | ${md(changeWhere(c, places))} |`,
    )
  if (d.changes.length > MAX_DIFF_ROWS)
    out.push('', `… and ${d.changes.length - MAX_DIFF_ROWS} more changes.`)
  out.push('')
  return out
}

/** The Markdown for a pull request that changes manifests: the diff, then the after side's report. */
export function formatCompareMarkdown(d: DiffReport, places: DiffPlaces): string {
  return `${formatDiffMarkdown(d, places).join('\n')}\n${formatMarkdown(d.after, places.after)}`
}

/** The text of `podplay diff`: the changes, then the after side's summary. */
export function formatCompareText(d: DiffReport, places: DiffPlaces): string {
  const after = summaryText(d.after, places.after).map(escapeTerminal)
  return `${[...formatDiffText(d, places), '', 'After the change:', ...after].join('\n')}\n`
}
