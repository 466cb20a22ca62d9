/**
 * The typed messages between the app and the engine worker. Plain, structured-clone-safe data;
 * types only (nothing here runs).
 */
import type { EngineInput, Report } from '../engine/report'

export const PROTOCOL_VERSION = 1

/** Evaluate both editors' texts; `markdown` asks for the Markdown summary as well. */
export interface EvaluateRequest {
  type: 'evaluate'
  id: number
  input: EngineInput
  markdown?: boolean
}

export type WorkerRequest = EvaluateRequest

export interface ResultResponse {
  type: 'result'
  id: number
  report: Report
  /** Time the engine took inside the worker, in milliseconds. */
  elapsedMs: number
  /** The Markdown summary, when the request asked for it. */
  markdown?: string
}

export interface FailureResponse {
  type: 'failure'
  id: number
  message: string
}

export type WorkerResponse = ResultResponse | FailureResponse

export function isWorkerResponse(data: unknown): data is WorkerResponse {
  if (typeof data !== 'object' || data === null) return false
  const d = data as { type?: unknown; id?: unknown }
  return (d.type === 'result' || d.type === 'failure') && typeof d.id === 'number'
}
