/**
 * EngineClient over a web worker: numbered requests, at most one in flight, the latest request wins
 * (older pending calls settle as `superseded`, stale replies are dropped), and a watchdog that
 * restarts a worker stuck on one evaluation and reports it as data. The worker sends what changed
 * of the view; every reply of the current worker is applied to the client's copy of the view, so
 * a superseded evaluation's delta still counts.
 */
import type { FixAllResult } from '../engine/fix'
import type { EngineInput, Level } from '../engine/report'
import type { CompareView } from './compare'
import {
  type ConnectionQuery,
  type FailureResponse,
  type FixesView,
  isWorkerResponse,
  type LeastPrivilegeView,
  type NetworkExplanation,
  type SchemaCompletion,
  type SchemaHover,
  type SchemaQuery,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol'
import { applyDelta, DEFAULT_VIEW, type ReportView, type ViewRequest, viewOf } from './view'

export type EvaluateOutcome =
  | {
      status: 'ok'
      view: ReportView
      elapsedMs: number
      markdown?: string
      /** Compare mode: what the change does (null when not comparing); same identity when unchanged. */
      compare: CompareView | null
    }
  | { status: 'failed'; message: string }
  | { status: 'superseded' }

export type ViewOutcome =
  | { status: 'ok'; view: ReportView | null }
  | { status: 'failed'; message: string }
  | { status: 'superseded' }

export type ExplainOutcome =
  | { status: 'ok'; explanation: NetworkExplanation | null }
  | { status: 'failed'; message: string }
  | { status: 'superseded' }

/** The answer of an on-demand request (quick fixes, least privilege, schema help). */
export type Outcome<T> =
  | ({ status: 'ok' } & T)
  | { status: 'failed'; message: string }
  | { status: 'superseded' }

export type FixesOutcome = Outcome<{ fixes: FixesView }>
export type FixAllOutcome = Outcome<{ result: FixAllResult }>
export type LeastPrivilegeOutcome = Outcome<{ result: LeastPrivilegeView | null }>
export type SchemaOutcome = Outcome<{ completions: SchemaCompletion[]; hover: SchemaHover | null }>

export interface EvaluateOptions {
  /** Also return the Markdown summary of the report. */
  markdown?: boolean
  /** What the panel shows (open cards, problems); DEFAULT_VIEW when absent. */
  view?: ViewRequest
  /** Compare mode: the pod editor's text before the change (worker/compare.ts). */
  before?: string
}

export interface EngineClient {
  /** Evaluate; a newer call settles this one with `superseded`. Never rejects. */
  evaluate(input: EngineInput, options?: EvaluateOptions): Promise<EvaluateOutcome>
  /** Show other parts of the last report (no evaluation); a newer call supersedes. Never rejects. */
  view(view: ViewRequest): Promise<ViewOutcome>
  /** Explain one network connection; a newer explain call supersedes this one. Never rejects. */
  explain(input: EngineInput, query: ConnectionQuery): Promise<ExplainOutcome>
  /** The quick fixes of the pod editor's violations; a newer call supersedes. Never rejects. */
  fixes(input: EngineInput): Promise<FixesOutcome>
  /** Every safe fix applied for a level ("Make it meet"); a newer call supersedes. */
  fixAll(input: EngineInput, level: Level, version: string): Promise<FixAllOutcome>
  /** Least privilege for one workload (row key); a newer call supersedes. Never rejects. */
  leastPrivilege(input: EngineInput, key: string): Promise<LeastPrivilegeOutcome>
  /** Completion or hover help at a position; a newer call supersedes. Never rejects. */
  schema(query: SchemaQuery): Promise<SchemaOutcome>
  dispose(): void
}

/** The part of `Worker` the client uses (a fake one in unit tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void
  terminate(): void
  onmessage: ((event: { data: unknown }) => void) | null
  onerror: ((event: { message?: string; preventDefault?: () => void }) => void) | null
}

export const TOOK_TOO_LONG = 'evaluation stopped: took too long'

type Kind =
  | 'evaluate'
  | 'view'
  | 'explain'
  | 'fixes'
  | 'fixAll'
  | 'leastPrivilege'
  | 'complete'
  | 'hover'

interface Pending {
  id: number
  kind: Kind
  request: WorkerRequest
  input: (EngineInput & { before?: string }) | null
  resolve: (response: WorkerResponse | { type: 'superseded' } | FailureResponse) => void
}

export interface WorkerClientOptions {
  /** How long one evaluation of a small input may run before the worker is restarted (3000 ms). */
  timeoutMs?: number
  /** Extra time per 1,000 characters of input, so a 5 MB paste is not mistaken for a hang (1 ms). */
  extraMsPerKChars?: number
  /**
   * Extra time for the first request a new worker gets, which includes loading and compiling the
   * worker's script (10,000 ms): on a busy machine that alone can pass `timeoutMs`, and the first
   * verdict would then fail although nothing runs away.
   */
  startupMs?: number
}

