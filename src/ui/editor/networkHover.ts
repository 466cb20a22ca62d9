/**
 * Pure: what a NetworkPolicy's selector or rule under the pointer matches, from the report and the
 * editor's lines. No Monaco import: YamlEditor registers the hover and passes the model's lines.
 * Every name from the input goes through the shared Markdown escapers (a code span sized to its
 * content, or escaped text) and is shortened, so no input can form a heading, link or image.
 */
import { escapeMarkdownText, markdownCodeSpan } from '../../engine/format/escape'
import type { EditorId, NetworkPolicyInfo, Report, SourceLocation } from '../../engine/report'
import { clip, MAX_LABEL } from '../clip'

type Rule = NetworkPolicyInfo['rules'][number]
type Policy = NetworkPolicyInfo

export interface NetworkHover {
  /** Markdown for the hover. */
  text: string
  /** 1-based lines the hover stands for (the selector or rule with its nested lines). */
  startLine: number
  endLine: number
}

/** Pods listed by name in a hover; more are counted. */
export const MAX_LISTED = 12

const indent = (line: string) => line.length - line.trimStart().length
const blank = (line: string) => line.trim() === '' || line.trimStart().startsWith('#')

/**
 * The last line of the block that starts at `line`: the following lines indented at least
 * `minIndent` (blank and comment lines inside count; trailing ones do not).
 */
function blockEnd(lines: readonly string[], line: number, minIndent: number): number {
  let end = line
  for (let n = line + 1; n <= lines.length; n++) {
    const text = lines[n - 1] ?? ''
    if (blank(text)) continue
    if (indent(text) < minIndent) break
    end = n
  }
  return end
}

/** A name from the input as an inline code span. */
const code = (s: string) => markdownCodeSpan(clip(String(s), MAX_LABEL))
/** Words from the input (policyTypes) as plain text. */
const text = (s: string) => escapeMarkdownText(clip(String(s), MAX_LABEL))

export function podList(ids: readonly string[]): string {
  const shown = ids.slice(0, MAX_LISTED).map(code).join(', ')
  return ids.length > MAX_LISTED ? `${shown} … and ${ids.length - MAX_LISTED} more` : shown
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
const namespaceOf = (id: string) => (id.includes('/') ? id.slice(0, id.indexOf('/')) : id)
const invalidNote = (p: Policy) =>
  p.valid === false
    ? '\n\nThis policy is invalid (see its problems) and is left out of the verdicts.'
    : ''

function selectorText(p: Policy): string {
  const selects = p.selects ?? []
  const types = (p.policyTypes ?? []).map((t) => text(t.toLowerCase())).join(' and ')
  const head = `**NetworkPolicy ${code(p.id)}** · podSelector`
  const body = selects.length
    ? `Selects ${plural(selects.length, 'pod', 'pods')}: ${podList(selects)}.\n\n` +
      `${selects.length === 1 ? 'It is' : 'They are'} isolated for ${types || 'nothing'}: ` +
      `only traffic that a rule of this or another policy selecting ${selects.length === 1 ? 'it' : 'them'} allows gets through.`
    : `Selects no pod: no pod in namespace ${code(namespaceOf(p.id))} matches, so this policy ` +
      'isolates nothing and its rules allow nothing. Check the labels and the namespace.'
  return `${head}\n\n${body}${invalidNote(p)}`
}

function ruleText(p: Policy, r: Rule): string {
  const toward = r.direction === 'ingress' ? 'from' : 'to'
  const head = `**Rule ${Number(r.rule) + 1} (${r.direction === 'ingress' ? 'ingress' : 'egress'})** of ${code(p.id)}`
  const peers = r.peers ?? []
  const who = r.anyPeer
    ? `every pod and every IP address (the rule has no \`${toward}\`, or an empty one)`
    : peers.length
      ? `${plural(peers.length, 'pod', 'pods')}: ${podList(peers)}`
      : 'no pod here (its peers match none of the pods in the pod editor; an ipBlock may still match addresses outside)'
  const notes: string[] = []
  if (r.effective === false)
    notes.push(
      `This rule has no effect: the policy's policyTypes (${(p.policyTypes ?? []).map(text).join(', ') || 'none'}) do not include ${r.direction === 'ingress' ? 'Ingress' : 'Egress'}.`,
    )
  else if (!(p.selects ?? []).length)
    notes.push('The policy selects no pod, so this rule applies to no one.')
  const extra = notes.length ? `\n\n${notes.join(' ')}` : ''
  const ports =
    r.ports === undefined
      ? ''
      : r.ports.length
        ? ` on ${r.ports.map(code).join(', ')}`
        : ' on every port'
  return `${head}\n\nAllows traffic ${toward}: ${who}${ports}.${extra}${invalidNote(p)}`
}

/** True when the location stands on a `podSelector` key (not on an ancestor, for a missing one). */
function onSelectorKey(lines: readonly string[], at: SourceLocation): boolean {
  const text = lines[at.line - 1] ?? ''
  return /^["']?podSelector["']?\s*:/.test(text.slice(Math.max(0, at.column - 1)))
}

/**
 * The hover for `line` of `editor`: a policy's podSelector (its key line and nested lines) or a
 * rule (from its `at` line through its nested lines). Null when the line is neither.
 */
export function networkHover(
  report: Pick<Report, 'network'> | null | undefined,
  editor: EditorId,
  line: number,
  lines: readonly string[],
): NetworkHover | null {
  const policies = (report?.network?.policies ?? []) as Policy[]
  const parts: NetworkHover[] = []
  for (const p of policies) {
    const sel = p.selectorAt
    if (sel && sel.editor === editor && onSelectorKey(lines, sel)) {
      const endLine = blockEnd(lines, sel.line, sel.column)
      if (line >= sel.line && line <= endLine)
        parts.push({ text: selectorText(p), startLine: sel.line, endLine })
    }
    for (const r of p.rules ?? []) {
      const at = r.at
      if (!at || at.editor !== editor || line < at.line) continue
      // the rule's content starts after `- `: its nested keys are indented to that column
      const endLine = blockEnd(lines, at.line, Math.max(1, at.column - 1))
      if (line <= endLine) parts.push({ text: ruleText(p, r), startLine: at.line, endLine })
    }
  }
  if (!parts.length) return null
  return {
    text: parts.map((x) => x.text).join('\n\n---\n\n'),
    startLine: Math.max(...parts.map((x) => x.startLine)),
    endLine: Math.min(...parts.map((x) => x.endLine)),
  }
}
