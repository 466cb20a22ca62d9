/**
 * Per-workload memoisation (issue 10): an edit re-judges only the workloads whose document, or
 * whose namespace labels, PodSecurityPolicies or options changed. The YAML chunk cache already
 * hands back the same document value for an unchanged document, so a workload is known by its
 * object's identity plus where it sits in the document; the policy side by a key string.
 *
 * A document that moved (lines added above it) keeps its results: every location the workload's
 * stages made inside its own document was recorded, and is moved by the same number of lines
 * (a chunk always starts at a line start, so columns inside it do not change). The results are
 * never changed in place: a moved workload gets moved copies, so a report handed out earlier
 * stays as it was (evaluate stays pure for its caller).
 */
import { Locator } from '../locations'
import type { Problem, SourceLocation, WorkloadReport } from '../report'
import type { LineIndex, YamlDocument } from '../yaml'
import type { FoundWorkload } from '../workloads/extract'
import type { PreparedWorkload } from './context'

type Key = string | number

/** What one stage call made: its value, its problems, and where its own document's locations are. */
interface Recorded<T> {
  value: T
  /** The problems it added (all inside the workload's own document when `movable`). */
  problems: Problem[]
  /**
   * Where the locations in the workload's own document are inside `value`: the located objects
   * until the value first moves (finding their key paths costs a walk, done only then), then paths.
   */
  paths: Key[][] | ReadonlySet<object>
  /** False when a problem landed outside the workload's document (then it is never moved). */
  movable: boolean
}

interface Entry {
  /** The found workload's identity apart from its object: editor, kind, names, paths. */
  foundKey: string
  /** The line and column of the document's chunk when these results were made. */
  line: number
  column: number
  prepared: Recorded<Omit<PreparedWorkload, 'found'>>
  judged: (Recorded<WorkloadReport> & { worldKey: string }) | null
}

/** The results kept between evaluations: one entry per workload object (weakly held). */
export interface WorkloadMemo {
  entries: WeakMap<object, Entry>
}

export function createWorkloadMemo(): WorkloadMemo {
  return { entries: new WeakMap() }
}

/** A Locator that notes every location and problem it makes inside one document. */
export class RecordingLocator extends Locator {
  private target: YamlDocument | null = null
  private moving: Set<object> | null = null
  private foreign = false

  readonly lineIndex: Record<'pod' | 'policy', LineIndex>

  constructor(lineIndex: Record<'pod' | 'policy', LineIndex>) {
    super(lineIndex)
    this.lineIndex = lineIndex
  }

  override location(...args: Parameters<Locator['location']>): SourceLocation {
    const at = super.location(...args)
    if (this.moving && args[1] === this.target) this.moving.add(at)
    return at
  }

  override problem(...args: Parameters<Locator['problem']>): Problem {
    const p = super.problem(...args)
    if (this.moving) {
      if (args[1] === this.target) this.moving.add(p)
      else this.foreign = true
    }
    return p
  }

  /** Runs `make` noting what it locates in `doc`, and the problems it adds to `problems`. */
  record<T>(doc: YamlDocument, problems: Problem[], make: () => T): Recorded<T> {
    const outer = { target: this.target, moving: this.moving, foreign: this.foreign }
    const moving = new Set<object>()
    this.target = doc
    this.moving = moving
    this.foreign = false
    const before = problems.length
    try {
      const value = make()
      const added = problems.slice(before)
      const movable = !this.foreign && added.every((p) => moving.has(p))
      return { value, problems: added, paths: moving, movable }
    } finally {
      this.target = outer.target
      this.moving = outer.moving
      this.foreign = outer.foreign
    }
  }
}

const foundKey = (f: FoundWorkload) =>
  JSON.stringify([f.editor, f.kind, f.name, f.namespace, f.at, f.templatePath])

/** The key paths to the objects of `targets` inside `value` (the pods a report carries skipped). */
function pathsTo(value: unknown, targets: ReadonlySet<object>): Key[][] {
  const out: Key[][] = []
  if (targets.size === 0) return out
  const path: Key[] = []
  const seen = new Set<object>()
  const walk = (v: unknown) => {
    if (typeof v !== 'object' || v === null) return
    if (targets.has(v)) {
      out.push([...path])
      return
    }
    if (seen.has(v)) return
    seen.add(v)
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(i)
        walk(v[i])
        path.pop()
      }
      return
    }
    for (const [k, x] of Object.entries(v)) {
      // a pod in a report (PodSecurityPolicy's admitted pod) holds no locations
      if (k === 'pod' && !targets.has(x as object)) continue
      path.push(k)
      walk(x)
      path.pop()
    }
  }
  walk(value)
  return out
}

