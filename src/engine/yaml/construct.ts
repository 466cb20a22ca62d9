/**
 * Builds the values of a chunk from js-yaml's event stream in one pass, the way go-yaml v2 decodes
 * into `interface{}` and sigs.k8s.io/yaml turns that into JSON (cluster-path.md §3):
 *
 * - scalars and keys resolve with YAML 1.1 rules (scalars.ts); keys then become JSON strings
 *   (`yes:` is "true", `01:` is "1"); a null, uint64, sequence or mapping key is an error;
 * - a mapping is written in document order (decode.go `mapping`): a duplicate key replaces the
 *   earlier value (a warning at the earlier key), a merge `<<` writes every merged key where it
 *   stands, so a key before it loses and a key after it wins; `<<: [*a, *b]` applies the last map
 *   first, so the first one wins;
 * - infinities and NaN cannot become JSON (`json: unsupported value: +Inf`);
 * - keys are data: a key is never an object's prototype (`__proto__` is an own property);
 * - aliases are counted as they are met (the alias-bomb guard), and positions are recorded.
 */
import { type Event, getScalarValue } from 'js-yaml'
import { goQuote } from '../go/quote'
import {
  type ContainerPos,
  type KeyRange,
  keyIndex,
  type PositionMap,
  reordersKeys,
} from './positions'
import type { ChunkResult, YamlIssue } from './read'
import {
  formatFloat,
  goSharpV,
  jsonKey,
  plainIsString,
  type Resolved,
  resolvePlain,
  resolveTagged,
  shortTag,
} from './scalars'

export const MAX_ALIAS_EXPANSION = 1_000_000

/** Stands for the editor line of an issue's `ref` in its message (see index.ts). */
export const LINE_REF = '\u0000'

type YamlMap = Record<string, unknown>

interface PendingKey {
  /** The JSON key; null when kubectl cannot convert it (`unsupported`). */
  key: string | null
  /** Go's identity of the key (type and value), see scalars.ts jsonKey. */
  id: string
  unsupported?: { type: string; shown: string }
  merge: boolean
  start: number
  end: number
}

interface Frame {
  kind: 'map' | 'seq'
  value: YamlMap | unknown[]
  pos: ContainerPos
  weight: number
  anchor: string | null
  /** Pending key (maps). */
  key: PendingKey | null
  /** End of the last key (where an empty key or value is marked). */
  lastKeyEnd: number
  /** Keys whose current value came from a merge. */
  merged: Set<string> | null
  /** Go identities of keys that are not plain strings. */
  ids: Map<string, string> | null
}

interface Anchor {
  value: unknown
  weight: number
  /** The resolved scalar (an anchored scalar may be used as a key). */
  scalar?: Resolved
  /** The anchored collection is still being read (an alias to it is a cycle). */
  open?: boolean
}

const EV_DOC = 1
const EV_SEQ = 2
const EV_MAP = 3
const EV_SCALAR = 4
const EV_ALIAS = 5
const EV_POP = 6

const STYLE_PLAIN = 1

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

const isMap = (v: unknown): v is YamlMap => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Set a key as an own property: `__proto__` included, never the object's prototype. */
function define(map: YamlMap, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true })
  else map[key] = value
}

