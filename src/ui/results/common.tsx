/** Small shared pieces of the results panel: explained rows, verdict badges, location buttons. */
import type { ReactNode } from 'react'
import type { EditorId, SourceLocation } from '../../engine/report'
import { useAppState } from '../AppContext'
import { explain } from '../glossary'

export type Tone = 'good' | 'bad' | 'warn' | 'neutral'

export function Badge({ tone, children }: { tone: Tone; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>
}

/** A setting with its value; expanding it (or hovering) gives its one-sentence explanation. */
export function Setting({
  term,
  label,
  value,
  tone = 'neutral',
  testId,
  note,
}: {
  term: string
  label: string
  value: ReactNode
  tone?: Tone
  testId?: string
  /** What this value means, said after the setting's own sentence. */
  note?: string
}) {
  const sentence = explain(term)
  const said = [sentence, note].filter(Boolean).join(' ')
  return (
    <details className="setting" data-testid={testId}>
      <summary title={said || undefined}>
        <span className="setting-label">{label}</span>
        <span className={`setting-value tone-${tone}`}>{value}</span>
      </summary>
      {said && <p className="explanation">{said}</p>}
    </details>
  )
}

const EDITOR_NAME: Record<EditorId, string> = { pod: 'pod', policy: 'policy' }

export interface Place {
  editor: EditorId
  line: number
  column?: number
  endLine?: number
  endColumn?: number
}

/** A button that reveals and selects a place in its editor. */
export function RevealButton({ at, children }: { at: Place; children?: ReactNode }) {
  const revealLocation = useAppState((s) => s.revealLocation)
  return (
    <button
      type="button"
      className="reveal"
      title={`Show line ${at.line} in the ${EDITOR_NAME[at.editor]} editor`}
      onClick={() =>
        revealLocation({
          editor: at.editor,
          line: at.line,
          column: at.column ?? 1,
          ...(at.endLine !== undefined ? { endLine: at.endLine } : {}),
          ...(at.endColumn !== undefined ? { endColumn: at.endColumn } : {}),
        })
      }
    >
      {children ?? `${EDITOR_NAME[at.editor]}:${at.line}`}
    </button>
  )
}

export const isLocation = (v: unknown): v is SourceLocation =>
  typeof v === 'object' &&
  v !== null &&
  ((v as SourceLocation).editor === 'pod' || (v as SourceLocation).editor === 'policy') &&
  typeof (v as SourceLocation).line === 'number'

/** Location buttons for a list that may be missing or hold junk. */
export function Locations({ locations }: { locations: unknown }) {
  const list = Array.isArray(locations) ? locations.filter(isLocation) : []
  if (!list.length) return null
  return (
    <span className="locations">
      {withKeys(list.slice(0, 12), (l) => `${l.editor}:${l.line}:${l.column}`).map(([k, l]) => (
        <RevealButton key={k} at={l} />
      ))}
    </span>
  )
}

export const yesNo = (v: boolean) => (v ? 'yes' : 'no')

export function formatValue(v: unknown): string {
  if (v === null || v === undefined) return 'null'
  if (typeof v === 'string') return v
  try {
    return JSON.stringify(v)
  } catch {
    return String(v)
  }
}

/** Stable keys for lists that may hold duplicates: the key, then `#2`, `#3`... for repeats. */
export function withKeys<T>(items: readonly T[], key: (item: T) => string): [string, T][] {
  const seen = new Map<string, number>()
  return items.map((item) => {
    const k = key(item)
    const n = (seen.get(k) ?? 0) + 1
    seen.set(k, n)
    return [n === 1 ? k : `${k}#${n}`, item]
  })
}