const movedLocation = <L extends { line: number; endLine?: number }>(at: L, delta: number): L => {
  const copy = { ...at, line: at.line + delta }
  if (typeof at.endLine === 'number') copy.endLine = at.endLine + delta
  return copy
}

const shallow = (v: object): Record<Key, unknown> =>
  (Array.isArray(v) ? [...v] : { ...v }) as Record<Key, unknown>

/**
 * A copy of `r` with every recorded location and problem moved by `delta` lines; only the objects
 * on the way to a location are copied. `report`: the value is a WorkloadReport (its `line` moves).
 */
function moved<T>(r: Recorded<T>, delta: number, report: boolean): Recorded<T> {
  let value = r.value
  let paths = r.paths
  if (report) {
    const root = shallow(r.value as object)
    root.line = (root.line as number) + delta
    const copies = new Map<unknown, Record<Key, unknown>>([[r.value, root]])
    paths = Array.isArray(r.paths) ? r.paths : pathsTo(r.value, r.paths)
    for (const path of paths) {
      let from = r.value as Record<Key, unknown>
      let to = root
      path.forEach((key, i) => {
        const child = from[key] as Record<Key, unknown>
        let copy = copies.get(child)
        if (!copy) {
          copy = i === path.length - 1 ? movedLocation(child as never, delta) : shallow(child)
          copies.set(child, copy)
        }
        Object.defineProperty(to, key, { value: copy, enumerable: true, writable: true })
        from = child
        to = copy
      })
    }
    value = root as T
  }
  return { ...r, value, paths, problems: r.problems.map((p) => movedLocation(p, delta)) }
}

/**
 * The memo of one evaluation: `prepare` and `judge` give a workload's results, made or reused.
 * `problems` is the evaluation's list: reused problems are added to it as a fresh run would.
 */
export function memoRun(memo: WorkloadMemo, locator: RecordingLocator, problems: Problem[]) {
  const where = (w: FoundWorkload) => locator.lineIndex[w.editor].at(w.doc.base)
  /** The entry for `w`, moved to where its document stands now (null: none, or it cannot move). */
  const current = (w: FoundWorkload): Entry | null => {
    const e = memo.entries.get(w.object)
    if (!e || e.foundKey !== foundKey(w)) return null
    const at = where(w)
    if (at.column !== e.column) return null
    const delta = at.line - e.line
    if (delta === 0) return e
    if (!e.prepared.movable || (e.judged && !e.judged.movable)) return null
    const next: Entry = {
      ...e,
      line: at.line,
      prepared: moved(e.prepared, delta, false),
      judged: e.judged && { ...moved(e.judged, delta, true), worldKey: e.judged.worldKey },
    }
    memo.entries.set(w.object, next)
    return next
  }
  return {
    prepare(w: FoundWorkload, make: () => PreparedWorkload): PreparedWorkload {
      const e = current(w)
      if (e) {
        problems.push(...e.prepared.problems)
        return { ...e.prepared.value, found: w }
      }
      const r = locator.record(w.doc, problems, make)
      const { found: _found, ...value } = r.value
      const at = where(w)
      memo.entries.set(w.object, {
        foundKey: foundKey(w),
        line: at.line,
        column: at.column,
        prepared: { ...r, value },
        judged: null,
      })
      return r.value
    },
    judge(w: PreparedWorkload, worldKey: string, make: () => WorkloadReport): WorkloadReport {
      const e = current(w.found)
      if (e?.judged && e.judged.worldKey === worldKey) {
        problems.push(...e.judged.problems)
        return e.judged.value
      }
      const r = locator.record(w.found.doc, problems, make)
      if (e) e.judged = { ...r, worldKey }
      return r.value
    },
  }
}

const ids = new WeakMap<object, number>()
let nextId = 1

/** A number standing for one object's identity (for memo keys). */
export function identity(o: object): number {
  let id = ids.get(o)
  if (id === undefined) {
    id = nextId++
    ids.set(o, id)
  }
  return id
}