export function construct(source: string, events: Event[]): ChunkResult {
  const docs: { value: unknown; start: number }[] = []
  const positions: PositionMap = new Map()
  const issues: YamlIssue[] = []
  const anchors = new Map<string, Anchor>()
  /** Go identities of the non-string keys of finished mappings (for merges). */
  const keyIds = new Map<object, Map<string, string>>()
  const stack: Frame[] = []
  let expansion = 0
  let docStart = -1
  let root: unknown
  let nonFinite = false

  const warn = (
    start: number,
    end: number,
    code: YamlIssue['code'],
    message: string,
    ref?: number,
  ) => {
    const issue: YamlIssue = { start, end, severity: 'warning', code, message }
    if (ref !== undefined) issue.ref = ref
    issues.push(issue)
  }

  /** Write a key of a mapping in document order, as go-yaml's `d.mapping` does. */
  const setEntry = (
    frame: Frame,
    key: string,
    id: string,
    value: unknown,
    at: KeyRange,
    fromMerge: boolean,
  ): void => {
    const map = frame.value as YamlMap
    const pos = frame.pos
    const plainId = id === `s${key}`
    if (!Object.hasOwn(map, key)) {
      if (pos.names) pos.names.push(key)
      else if (reordersKeys(key)) pos.names = [...Object.keys(map), key]
      define(map, key, value)
      pos.offs.push(at.keyStart, at.keyEnd, at.valueStart, at.valueEnd)
    } else {
      const i = keyIndex(pos, map, key)
      const o = pos.offs
      const before = { start: o[4 * i]!, end: o[4 * i + 1]! }
      const wasMerged = frame.merged?.has(key) ?? false
      const beforeId = frame.ids?.get(key) ?? `s${key}`
      const shown = goQuote(key)
      if (beforeId !== id) {
        warn(
          before.start,
          before.end,
          'duplicate-key',
          `key ${shown} is set again on line ${LINE_REF} by a key of another YAML type (both become ${shown} in JSON): kubectl sends one of the two values, which one depends on Go's map order; podplay judges the later one.`,
          at.keyStart,
        )
      } else if (!wasMerged && !fromMerge) {
        warn(
          before.start,
          before.end,
          'duplicate-key',
          `key ${shown} is set again on line ${LINE_REF}: kubectl keeps the later value and ignores this one (go-yaml keeps the last of duplicate keys).`,
          at.keyStart,
        )
      } else if (!wasMerged && fromMerge) {
        warn(
          before.start,
          before.end,
          'duplicate-key',
          `key ${shown} is replaced by the merge (\`<<\`) on line ${LINE_REF}: go-yaml applies merge keys in document order, so a key written before \`<<\` loses. Write it after the \`<<\` line to keep it.`,
          at.keyStart,
        )
      }
      define(map, key, value)
      o[4 * i] = at.keyStart
      o[4 * i + 1] = at.keyEnd
      o[4 * i + 2] = at.valueStart
      o[4 * i + 3] = at.valueEnd
    }
    if (fromMerge) {
      frame.merged ??= new Set()
      frame.merged.add(key)
    } else frame.merged?.delete(key)
    if (!plainId) {
      frame.ids ??= new Map()
      frame.ids.set(key, id)
    } else frame.ids?.delete(key)
  }

  /** decode.go `merge`: a map, an alias of a map, or a sequence of those (the last applied first). */
  const merge = (frame: Frame, value: unknown, fromAlias: boolean, k: PendingKey, at: KeyRange) => {
    let sources: YamlMap[]
    if (isMap(value)) sources = [value]
    else if (Array.isArray(value) && !fromAlias && value.every(isMap))
      sources = [...(value as YamlMap[])].reverse()
    else
      fail(
        k.start,
        k.end,
        'yaml-syntax',
        'yaml: map merge requires map or sequence of maps as the value',
      )
    for (const src of sources) {
      const ids = keyIds.get(src)
      for (const key of Object.keys(src))
        setEntry(frame, key, ids?.get(key) ?? `s${key}`, src[key], at, true)
    }
  }

  const setKey = (frame: Frame, r: Resolved, start: number, end: number, isMerge: boolean) => {
    frame.lastKeyEnd = end
    if (isMerge) {
      frame.key = { key: '<<', id: 's<<', merge: true, start, end }
      return
    }
    const k = jsonKey(r)
    if ('unsupported' in k) {
      const type = k.unsupported === 'null' ? '%!s(<nil>)' : 'uint64'
      frame.key = {
        key: null,
        id: '',
        merge: false,
        start,
        end,
        unsupported: { type, shown: k.shown },
      }
    } else frame.key = { key: k.key, id: k.id, merge: false, start, end }
  }

  const place = (
    value: unknown,
    weight: number,
    start: number,
    end: number,
    fromAlias: boolean,
  ) => {
    const top = stack[stack.length - 1]
    if (!top) {
      root = value
      if (docStart < 0) docStart = start
      return
    }
    top.weight += weight
    if (top.kind === 'seq') {
      ;(top.value as unknown[]).push(value)
      top.pos.offs.push(start, end)
      return
    }
    const k = top.key
    if (k === null) {
      // Scalar keys went through setKey: this key is a sequence or a mapping.
      fail(
        start,
        Math.max(end, start + 1),
        'invalid-key',
        `yaml: invalid map key: ${goSharpV(value)}`,
      )
    }
    top.key = null
    // An empty key has no text of its own: mark it where its value starts.
    if (k.start < 0) k.start = k.end = start
    const at: KeyRange = { keyStart: k.start, keyEnd: k.end, valueStart: start, valueEnd: end }
    if (k.merge) {
      merge(top, value, fromAlias, k, at)
      return
    }
    if (k.key === null) {
      const u = k.unsupported!
      fail(
        k.start,
        Math.max(k.end, k.start + 1),
        'invalid-key',
        `error converting YAML to JSON: unsupported map key of type: ${u.type}, key: ${u.shown}, value: ${goSharpV(value)}. ${u.type === 'uint64' ? 'A key above 9223372036854775807' : 'An empty or null key'} cannot become a JSON key: kubectl rejects the document.`,
      )
    }
    setEntry(top, k.key, k.id, value, at, false)
  }

  for (const ev of events) {
    switch (ev.type) {
      case EV_DOC:
        docStart = -1
        root = null
        break
      case EV_MAP:
      case EV_SEQ: {
        const isMapEv = ev.type === EV_MAP
        const pos: ContainerPos = { start: ev.start, offs: [] }
        const value: YamlMap | unknown[] = isMapEv ? {} : []
        positions.set(value, pos)
        const anchor = ev.anchorStart >= 0 ? source.slice(ev.anchorStart, ev.anchorEnd) : null
        if (anchor !== null) anchors.set(anchor, { value, weight: 0, open: true })
        stack.push({
          kind: isMapEv ? 'map' : 'seq',
          value,
          pos,
          weight: 1,
          anchor,
          key: null,
          lastKeyEnd: -1,
          merged: null,
          ids: null,
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
        const top = stack[stack.length - 1]
        const isKey = top !== undefined && top.kind === 'map' && top.key === null
        const empty = ev.valueStart < 0
        const start = !empty ? ev.valueStart - (quoted ? 1 : 0) : isKey ? -1 : previousEnd(stack)
        const end = !empty ? ev.valueEnd + (quoted ? 1 : 0) : start
        const tag = ev.tagStart >= 0 ? source.slice(ev.tagStart, ev.tagEnd) : null
        let r: Resolved
        if (tag !== null) {
          const t = resolveTagged(tag, text)
          if ('error' in t) fail(ev.tagStart, end, 'yaml-syntax', t.error)
          r = t
        } else if (ev.style === STYLE_PLAIN) {
          r = plainIsString(text) ? { value: text, go: 'str' } : resolvePlain(text)
          if (!isKey && r.yaml11) warn(start, end, 'yaml11', r.yaml11)
        } else r = { value: text, go: 'str' }
        if (typeof r.value === 'number' && !Number.isFinite(r.value)) nonFinite = true
        if (ev.anchorStart >= 0)
          anchors.set(source.slice(ev.anchorStart, ev.anchorEnd), {
            value: r.value,
            weight: 1,
            scalar: r,
          })
        if (isKey) {
          const isMerge =
            text === '<<' &&
            ((tag === null && ev.style === STYLE_PLAIN) ||
              (tag !== null && shortTag(tag) === '!!merge'))
          setKey(top, r, start, end, isMerge)
          top.weight += 1
          if (
            !isMerge &&
            tag === null &&
            ev.style === STYLE_PLAIN &&
            r.go !== 'str' &&
            top.key?.key !== null
          ) {
            const key = top.key!.key!
            if (key !== text)
              warn(
                start,
                end,
                'yaml11',
                `The key \`${text}\` is read by Kubernetes as ${goQuote(key)}: YAML 1.1 resolves keys like values, then they become JSON strings. Quote it to keep \`${text}\`.`,
              )
          }
        } else place(r.value, 1, start, end, false)
        break
      }
      case EV_ALIAS: {
        const name = source.slice(ev.anchorStart, ev.anchorEnd)
        const at = ev.anchorStart - 1
        const target = anchors.get(name)
        if (!target)
          fail(at, ev.anchorEnd, 'yaml-syntax', `yaml: unknown anchor '${name}' referenced`)
        if (target.open)
          fail(at, ev.anchorEnd, 'yaml-syntax', `yaml: anchor '${name}' value contains itself`)
        expansion += target.weight
        if (expansion > MAX_ALIAS_EXPANSION) {
          fail(
            at,
            ev.anchorEnd,
            'alias-bomb',
            `aliases expand to more than ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} nodes (an alias bomb, "billion laughs"; go-yaml: document contains excessive aliasing): the document is not evaluated`,
          )
        }
        const top = stack[stack.length - 1]
        if (top !== undefined && top.kind === 'map' && top.key === null && target.scalar) {
          setKey(top, target.scalar, at, ev.anchorEnd, false)
          top.weight += 1
          break
        }
        place(target.value, target.weight, at, ev.anchorEnd, true)
        break
      }
      case EV_POP: {
        const frame = stack.pop()
        if (!frame) {
          docs.push({ value: root, start: Math.max(docStart, 0) })
          root = undefined
          break
        }
        if (frame.anchor !== null)
          anchors.set(frame.anchor, { value: frame.value, weight: frame.weight })
        if (frame.ids) keyIds.set(frame.value, frame.ids)
        place(frame.value, frame.weight, frame.pos.start, frame.pos.start, false)
        break
      }
    }
  }
  if (nonFinite) {
    for (const doc of docs) {
      const found = findNonFinite(doc.value, doc.start, positions)
      if (found) {
        const shown = formatFloat(found.value, 64)
        fail(
          found.start,
          Math.max(found.end, found.start + 1),
          'unsupported-value',
          `error converting YAML to JSON: json: unsupported value: ${shown}. JSON, which kubectl sends, has no infinity or NaN: kubectl rejects the document. Quote the value to send a string.`,
        )
      }
    }
  }
  return { docs, issues, positions }
}

function previousEnd(stack: Frame[]): number {
  const top = stack[stack.length - 1]
  if (!top) return 0
  // An empty key before any other key has no key end yet: use the mapping's start.
  return top.kind === 'map' && top.lastKeyEnd >= 0 ? top.lastKeyEnd : top.pos.start
}

/** The first infinity or NaN left in a document (after duplicates and merges), with its range. */
function findNonFinite(
  root: unknown,
  rootStart: number,
  positions: PositionMap,
): { value: number; start: number; end: number } | null {
  if (typeof root === 'number')
    return Number.isFinite(root) ? null : { value: root, start: rootStart, end: rootStart }
  const seen = new Set<object>()
  const todo: unknown[] = [root]
  while (todo.length > 0) {
    const node = todo.pop()
    if (typeof node !== 'object' || node === null || seen.has(node)) continue
    seen.add(node)
    const pos = positions.get(node)
    const o = pos?.offs ?? []
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const v = node[i]
        if (typeof v === 'number' && !Number.isFinite(v))
          return { value: v, start: o[2 * i] ?? 0, end: o[2 * i + 1] ?? 0 }
        todo.push(v)
      }
    } else {
      const map = node as YamlMap
      for (const key of Object.keys(map)) {
        const v = map[key]
        if (typeof v === 'number' && !Number.isFinite(v)) {
          const i = pos ? keyIndex(pos, map, key) : -1
          return { value: v, start: o[4 * i + 2] ?? 0, end: o[4 * i + 3] ?? 0 }
        }
        todo.push(v)
      }
    }
  }
  return null
}
