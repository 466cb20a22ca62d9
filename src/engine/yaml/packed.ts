/**
 * js-yaml's event stream packed into one Int32Array, so that a chunk can be tokenized on another
 * thread (the command line reads large inputs on two threads, see src/cli/parallel.ts) and its
 * events handed over without copying: construct.ts then runs on the very same events on the main
 * thread. Every field construct.ts and js-yaml's getScalarValue read is kept; a document event
 * with directives is not packed (`null`): its chunk is read whole on the main thread.
 */
import { EVENT_ID, type Event } from 'js-yaml'

/** Int32 fields per event. */
const STRIDE = 11

const {
  DOCUMENT: EV_DOC,
  SEQUENCE: EV_SEQ,
  MAPPING: EV_MAP,
  SCALAR: EV_SCALAR,
  ALIAS: EV_ALIAS,
  POP: EV_POP,
} = EVENT_ID

export function packEvents(events: readonly Event[]): Int32Array | null {
  const out = new Int32Array(events.length * STRIDE)
  let o = 0
  for (const ev of events) {
    out[o] = ev.type
    switch (ev.type) {
      case EV_DOC:
        if (ev.directives.length > 0) return null
        out[o + 1] = ev.explicitStart ? 1 : 0
        out[o + 2] = ev.explicitEnd ? 1 : 0
        break
      case EV_SEQ:
      case EV_MAP:
        out[o + 1] = ev.start
        out[o + 3] = ev.anchorStart
        out[o + 4] = ev.anchorEnd
        out[o + 5] = ev.tagStart
        out[o + 6] = ev.tagEnd
        out[o + 7] = ev.style
        break
      case EV_SCALAR:
        out[o + 1] = ev.valueStart
        out[o + 2] = ev.valueEnd
        out[o + 3] = ev.anchorStart
        out[o + 4] = ev.anchorEnd
        out[o + 5] = ev.tagStart
        out[o + 6] = ev.tagEnd
        out[o + 7] = ev.style
        out[o + 8] = ev.chomping
        out[o + 9] = ev.indent
        out[o + 10] = ev.fast ? 1 : 0
        break
      case EV_ALIAS:
        out[o + 3] = ev.anchorStart
        out[o + 4] = ev.anchorEnd
        break
      case EV_POP:
        break
      default:
        return null
    }
    o += STRIDE
  }
  return out
}

/** The events as js-yaml made them (document events with no directives). */
export function unpackEvents(packed: Int32Array): Event[] {
  const events: Event[] = []
  for (let o = 0; o + STRIDE <= packed.length; o += STRIDE) {
    const type = packed[o]!
    switch (type) {
      case EV_DOC:
        events.push({
          type,
          explicitStart: packed[o + 1] === 1,
          explicitEnd: packed[o + 2] === 1,
          directives: [],
        })
        break
      case EV_SEQ:
      case EV_MAP:
        events.push({
          type,
          start: packed[o + 1]!,
          anchorStart: packed[o + 3]!,
          anchorEnd: packed[o + 4]!,
          tagStart: packed[o + 5]!,
          tagEnd: packed[o + 6]!,
          style: packed[o + 7]! as 1 | 2,
        })
        break
      case EV_SCALAR:
        events.push({
          type,
          valueStart: packed[o + 1]!,
          valueEnd: packed[o + 2]!,
          anchorStart: packed[o + 3]!,
          anchorEnd: packed[o + 4]!,
          tagStart: packed[o + 5]!,
          tagEnd: packed[o + 6]!,
          style: packed[o + 7]! as 1 | 2 | 3 | 4 | 5,
          chomping: packed[o + 8]! as 1 | 2 | 3,
          indent: packed[o + 9]!,
          fast: packed[o + 10] === 1,
        })
        break
      case EV_ALIAS:
        events.push({ type, anchorStart: packed[o + 3]!, anchorEnd: packed[o + 4]! })
        break
      case EV_POP:
        events.push({ type })
        break
      default:
        throw new Error(`packed YAML events: unknown event type ${type}`)
    }
  }
  return events
}
