/**
 * Reads a YAML text the way Kubernetes does: every document, YAML 1.1 scalars, duplicate keys as
 * errors, merge keys, and a guard against alias bombs. One pass over js-yaml 5's event stream
 * builds the values and records where each key and item stands.
 *
 * The text is split at `---` document markers first, so a broken document does not hide the
 * others, and unchanged documents are reused from the previous call.
 */
import { type Event, parseEvents, YAMLException } from 'js-yaml'
import { construct, ReadError } from './construct'
import type { PositionMap } from './positions'

export { MAX_ALIAS_EXPANSION } from './construct'

export interface YamlIssue {
  /** Offsets relative to the chunk. */
  start: number
  end: number
  severity: 'error' | 'warning'
  code: 'yaml-syntax' | 'duplicate-key' | 'alias-bomb' | 'yaml11' | 'too-large'
  message: string
}

export interface ChunkResult {
  /** The documents of this chunk (usually one), with their start offsets in the chunk. */
  docs: { value: unknown; start: number }[]
  issues: YamlIssue[]
  /** Where every mapping and sequence of the chunk stands (offsets relative to the chunk). */
  positions: PositionMap
}

/** Most nodes an alias may add by expansion in one chunk before it counts as an alias bomb. */
const MAX_DEPTH = 100

/** Read one chunk of text (one or more documents). Never throws. */
export function readChunk(source: string): ChunkResult {
  let events: Event[]
  try {
    events = parseEvents(source, { maxDepth: MAX_DEPTH })
  } catch (e) {
    return { docs: [], issues: [syntaxIssue(source, e)], positions: new Map() }
  }
  try {
    return construct(source, events)
  } catch (e) {
    if (e instanceof ReadError) return { docs: [], issues: [e.issue], positions: new Map() }
    return { docs: [], issues: [syntaxIssue(source, e)], positions: new Map() }
  }
}

function syntaxIssue(source: string, e: unknown): YamlIssue {
  if (e instanceof YAMLException) {
    const at = Math.min(e.mark?.position ?? 0, source.length)
    return {
      start: at,
      end: at + 1,
      severity: 'error',
      code: 'yaml-syntax',
      message: `YAML syntax error: ${e.reason}`,
    }
  }
  const message = e instanceof Error ? e.message : String(e)
  return {
    start: 0,
    end: 1,
    severity: 'error',
    code: 'yaml-syntax',
    message: `YAML could not be read: ${message}`,
  }
}
