/**
 * Where each value came from in the text. Positions are kept beside the parsed containers in a Map per chunk
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

/**
 * Kept flat to spare the garbage collector: a 5 MB manifest has hundreds of thousands of keys.
 * Mapping: `names[i]` is a key; `offs[4i..4i+3]` its key start, key end, value start, value end.
 * Sequence: `offs[2i]`, `offs[2i+1]` are item i's start and end; `names` is absent.
 */
export interface ContainerPos {
  start: number
  names?: string[]
  offs: number[]
}

/** The ranges of a mapping's key, or undefined. */
export function keyRange(pos: ContainerPos, key: string): KeyRange | undefined {
  const i = pos.names ? pos.names.indexOf(key) : -1
  if (i < 0) return undefined
  const o = pos.offs
  return {
    keyStart: o[4 * i]!,
    keyEnd: o[4 * i + 1]!,
    valueStart: o[4 * i + 2]!,
    valueEnd: o[4 * i + 3]!,
  }
}

/**
 * One per chunk of text. A plain Map (not a WeakMap): it lives exactly as long as the chunk's
 * documents, and the collector handles it far more cheaply than hundreds of thousands of ephemerons.
 */
export type PositionMap = Map<object, ContainerPos>
