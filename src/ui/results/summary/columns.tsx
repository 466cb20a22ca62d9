/**
 * The summary table's columns after the verdict and the workload, in two layouts. `wide`: one
 * column per finding, as the command line's summary (9 columns, 1,518 px). `compact`, for the
 * panel's usual widths (350 to 1,500 px): the Pod Security verdict with the highest level met, and
 * every other finding in one "risks" cell, cut with an ellipsis and whole in its tooltip. Both
 * layouts show every field of the row (columns.test.ts checks it).
 */
import type { ReactNode } from 'react'
import type { RowSummary, WorkloadRow } from '../../../worker/view'
import { clip, joinSome, MAX_LABEL } from '../../clip'
import { LEVELS_AND_MODES } from '../../glossary'

export type SummaryLayout = 'wide' | 'compact'

export interface SummaryColumn {
  key: string
  header: string
  /** The header's tooltip. */
  about: string
  /** The cell's whole text, one finding a line: its tooltip. */
  text(row: WorkloadRow): string
  cell(row: WorkloadRow): ReactNode
  /** `tone-bad` for a cell that is all bad news. */
  tone?: (s: RowSummary) => string | undefined
}

/** The verdict and the workload, before the columns below (SummaryTable draws them). */
export const LEAD_HEADERS = [
  ['verdict', 'Admitted, or stopped by a gate (the API server, an admission, the node)'],
  ['workload', 'Kind, namespace/name: open its card and show its line'],
] as const

/** The widths in pixels of the wide layout's columns, in order (summary.css `.summary-wide`). */
export const WIDE_WIDTHS = [82, 300, 190, 86, 140, 240, 110, 190, 170] as const
/** The scroll box's inner width from which the wide layout fits without scrolling sideways. */
export const WIDE_MIN = WIDE_WIDTHS.reduce((a, b) => a + b, 0)

/**
 * The kind as the compact layout's workload cell writes it: kubectl's short name (`kubectl get
 * deploy`), so the namespace and name keep the cell's room (a "DEPLOYMENT" badge took all of it at
 * the panel's default width); the tooltip and the button's name keep the whole kind.
 */
const SHORT_KIND: Readonly<Record<string, string>> = Object.assign(Object.create(null), {
  Pod: 'pod',
  Deployment: 'deploy',
  StatefulSet: 'sts',
  DaemonSet: 'ds',
  ReplicaSet: 'rs',
  ReplicationController: 'rc',
  Job: 'job',
  CronJob: 'cj',
})

export const kindLabel = (kind: string, layout: SummaryLayout): string =>
  layout === 'compact' ? (SHORT_KIND[kind] ?? kind) : kind

export const layoutFor = (width: number): SummaryLayout => (width >= WIDE_MIN ? 'wide' : 'compact')

const list = (xs: readonly string[]) => (xs.length ? joinSome(xs, 6) : '')

export const hostText = (s: RowSummary) =>
  list([
    ...s.hostNamespaces,
    ...s.hostPorts.map((p) => `port ${p}`),
    ...s.hostPaths.map((p) => `path ${p}`),
  ])

const pspText = (s: RowSummary) =>
  clip(s.psp ? (s.psp.allowed ? (s.psp.policy ?? 'admitted') : 'rejected') : '', MAX_LABEL)

const pssText = (row: WorkloadRow) => {
  const s = row.summary
  const enforce = s.enforce
    ? `${s.enforce} ${row.pss?.allowed === false ? 'denied' : 'allowed'}`
    : ''
  return [enforce, ...s.modes].filter(Boolean).join('; ')
}

/** One piece of the Pod Security cell: its words and its class names. */
export interface PssPart {
  text: string
  className: string | undefined
}

/**
 * The Pod Security cell, in order: the enforced level and whether it admits, then the warn and
 * audit modes that report. `compact`: the level without its version (the tooltip has it), and the
 * highest level met, which leads unless the pod is denied: the cell is cut to a word or two, and an
 * admitted pod that meets restricted must not read "privileged …" (the namespace's default level).
 */
export function pssParts(row: WorkloadRow, compact = false): PssPart[] {
  const s = row.summary
  const denied = row.pss?.allowed === false
  const enforce: PssPart[] = s.enforce
    ? [
        {
          text: `${compact ? s.enforce.split(':')[0] : s.enforce} ${denied ? 'denied' : 'allowed'}`,
          className: denied ? 'tone-bad' : undefined,
        },
      ]
    : []
  const meets: PssPart[] =
    compact && s.highestLevel
      ? [
          {
            text: `meets ${s.highestLevel}`,
            className: `summary-meets summary-level level-${s.highestLevel}`,
          },
        ]
      : []
  const modes = s.modes.map((m) => ({ text: m, className: 'summary-mode' }))
  return denied ? [...enforce, ...meets, ...modes] : [...meets, ...enforce, ...modes]
}

function PssCell({ row, compact = false }: { row: WorkloadRow; compact?: boolean }) {
  return (
    <>
      {pssParts(row, compact).map((p) => (
        <span key={p.text} className={p.className ? `summary-part ${p.className}` : 'summary-part'}>
          {p.text}
        </span>
      ))}
    </>
  )
}

