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
 * Mapping: `offs[4i..4i+3]` are the key start, key end, value start and value end of its i-th key.
 * The i-th key is `names[i]`; `names` is written only when the object's own key order can differ
 * from the written order (integer-like keys, which JavaScript puts first; `__proto__`), otherwise
 * it is `Object.keys(map)[i]`. A key set again (a duplicate, or a merge) keeps its index and gets
 * the ranges of the key that supplied its final value (the later key, or the merge `<<`).
 * Sequence: `offs[2i]`, `offs[2i+1]` are item i's start and end.
 */
export interface ContainerPos {
  start: number
  names?: string[]
  offs: number[]
}

/** Whether JavaScript may order this key differently from the text (an array index). */
export function reordersKeys(key: string): boolean {
  const c = key.charCodeAt(0)
  return key === '__proto__' || (c >= 48 && c <= 57 && /^(0|[1-9][0-9]{0,9})$/.test(key))
}

/** Index of a mapping's key in its positions, or -1. */
export function keyIndex(pos: ContainerPos, map: object, key: string): number {
  return pos.names ? pos.names.indexOf(key) : ownKeyIndex(map, key)
}

/** The ranges of a mapping's key, or undefined. */
export function keyRange(pos: ContainerPos, map: object, key: string): KeyRange | undefined {
  const i = keyIndex(pos, map, key)
  if (i < 0 || 4 * i >= pos.offs.length) return undefined
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

/** Index of `key` among the object's own keys, without building the key list. */
function ownKeyIndex(map: object, key: string): number {
  let i = 0
  for (const k in map) {
    if (k === key) return i
    i++
  }
  return -1
}
