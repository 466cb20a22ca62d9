/**
 * The summary as a table: the cells of each row in words, shared by the text report (padded
 * columns) and the Markdown report (a GFM table). The caller escapes each cell for its output.
 */
import type { PlaceName } from '../format/shared'
import type { Summary, SummaryRow } from '.'

export const SUMMARY_HEADERS = [
  'verdict',
  'workload',
  'where',
  'Pod Security (enforce)',
  'highest level',
  'PodSecurityPolicy',
  'API / start errors',
  'privileged',
  'host namespaces, ports, paths',
  'added capabilities',
] as const

const orNone = (xs: readonly string[]) => (xs.length ? xs.join(', ') : '-')

/** An error in a cell is cut here; the workload's block below has it whole. */
export const CELL_ERROR_CHARS = 100

function errors(label: string, xs: readonly string[]): string[] {
  if (xs.length === 0) return []
  const first = xs[0]!.length > CELL_ERROR_CHARS ? `${xs[0]!.slice(0, CELL_ERROR_CHARS)}…` : xs[0]
  return [`${label}: ${first}${xs.length > 1 ? ` (and ${xs.length - 1} more)` : ''}`]
}

/** The API server's and the node's first errors, each cut (`API: ...`, `start: ... (and 2 more)`). */
export function errorCells(r: Pick<SummaryRow, 'apiErrors' | 'startErrors'>): string[] {
  return [...errors('API', r.apiErrors), ...errors('start', r.startErrors)]
}

export function summaryCells(r: SummaryRow, place: PlaceName): string[] {
  const enforce = r.enforce
    ? [
        `${r.enforce.level}:${r.enforce.version} ${r.enforce.allowed ? 'allowed' : 'denied'}`,
        ...r.modes,
      ].join('; ')
    : '-'
  const psp = r.podSecurityPolicy
    ? r.podSecurityPolicy.allowed
      ? `admitted by ${r.podSecurityPolicy.policy}`
      : 'rejected'
    : '-'
  return [
    r.denied ? 'DENIED' : 'admitted',
    `${r.kind} ${r.namespace}/${r.name || '(no name)'}`,
    place(r.editor, r.line),
    enforce,
    r.highestLevel ?? '-',
    psp,
    orNone(errorCells(r)),
    orNone(r.privileged),
    orNone([
      ...r.hostNamespaces,
      ...r.hostPorts.map((p) => `port ${p}`),
      ...r.hostPaths.map((p) => `path ${p}`),
    ]),
    orNone(r.addedCapabilities),
  ]
}

/** `3 workload(s), 1 denied` */
export function summaryHead(s: Summary): string {
  return `${s.rows.length} workload(s), ${s.denied} denied`
}