/** Which waiting request goes first when the worker is free: what the user waits for first. */
const ORDER: readonly Kind[] = [
  'evaluate',
  'view',
  'complete',
  'hover',
  'fixAll',
  'fixes',
  'explain',
  'leastPrivilege',
]

export function createWorkerClient(
  createWorker: () => WorkerLike,
  options: WorkerClientOptions = {},
): EngineClient {
  const timeoutMs = options.timeoutMs ?? 3000
  const extraMsPerKChars = options.extraMsPerKChars ?? 1
  const startupMs = options.startupMs ?? 10_000
  const limitFor = (input: Pending['input']) => {
    const chars =
      (input?.pod?.length ?? 0) + (input?.policy?.length ?? 0) + (input?.before?.length ?? 0)
    return timeoutMs + Math.floor(chars / 1000) * extraMsPerKChars
  }
  let worker: WorkerLike | null = null
  let nextId = 1
  /** The newest unsettled request of each kind (latest wins within a kind). */
  const latest: Record<Kind, Pending | null> = {
    evaluate: null,
    view: null,
    explain: null,
    fixes: null,
    fixAll: null,
    leastPrivilege: null,
    complete: null,
    hover: null,
  }
  /** The view as the current worker's replies built it (null until its first result). */
  let view: ReportView | null = null
  /** Compare mode: what the change does, as the current worker's replies built it. */
  let compare: CompareView | null = null
  /** What each request in the worker asked to see (a whole-report reply is cut to it here). */
  const asked = new Map<number, ViewRequest>()
  /** At most one request is in the worker at a time. */
  let inFlight: { id: number; timer: ReturnType<typeof setTimeout> } | null = null
  let disposed = false

  const settle = (kind: Kind, response: Parameters<Pending['resolve']>[0]) => {
    const p = latest[kind]
    latest[kind] = null
    p?.resolve(response)
  }

  const failAll = (message: string) => {
    for (const kind of ORDER) settle(kind, { type: 'failure', id: -1, message })
  }

  const restart = () => {
    worker?.terminate()
    worker = null
    view = null
    compare = null
    if (inFlight) clearTimeout(inFlight.timer)
    const stuck = inFlight?.id
    inFlight = null
    return stuck
  }

  const ensureWorker = (): WorkerLike => {
    if (worker) return worker
    const w = createWorker()
    w.onmessage = (event) => onReply(w, event.data)
    w.onerror = (event) => {
      event.preventDefault?.()
      if (w !== worker) return
      restart()
      failAll(`the engine worker failed: ${event.message ?? 'unknown error'}`)
    }
    worker = w
    return w
  }

  /** Sends the next waiting request (evaluations first) when the worker is free. */
  const pump = () => {
    if (inFlight || disposed) return
    const next = ORDER.map((k) => latest[k]).find((p) => p !== null)
    if (!next) return
    const starting = worker === null
    const w = ensureWorker()
    const limit = limitFor(next.input) + (starting ? startupMs : 0)
    inFlight = { id: next.id, timer: setTimeout(onTimeout, limit) }
    const r = next.request
    if (r.type === 'evaluate' || r.type === 'view') asked.set(r.id, r.view ?? DEFAULT_VIEW)
    w.postMessage(r)
  }

  function onTimeout() {
    const stuck = restart()
    for (const kind of ORDER)
      if (latest[kind]?.id === stuck)
        settle(kind, { type: 'failure', id: -1, message: TOOK_TOO_LONG })
    pump()
  }

  function onReply(from: WorkerLike, data: unknown) {
    if (from !== worker || !isWorkerResponse(data) || !inFlight || data.id !== inFlight.id) return
    clearTimeout(inFlight.timer)
    inFlight = null
    const request = asked.get(data.id) ?? DEFAULT_VIEW
    asked.clear()
    let reply: Parameters<Pending['resolve']>[0] = data
    try {
      if (data.type === 'result' && data.delta) view = applyDelta(view, data.delta)
      else if (data.type === 'result' && data.report) view = viewOf(data.report, request)
      else if (data.type === 'view' && data.delta) view = applyDelta(view, data.delta)
      if (data.type === 'result' && data.compare !== undefined) compare = data.compare
    } catch (err) {
      reply = {
        type: 'failure',
        id: data.id,
        message: err instanceof Error ? err.message : String(err),
      }
    }
    for (const kind of ORDER) if (latest[kind]?.id === data.id) settle(kind, reply)
    pump()
  }

  const enqueue = (kind: Kind, input: Pending['input'], make: (id: number) => WorkerRequest) => {
    settle(kind, { type: 'superseded' })
    return new Promise<Parameters<Pending['resolve']>[0]>((resolve) => {
      const id = nextId++
      latest[kind] = { id, kind, request: make(id), input, resolve }
      pump()
    })
  }

  /** An on-demand request: the reply of the expected type picked apart, anything else as data. */
  const ask = async <T extends WorkerResponse['type'], R extends object>(
    kind: Kind,
    input: EngineInput,
    make: (id: number) => WorkerRequest,
    type: T,
    pick: (reply: Extract<WorkerResponse, { type: T }>) => R,
  ): Promise<Outcome<R>> => {
    if (disposed) return { status: 'failed', message: 'engine client disposed' }
    const r = await enqueue(kind, input, make)
    if (r.type === 'superseded') return { status: 'superseded' }
    if (r.type === 'failure') return { status: 'failed', message: r.message }
    if (r.type !== type) return { status: 'failed', message: 'unexpected reply' }
    return { status: 'ok', ...pick(r as Extract<WorkerResponse, { type: T }>) }
  }

  return {
    async evaluate(input, opts = {}) {
      if (disposed) return { status: 'failed', message: 'engine client disposed' }
      const r = await enqueue('evaluate', { ...input, before: opts.before }, (id) => {
        const request: WorkerRequest = {
          type: 'evaluate',
          id,
          input,
          view: opts.view ?? DEFAULT_VIEW,
          markdown: opts.markdown === true,
        }
        if (opts.before !== undefined) request.before = opts.before
        return request
      })
      if (r.type === 'superseded') return { status: 'superseded' }
      if (r.type === 'failure') return { status: 'failed', message: r.message }
      if (r.type !== 'result' || !view) return { status: 'failed', message: 'unexpected reply' }
      const outcome: EvaluateOutcome = { status: 'ok', view, elapsedMs: r.elapsedMs, compare }
      if (r.markdown !== undefined) outcome.markdown = r.markdown
      return outcome
    },
    async view(request) {
      if (disposed) return { status: 'failed', message: 'engine client disposed' }
      const r = await enqueue('view', null, (id) => ({ type: 'view', id, view: request }))
      if (r.type === 'superseded') return { status: 'superseded' }
      if (r.type === 'failure') return { status: 'failed', message: r.message }
      if (r.type !== 'view') return { status: 'failed', message: 'unexpected reply' }
      return { status: 'ok', view }
    },
    async explain(input, query) {
      if (disposed) return { status: 'failed', message: 'engine client disposed' }
      const r = await enqueue('explain', input, (id) => ({ type: 'explain', id, input, query }))
      if (r.type === 'superseded') return { status: 'superseded' }
      if (r.type === 'failure') return { status: 'failed', message: r.message }
      if (r.type !== 'explanation') return { status: 'failed', message: 'unexpected reply' }
      return { status: 'ok', explanation: r.explanation }
    },
    fixes: (input) =>
      ask(
        'fixes',
        input,
        (id) => ({ type: 'fixes', id, input }),
        'fixes',
        (r) => ({
          fixes: r.fixes,
        }),
      ),
    fixAll: (input, level, version) =>
      ask(
        'fixAll',
        input,
        (id) => ({ type: 'fixAll', id, input, level, version }),
        'fixAll',
        (r) => ({ result: r.result }),
      ),
    leastPrivilege: (input, key) =>
      ask(
        'leastPrivilege',
        input,
        (id) => ({ type: 'leastPrivilege', id, input, key }),
        'leastPrivilege',
        (r) => ({ result: r.result }),
      ),
    schema: (query) =>
      // completion and hover do not supersede each other
      ask(
        query.mode === 'hover' ? 'hover' : 'complete',
        { pod: query.text, policy: '' },
        (id) => ({ type: 'schema', id, query }),
        'schema',
        (r) => ({ completions: r.completions, hover: r.hover }),
      ),
    dispose() {
      disposed = true
      restart()
      failAll('engine client disposed')
    },
  }
}

/** The real thing: the engine worker bundled by Vite. */
export function createEngineWorkerClient(options?: WorkerClientOptions): EngineClient {
  return createWorkerClient(
    () =>
      new Worker(new URL('./engine.worker.ts', import.meta.url), {
        type: 'module',
        name: 'podplay-engine',
      }) as unknown as WorkerLike,
    options,
  )
}
