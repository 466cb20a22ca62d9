/**
 * The reviewer's verdict at a glance (issue 11): one row per workload, riskiest first (the order
 * the worker computes with engine/summary), a "failing only" filter, and a click on a workload that
 * opens its card and reveals its line. Virtualized: only the rows in the scroll window (plus a few
 * on each side) are in the page, each memoized by its row, so 1,000 workloads scroll and update as
 * lightly as 30. Its columns fit the scroll box: a compact layout at the panel's usual widths, one
 * column per finding once that fits (columns.ts); below 320 px it scrolls sideways, with a
 * scrollbar in sight.
 */
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { WorkloadRow } from '../../../worker/view'
import { useAppState } from '../../AppContext'
import { clip, MAX_LABEL } from '../../clip'
import { Badge } from '../common'
import {
  COLUMNS,
  kindLabel,
  LEAD_HEADERS,
  layoutFor,
  type SummaryColumn,
  type SummaryLayout,
} from './columns'
import { rowWindow } from './virtual'
import './summary.css'

/** Every row is this tall (summary.css keeps it so), which makes the window arithmetic exact. */
export const ROW_HEIGHT = 30
const OVERSCAN = 10

const SummaryLine = memo(function SummaryLine({
  row,
  index,
  columns,
  layout,
  onPick,
}: {
  row: WorkloadRow
  /** 1-based position among all rows shown (aria-rowindex counts the header as 1). */
  index: number
  columns: readonly SummaryColumn[]
  layout: SummaryLayout
  onPick: (row: WorkloadRow) => void
}) {
  const s = row.summary
  const title = `${row.kind} ${row.namespace}/${row.name}`
  return (
    <tr
      className={s.denied ? 'summary-row summary-denied' : 'summary-row'}
      aria-rowindex={index + 1}
      data-testid="summary.row"
    >
      <td className="summary-verdict" title={row.vap ? clip(row.vap.text, MAX_LABEL) : undefined}>
        <Badge tone={s.denied ? 'bad' : 'good'}>{s.denied ? 'denied' : 'admitted'}</Badge>
      </td>
      <th scope="row" className="summary-name">
        <button
          type="button"
          className="summary-pick"
          title={`${clip(title, MAX_LABEL)}: open its card and show line ${row.line} of the ${row.editor} editor`}
          onClick={() => onPick(row)}
        >
          {/* the kind as shown (kubectl's short name in the compact layout), its whole name read */}
          <span className="kind" aria-hidden="true">
            {clip(kindLabel(row.kind, layout), MAX_LABEL)}
          </span>
          <span className="sr-only">{clip(row.kind, MAX_LABEL)}</span>{' '}
          {clip(`${row.namespace}/${row.name}`, MAX_LABEL)}
        </button>
      </th>
      {columns.map((c) => (
        <td key={c.key} className={c.tone?.(s)} title={c.text(row) || undefined}>
          {c.cell(row)}
        </td>
      ))}
    </tr>
  )
})

/** The height of the rows not rendered, above or below the window. */
function Spacer({ height, span }: { height: number; span: number }) {
  return (
    <tr className="summary-spacer">
      <td colSpan={span} aria-hidden="true" style={{ height }} />
    </tr>
  )
}

/** Drawn again only when its rows or their order change (an edit that keeps them draws nothing). */
export const SummaryTable = memo(function SummaryTable({
  rows,
  order,
}: {
  rows: readonly WorkloadRow[]
  /** Indices into `rows`, riskiest first. */
  order: readonly number[]
}) {
  const [failingOnly, setFailingOnly] = useState(false)
  const focusCard = useAppState((s) => s.focusCard)
  const revealLocation = useAppState((s) => s.revealLocation)
  const ordered = useMemo(() => {
    // an order from an older view may name rows that are gone: keep only the ones there
    const out: WorkloadRow[] = []
    for (const i of order) {
      const r = rows[i]
      if (r) out.push(r)
    }
    if (out.length !== rows.length) return [...rows]
    return out
  }, [rows, order])
  const denied = useMemo(() => ordered.filter((r) => r.summary?.denied), [ordered])
  const shown = failingOnly ? denied : ordered

  const scroller = useRef<HTMLDivElement>(null)
  const [scrollTop, setScrollTop] = useState(0)
  const [viewHeight, setViewHeight] = useState(ROW_HEIGHT * 20)
  // the layout follows the scroll box's inner width: compact until the wide one fits
  const [viewWidth, setViewWidth] = useState(0)
  const has = rows.length > 0
  useLayoutEffect(() => {
    const el = scroller.current
    if (!has || !el) return
    const measure = () => {
      setViewHeight(el.clientHeight)
      setViewWidth(el.clientWidth)
    }
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const ro = new ResizeObserver(measure)
    ro.observe(el)
    return () => ro.disconnect()
  }, [has])
  const w = rowWindow(shown.length, ROW_HEIGHT, scrollTop, viewHeight, OVERSCAN)
  const layout = layoutFor(viewWidth)
  const columns = COLUMNS[layout]
  const span = LEAD_HEADERS.length + columns.length

  const onPick = useCallback(
    (row: WorkloadRow) => {
      focusCard(row.key)
      revealLocation({ editor: row.editor, line: row.line, column: 1, focus: false })
    },
    [focusCard, revealLocation],
  )

  if (!rows.length) return null
  const n = rows.length.toLocaleString('en-US')
  return (
    <section className="card summary" aria-label="Summary">
      <h3>
        Summary{' '}
        <span className="muted" data-testid="summary.count">
          {n} workload{rows.length === 1 ? '' : 's'}, {denied.length.toLocaleString('en-US')}{' '}
          denied, riskiest first
        </span>
      </h3>
      <label className="summary-filter">
        <input
          type="checkbox"
          checked={failingOnly}
          onChange={(e) => {
            setFailingOnly(e.target.checked)
            setScrollTop(0)
            if (scroller.current) scroller.current.scrollTop = 0
          }}
        />{' '}
        Failing only
      </label>
      {failingOnly && !denied.length && <p className="empty">No workload fails.</p>}
      <div
        className="summary-scroll"
        ref={scroller}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      >
        <table
          className={`summary-table summary-${layout}`}
          aria-label={`Summary of ${n} workloads, riskiest first`}
          aria-rowcount={shown.length + 1}
        >
          <colgroup>
            <col className="col-verdict" />
            <col className="col-name" />
            {columns.map((c) => (
              <col key={c.key} className={`col-${c.key}`} />
            ))}
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              {[...LEAD_HEADERS, ...columns.map((c) => [c.header, c.about] as const)].map(
                ([h, about]) => (
                  <th key={h} scope="col" title={about}>
                    {h}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {w.before > 0 && <Spacer height={w.before} span={span} />}
            {shown.slice(w.start, w.end).map((row, i) => (
              <SummaryLine
                key={row.key}
                row={row}
                index={w.start + i + 1}
                columns={columns}
                layout={layout}
                onPick={onPick}
              />
            ))}
            {w.after > 0 && <Spacer height={w.after} span={span} />}
          </tbody>
        </table>
      </div>
    </section>
  )
})
