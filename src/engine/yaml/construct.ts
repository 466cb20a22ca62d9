/**
 * Builds the values of a chunk from js-yaml's event stream in one pass, recording where every key
 * and item stands: YAML 1.1 scalars (Kubernetes' reading), duplicate keys as errors, merge keys,
 * and the alias-bomb guard (expansion counted as the aliases are met).
 */
import { type Event, getScalarValue } from 'js-yaml'
import { type ContainerPos, type KeyRange, type PositionMap, reordersKeys } from './positions'
import type { ChunkResult, YamlIssue } from './read'
import { plainIsString, resolvePlain, resolveTagged } from './scalars'

export const MAX_ALIAS_EXPANSION = 1_000_000

interface Frame {
  kind: 'map' | 'seq'
  value: Record<string, unknown> | unknown[]
  pos: ContainerPos
  weight: number
  anchor: string | null
  /** Pending key (maps). */
  key: string | null
  keyStart: number
  keyEnd: number
  merges: unknown[] | null
  mergeAt: KeyRange | null
}

const EV_DOC = 1
const EV_SEQ = 2
const EV_MAP = 3
const EV_SCALAR = 4
const EV_ALIAS = 5
const EV_POP = 6

export class ReadError extends Error {
  readonly issue: YamlIssue
  constructor(issue: YamlIssue) {
    super(issue.message)
    this.issue = issue
  }
}

function fail(start: number, end: number, code: YamlIssue['code'], message: string): never {
  throw new ReadError({ start, end, severity: 'error', code, message })
}

