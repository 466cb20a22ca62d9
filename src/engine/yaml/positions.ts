/**
 * Where each value came from in the text. Positions hang off the parsed containers in a WeakMap
 * (no extra properties on the values), with offsets relative to the document's chunk, so a cached
 * document can move in the text without being re-read.
 */

/** [start, end) of a key, and [start, end) of its value (end -1 for collections). */
export interface KeyRange {
  keyStart: number
  keyEnd: number
  valueStart: number
  valueEnd: number
}

export interface ContainerPos {
  start: number
  /** Mapping: key -> ranges. */
  keys?: Map<string, KeyRange>
  /** Sequence: item i -> [start, end). */
  items?: number[]
}

const positions = new WeakMap<object, ContainerPos>()

export function setPos(container: object, pos: ContainerPos): void {
  positions.set(container, pos)
}

export function getPos(container: object): ContainerPos | undefined {
  return positions.get(container)
}
