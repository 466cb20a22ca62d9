/**
 * The typed messages between the app and the engine worker. Plain, structured-clone-safe data;
 * types only (nothing here runs).
 */
import type { EngineInput, Report } from '../engine/report'
import type { ViewDelta, ViewRequest } from './view'

export const PROTOCOL_VERSION = 2

/**
 * Evaluate both editors' texts; the reply carries what changed of the view (`view` says what the
 * panel shows). `markdown` asks for the Markdown summary as well.
 */
export interface EvaluateRequest {
  type: 'evaluate'
  id: number
  input: EngineInput
  view?: ViewRequest
  markdown?: boolean
}

/** The panel shows other parts of the last report (a card opened, more problems). */
export interface ViewChangeRequest {
  type: 'view'
  id: number
  view: ViewRequest
}

/** One connection of the network matrix, to explain on demand. */
export interface ConnectionQuery {
  from: string
  to: string
  port: number
  protocol: string
}

/** Explain one connection (NetworkPolicy) for the same input, without a whole evaluation. */
export interface ExplainRequest {
  type: 'explain'
  id: number
  input: EngineInput
  query: ConnectionQuery
}

export type WorkerRequest = EvaluateRequest | ViewChangeRequest | ExplainRequest

export interface ResultResponse {
  type: 'result'
  id: number
  /** What changed of the view since the worker's last reply (the engine worker sends this). */
  delta?: ViewDelta
  /** A whole report instead of a delta (accepted too: the main thread builds the view). */
  report?: Report
  /** Time the engine took inside the worker, in milliseconds. */
  elapsedMs: number
  /** The Markdown summary, when the request asked for it. */
  markdown?: string
}

export interface ViewResponse {
  type: 'view'
  id: number
  /** Null before the first evaluation. */
  delta: ViewDelta | null
}

export interface FailureResponse {
  type: 'failure'
  id: number
  message: string
}

export interface ExplanationResponse {
  type: 'explanation'
  id: number
  /** The engine's explanation, or null when either pod is unknown. */
  explanation: NetworkExplanation | null
}

export type WorkerResponse = ResultResponse | ViewResponse | FailureResponse | ExplanationResponse

/** The engine's on-demand explanation of one connection (engine/netpol `Explanation`). */
export interface NetworkExplanation {
  allowed: boolean
  /** The whole story in a few sentences; `backticks` mark names and fields. */
  text: string
  egress: NetworkSideExplanation
  ingress: NetworkSideExplanation
  notes?: string[]
}

export interface NetworkSideExplanation {
  direction: 'egress' | 'ingress'
  subject: string
  isolated: boolean
  isolatedBy: string[]
  allowed: boolean
  allowedBy: { policy: string; rule: number }[]
  rules: {
    policy: string
    rule: number
    path: string
    matched: boolean
    peer: string
    port: string
  }[]
  text: string
}

const RESPONSE_TYPES = new Set(['result', 'view', 'failure', 'explanation'])

export function isWorkerResponse(data: unknown): data is WorkerResponse {
  if (typeof data !== 'object' || data === null) return false
  const d = data as { type?: unknown; id?: unknown }
  return RESPONSE_TYPES.has(d.type as string) && typeof d.id === 'number'
}
