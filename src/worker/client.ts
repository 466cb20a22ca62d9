/**
 * EngineClient over a web worker: numbered requests, at most one in flight, the latest request wins
 * (older pending calls settle as `superseded`, stale replies are dropped), and a watchdog that
 * restarts a worker stuck on one evaluation and reports it as data.
 */
import type { EngineInput, Report } from '../engine/report'
import { isWorkerResponse, type WorkerRequest } from './protocol'

export type EvaluateOutcome =
  | { status: 'ok'; report: Report; elapsedMs: number; markdown?: string }
  | { status: 'failed'; message: string }
  | { status: 'superseded' }

export interface EvaluateOptions {
  /** Also return the Markdown summary of the report. */
  markdown?: boolean
}

export interface EngineClient {
  /** Evaluate; a newer call settles this one with `superseded`. Never rejects. */
  evaluate(input: EngineInput, options?: EvaluateOptions): Promise<EvaluateOutcome>
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

interface Pending {
  id: number
  input: EngineInput
  markdown: boolean
  resolve: (outcome: EvaluateOutcome) => void
}

export interface WorkerClientOptions {
  /** How long one evaluation of a small input may run before the worker is restarted (3000 ms). */
  timeoutMs?: number
  /** Extra time per 1,000 characters of input, so a 5 MB paste is not mistaken for a hang (1 ms). */
  extraMsPerKChars?: number
}

export function createWorkerClient(
  createWorker: () => WorkerLike,
  options: WorkerClientOptions = {},
): EngineClient {
  const timeoutMs = options.timeoutMs ?? 3000
  const extraMsPerKChars = options.extraMsPerKChars ?? 1
  const limitFor = (input: EngineInput) => {
    const chars = (input.pod?.length ?? 0) + (input.policy?.length ?? 0)
    return timeoutMs + Math.floor(chars / 1000) * extraMsPerKChars
  }
  let worker: WorkerLike | null = null
  let nextId = 1
  let latest: Pending | null = null
  let inFlight: { id: number; timer: ReturnType<typeof setTimeout> } | null = null
  let disposed = false

  const settleLatest = (outcome: EvaluateOutcome) => {
    const p = latest
    latest = null
    p?.resolve(outcome)
  }

  const restart = () => {
    worker?.terminate()
    worker = null
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
      settleLatest({
        status: 'failed',
        message: `the engine worker failed: ${event.message ?? 'unknown error'}`,
      })
    }
    worker = w
    return w
  }

  const send = (p: Pending) => {
    const w = ensureWorker()
    const timer = setTimeout(onTimeout, limitFor(p.input))
    inFlight = { id: p.id, timer }
    w.postMessage({ type: 'evaluate', id: p.id, input: p.input, markdown: p.markdown })
  }

  function onTimeout() {
    const stuck = restart()
    if (!latest) return
    if (latest.id === stuck) settleLatest({ status: 'failed', message: TOOK_TOO_LONG })
    else send(latest)
  }

  function onReply(from: WorkerLike, data: unknown) {
    if (from !== worker || !isWorkerResponse(data) || !inFlight || data.id !== inFlight.id) return
    clearTimeout(inFlight.timer)
    inFlight = null
    if (latest && latest.id === data.id) {
      if (data.type === 'result') {
        const outcome: EvaluateOutcome = {
          status: 'ok',
          report: data.report,
          elapsedMs: data.elapsedMs,
        }
        if (data.markdown !== undefined) outcome.markdown = data.markdown
        settleLatest(outcome)
      } else settleLatest({ status: 'failed', message: data.message })
    } else if (latest) send(latest)
  }

  return {
    evaluate(input, opts = {}) {
      if (disposed) return Promise.resolve({ status: 'failed', message: 'engine client disposed' })
      settleLatest({ status: 'superseded' })
      return new Promise<EvaluateOutcome>((resolve) => {
        latest = { id: nextId++, input, markdown: opts.markdown === true, resolve }
        if (!inFlight) send(latest)
      })
    },
    dispose() {
      disposed = true
      restart()
      settleLatest({ status: 'failed', message: 'engine client disposed' })
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
