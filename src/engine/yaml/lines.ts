/** Offsets to 1-based lines and columns, by binary search over the line starts. */
export class LineIndex {
  private starts: number[] | null = null
  private readonly text: string
  constructor(text: string) {
    this.text = text
  }

  private lineStarts(): number[] {
    if (this.starts) return this.starts
    const starts = [0]
    let i = this.text.indexOf('\n')
    while (i >= 0) {
      starts.push(i + 1)
      i = this.text.indexOf('\n', i + 1)
    }
    this.starts = starts
    return starts
  }

  /** 1-based line and column of an offset. */
  at(offset: number): { line: number; column: number } {
    const starts = this.lineStarts()
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 }
  }

  /** Offset of the end of the line holding `offset` (before the newline). */
  lineEnd(offset: number): number {
    const nl = this.text.indexOf('\n', offset)
    return nl < 0 ? this.text.length : nl
  }
}
