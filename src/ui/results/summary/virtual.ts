/**
 * Which rows of a long list of fixed-height rows to render (issue 11): the rows in the scroll
 * window plus `overscan` on each side, so that 1,000 workloads cost as much as 30.
 */
export interface RowWindow {
  /** First row rendered. */
  start: number
  /** One past the last row rendered. */
  end: number
  /** Heights of the empty space above and below the rendered rows, in pixels. */
  before: number
  after: number
}

export function rowWindow(
  count: number,
  rowHeight: number,
  scrollTop: number,
  viewHeight: number,
  overscan = 8,
): RowWindow {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0, before: 0, after: 0 }
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight)
  const visible = Math.ceil(Math.max(0, viewHeight) / rowHeight) + 1
  const start = Math.min(count, Math.max(0, first - overscan))
  const end = Math.min(count, first + visible + overscan)
  return { start, end, before: start * rowHeight, after: (count - end) * rowHeight }
}
