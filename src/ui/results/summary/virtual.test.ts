import { describe, expect, it } from 'vitest'
import { rowWindow } from './virtual'

describe('rowWindow', () => {
  // count, rowHeight, scrollTop, viewHeight, overscan -> start, end
  it.each([
    ['nothing to show', 0, 28, 0, 500, 8, 0, 0],
    ['fewer rows than the window', 5, 28, 0, 500, 8, 0, 5],
    ['the top of a long list', 1000, 28, 0, 280, 8, 0, 19],
    ['scrolled to row 100', 1000, 28, 2800, 280, 8, 92, 119],
    ['half a row scrolled', 1000, 28, 2814, 280, 8, 92, 119],
    ['the end', 1000, 28, 28000 - 280, 280, 8, 982, 1000],
    ['scrolled past the end (elastic scrolling)', 1000, 28, 40000, 280, 8, 1000, 1000],
    ['a negative scroll (elastic scrolling)', 1000, 28, -50, 280, 2, 0, 13],
    ['no overscan', 1000, 10, 100, 50, 0, 10, 16],
  ])('%s', (_name, count, h, top, view, overscan, start, end) => {
    const w = rowWindow(count, h, top, view, overscan)
    expect([w.start, w.end]).toEqual([start, end])
    // the spacers and the rendered rows always add up to the whole list
    expect(w.before + (w.end - w.start) * h + w.after).toBe(count * h)
  })
})