export function construct(source: string, events: Event[]): ChunkResult {
  const docs: { value: unknown; start: number }[] = []
  const positions: PositionMap = new Map()
  const issues: YamlIssue[] = []
  const anchors = new Map<string, { value: unknown; weight: number }>()
  const stack: Frame[] = []
  let expansion = 0
  let docStart = -1
  let root: unknown

  const place = (value: unknown, weight: number, start: number, end: number): void => {
    const top = stack[stack.length - 1]
    if (!top) {
      root = value
      if (docStart < 0) docStart = start
      return
    }
    top.weight += weight
    if (top.kind === 'seq') {
      const arr = top.value as unknown[]
      arr.push(value)
      top.pos.offs.push(start, end)
      return
    }
    if (top.key === null) {
      top.key = value === null || value === undefined ? 'null' : String(value)
      top.keyStart = start
      top.keyEnd = end
      return
    }
    const key = top.key
    top.key = null
    const map = top.value as Record<string, unknown>
    if (key === '<<') {
      if (!top.merges) top.merges = []
      top.merges.push(value)
      top.mergeAt = { keyStart: top.keyStart, keyEnd: top.keyEnd, valueStart: start, valueEnd: end }
      return
    }
    // Merged keys are added only when the mapping closes, so every own key here is explicit.
    if (Object.hasOwn(map, key)) {
      fail(top.keyStart, top.keyEnd, 'duplicate-key', `key "${key}" already set in map`)
    }
    const pos = top.pos
    if (pos.names) pos.names.push(key)
    else if (reordersKeys(key)) pos.names = [...Object.keys(map), key]
    if (key === '__proto__') {
      Object.defineProperty(map, key, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
      })
    } else map[key] = value
    pos.offs.push(top.keyStart, top.keyEnd, start, end)
  }

  for (const ev of events) {
    switch (ev.type) {
      case EV_DOC:
        docStart = -1
        root = null
        break
      case EV_MAP:
      case EV_SEQ: {
        const isMap = ev.type === EV_MAP
        const pos: ContainerPos = { start: ev.start, offs: [] }
        const value: Record<string, unknown> | unknown[] = isMap ? {} : []
        positions.set(value, pos)
        stack.push({
          kind: isMap ? 'map' : 'seq',
          value,
          pos,
          weight: 1,
          anchor: ev.anchorStart >= 0 ? source.slice(ev.anchorStart, ev.anchorEnd) : null,
          key: null,
          keyStart: -1,
          keyEnd: -1,
          merges: null,
          mergeAt: null,
        })
        break
      }
      case EV_SCALAR: {
        const text = ev.fast ? source.slice(ev.valueStart, ev.valueEnd) : getScalarValue(source, ev)
        // A quoted scalar's range includes its quotes, so a quoted key is marked from its `"`.
        const quoted =
          (ev.style === 2 || ev.style === 3) &&
          ev.valueStart > 0 &&
          (source[ev.valueStart - 1] === '"' || source[ev.valueStart - 1] === "'")
        const start = ev.valueStart >= 0 ? ev.valueStart - (quoted ? 1 : 0) : previousEnd(stack)
        const end = ev.valueStart >= 0 ? ev.valueEnd + (quoted ? 1 : 0) : start
        let value: unknown = text
        if (ev.tagStart >= 0) {
          const tag = source.slice(ev.tagStart, ev.tagEnd)
          const r = resolveTagged(tag, text)
          if ('error' in r) fail(ev.tagStart, end, 'yaml-syntax', `YAML: ${r.error}`)
          value = r.value
        } else if (ev.style === 1) {
          const top = stack[stack.length - 1]
          const isKey = top !== undefined && top.kind === 'map' && top.key === null
          if (!isKey && !plainIsString(text)) {
            const r = resolvePlain(text)
            value = r.value
            if (r.yaml11)
              issues.push({ start, end, severity: 'warning', code: 'yaml11', message: r.yaml11 })
          } else if (text === '') value = null
        }
        if (ev.anchorStart >= 0)
          anchors.set(source.slice(ev.anchorStart, ev.anchorEnd), { value, weight: 1 })
        place(value, 1, start, end)
        break
      }
      case EV_ALIAS: {
        const name = source.slice(ev.anchorStart, ev.anchorEnd)
        const target = anchors.get(name)
        if (!target)
          fail(
            ev.anchorStart - 1,
            ev.anchorEnd,
            'yaml-syntax',
            `YAML syntax error: unknown anchor "${name}"`,
          )
        expansion += target.weight
        if (expansion > MAX_ALIAS_EXPANSION) {
          fail(
            ev.anchorStart - 1,
            ev.anchorEnd,
            'alias-bomb',
            `aliases expand to more than ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} nodes (an alias bomb, "billion laughs"): the document is not evaluated`,
          )
        }
        place(target.value, target.weight, ev.anchorStart - 1, ev.anchorEnd)
        break
      }
      case EV_POP: {
        const frame = stack.pop()
        if (!frame) {
          docs.push({ value: root, start: Math.max(docStart, 0) })
          root = undefined
          break
        }
        if (frame.merges) applyMerges(frame)
        if (frame.anchor !== null)
          anchors.set(frame.anchor, { value: frame.value, weight: frame.weight })
        place(frame.value, frame.weight, frame.pos.start, frame.pos.start)
        break
      }
    }
  }
  return { docs, issues, positions }
}

function previousEnd(stack: Frame[]): number {
  const top = stack[stack.length - 1]
  if (!top) return 0
  // An empty key before any other key has no key end yet: use the mapping's start.
  return top.kind === 'map' && top.keyEnd >= 0 ? top.keyEnd : top.pos.start
}

function applyMerges(frame: Frame): void {
  const map = frame.value as Record<string, unknown>
  const pos = frame.pos
  const at = frame.mergeAt
  for (const merge of frame.merges!) {
    const sources = Array.isArray(merge) ? merge : [merge]
    for (const src of sources) {
      if (typeof src !== 'object' || src === null || Array.isArray(src)) {
        fail(
          frame.keyStart,
          frame.keyEnd,
          'yaml-syntax',
          'YAML: map merge requires map or sequence of maps as the value',
        )
      }
      for (const [k, v] of Object.entries(src)) {
        if (Object.hasOwn(map, k)) continue
        if (at && !pos.names) pos.names = Object.keys(map)
        map[k] = v
        if (at) {
          pos.names!.push(k)
          pos.offs.push(at.keyStart, at.keyEnd, at.valueStart, at.valueEnd)
        }
      }
    }
  }
}
