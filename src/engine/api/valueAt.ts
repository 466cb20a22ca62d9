/**
 * The value under the mouse, for hover: a value of a closed set (`RuntimeDefault` under
 * seccompProfile, `NET_ADMIN` in a capabilities list, `true` under `privileged`, a Namespace's
 * `restricted`, a PodSecurityPolicy's `RunAsAny`), in block or flow style, documented with the
 * same text completion shows (schemaHelp `documentedValues`: what it does, then its effect on the
 * Pod Security level) and named by its field. A value the set does not hold is not documented.
 */
import { flowAcross } from './flow'
import { documentedValues, textLines, valueField, valueSlotAt } from './schemaHelp'

export interface ValueAt {
  /** The value as YAML reads it (unquoted), and what it does. */
  value: string
  doc: string
  /** The field that holds it: its struct and name, dotted path of the value, type. */
  owner: string
  field: string
  path: string
  type: string
  /** 1-based line and columns of the value (quotes included). */
  line: number
  startColumn: number
  endColumn: number
}

/** A character of a plain scalar as a value is written (no blanks, indicators or quotes). */
const PLAIN = /[^\s,{}[\]#'"]/

/** The scalar around a 0-based column: its extent (quotes included) and its text. */
function scalarAround(
  text: string,
  col: number,
): { from: number; to: number; value: string } | null {
  let from = col
  while (from > 0 && PLAIN.test(text[from - 1]!)) from--
  let to = col
  while (to < text.length && PLAIN.test(text[to]!)) to++
  if (from === to) return null
  const value = text.slice(from, to)
  const q = text[from - 1]
  if ((q === "'" || q === '"') && text[to] === q) return { from: from - 1, to: to + 1, value }
  return { from, to, value }
}

/** The documented value of a closed set under a position (1-based), or null. */
export function valueAt(text: string, line: number, column: number): ValueAt | null {
  const lines = textLines(text)
  const at = line - 1
  const content = lines[at]
  if (content === undefined) return null
  const s = scalarAround(content, column - 1)
  if (s === null) return null
  // what follows the value: the end of the line or a comment, or (in flow) the next entry
  const rest = content.slice(s.to)
  const slot = valueSlotAt(lines, at, s.from + 1)
  if (slot === null || slot.typed !== '') return null
  const ends =
    /^\s*(#.*)?$/.test(rest) || (/^\s*[,}\]]/.test(rest) && flowAcross(lines, at, s.from) !== null)
  if (!ends) return null
  const found = documentedValues(slot).find((v) => v.value === s.value)
  if (!found) return null
  return {
    value: found.value,
    doc: found.doc,
    ...valueField(slot),
    line,
    startColumn: s.from + 1,
    endColumn: s.to + 1,
  }
}