function LevelCell({ s }: { s: RowSummary }) {
  return s.highestLevel ? (
    <span className={`summary-level level-${s.highestLevel}`}>{s.highestLevel}</span>
  ) : null
}

/** One finding of the risks cell: `label: text` in its tooltip, `words` in the cell. */
export interface Risk {
  label: string
  text: string
  words: string
  bad: boolean
}

/**
 * Every finding besides Pod Security, most pressing first, for the compact layout's one cell; a
 * ValidatingAdmissionPolicy outcome other than "passes" leads (the wide layout has it in the
 * verdict's tooltip).
 */
export function risksOf(s: RowSummary, vap: WorkloadRow['vap'] = null): Risk[] {
  const out: Risk[] = []
  const add = (label: string, text: string, words: string, bad: boolean) => {
    if (text) out.push({ label, text, words, bad })
  }
  if (vap && vap.verdict !== 'passes') {
    const text = clip(vap.text, MAX_LABEL)
    add('ValidatingAdmissionPolicy', text, text, vap.verdict === 'denied')
  }
  const errors = clip(s.errors.join('; '), MAX_LABEL)
  add('errors', errors, errors, true)
  const psp = pspText(s)
  if (s.psp && !s.psp.allowed) add('PodSecurityPolicy', psp, `PSP ${psp}`, true)
  const privileged = list(s.privileged)
  add('privileged', privileged, `privileged ${privileged}`, true)
  const host = hostText(s)
  add('host', host, `host ${host}`, true)
  const caps = list(s.addedCapabilities)
  add('added capabilities', caps, `adds ${caps}`, false)
  if (s.psp?.allowed) add('PodSecurityPolicy', psp, `PSP ${psp}`, false)
  return out
}

/** A column whose cell is its text, in the bad-news colour when `bad`. */
const plain = (
  key: string,
  header: string,
  about: string,
  text: (s: RowSummary) => string,
  bad = false,
): SummaryColumn => ({
  key,
  header,
  about,
  text: (row) => text(row.summary),
  cell: (row) => text(row.summary),
  ...(bad && { tone: () => 'tone-bad' }),
})

const WIDE: readonly SummaryColumn[] = [
  {
    key: 'pss',
    header: 'Pod Security',
    about: 'The enforced level and version, and the warn and audit modes that report',
    text: pssText,
    cell: (row) => <PssCell row={row} />,
  },
  {
    key: 'level',
    header: 'highest level',
    about: 'The highest Pod Security level the pod meets',
    text: ({ summary: { highestLevel: l } }) => (l ? `${l}: ${LEVELS_AND_MODES[l] ?? ''}` : ''),
    cell: (row) => <LevelCell s={row.summary} />,
  },
  {
    key: 'psp',
    header: 'PodSecurityPolicy',
    about: 'The PodSecurityPolicy that admits it, or rejected',
    text: (row) => pspText(row.summary),
    cell: (row) => pspText(row.summary),
    tone: (s) => (s.psp && !s.psp.allowed ? 'tone-bad' : undefined),
  },
  {
    key: 'errors',
    header: 'API / start errors',
    about: "The API server's and the node's first errors",
    text: (row) => clip(row.summary.errors.join('; '), MAX_LABEL * 2),
    cell: (row) => clip(row.summary.errors.join('; '), MAX_LABEL),
    tone: () => 'tone-bad',
  },
  plain('privileged', 'privileged', 'Privileged containers', (s) => list(s.privileged), true),
  plain('host', 'host', 'Host namespaces, host ports and hostPath volumes', hostText, true),
  plain('caps', 'added capabilities', "Capabilities added beyond the runtime's defaults", (s) =>
    list(s.addedCapabilities),
  ),
]

const COMPACT: readonly SummaryColumn[] = [
  {
    key: 'pss',
    header: 'Pod Security',
    about:
      'The enforced level and version, the highest level the pod meets, and the warn and audit modes that report',
    text: (row) => {
      const { highestLevel } = row.summary
      const meets = highestLevel ? `meets ${highestLevel}` : ''
      const lead = row.pss?.allowed === false ? [pssText(row), meets] : [meets, pssText(row)]
      return lead.filter(Boolean).join('; ')
    },
    cell: (row) => <PssCell row={row} compact />,
  },
  {
    key: 'risks',
    header: 'risks',
    about:
      'ValidatingAdmissionPolicy outcomes, errors, the PodSecurityPolicy, privileged containers, host namespaces, ports and paths, added capabilities',
    text: (row) =>
      risksOf(row.summary, row.vap)
        .map((r) => `${r.label}: ${r.text}`)
        .join('\n'),
    cell: (row) =>
      risksOf(row.summary, row.vap).map((r) => (
        <span key={r.label} className={r.bad ? 'summary-risk tone-bad' : 'summary-risk'}>
          {r.words}
        </span>
      )),
  },
]

export const COLUMNS: Record<SummaryLayout, readonly SummaryColumn[]> = {
  wide: WIDE,
  compact: COMPACT,
}
