/**
 * The typed messages between the app and the engine worker. Plain, structured-clone-safe data;
 * types only (nothing here runs).
 */
import type { FixAllResult } from '../engine/fix'
import type { LeastPrivilegePolicy, ReachableLevel } from '../engine/leastPrivilege'
import type { EditorId, EngineInput, Level, Report } from '../engine/report'
import type { CompareView } from './compare'
import type { ViewDelta, ViewRequest } from './view'

export type { AppliedFix, Decision, FixAllResult } from '../engine/fix'
export type { LeastPrivilegePolicy, ReachableLevel } from '../engine/leastPrivilege'

export const PROTOCOL_VERSION = 3

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
  /**
   * Compare mode (issue 11): the pod editor's text before the change, judged against the same
   * policy and settings; the reply carries what the change does (`compare`). Absent: no comparison.
   */
  before?: string
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

/**
 * The safe quick fixes and the decisions left to a person for the pod editor's Pod Security
 * Standards violations, each workload at the level enforced on it (asked for when the panel shows
 * violations, and by the editor's code actions).
 */
export interface FixesRequest {
  type: 'fixes'
  id: number
  input: EngineInput
}

/** "Make it meet <level>": every safe fix applied to the pod editor's text (engine/fix fixAll). */
export interface FixAllRequest {
  type: 'fixAll'
  id: number
  input: EngineInput
  level: Level
  version: string
}

/** Least privilege for one workload of the pod editor (by its row key), on demand. */
export interface LeastPrivilegeRequest {
  type: 'leastPrivilege'
  id: number
  input: EngineInput
  key: string
}

/** Where the cursor or the mouse stands in an editor's text (1-based line and column). */
export interface SchemaQuery {
  /**
   * `complete`: the values of a closed set at the cursor, else the keys valid there; `values`: the
   * values only (completion the editor opened by itself, after `: `, `- `, `[` or `, `); `hover`:
   * the field or the value of a closed set under the mouse.
   */
  mode: 'complete' | 'values' | 'hover'
  editor: EditorId
  text: string
  line: number
  column: number
}

/** Completion or hover documentation for the field at a position, from the API field tree. */
export interface SchemaRequest {
  type: 'schema'
  id: number
  query: SchemaQuery
}

export type WorkerRequest =
  | EvaluateRequest
  | ViewChangeRequest
  | ExplainRequest
  | FixesRequest
  | FixAllRequest
  | LeastPrivilegeRequest
  | SchemaRequest

export interface ResultResponse {
  type: 'result'
  id: number
  /** What changed of the view since the worker's last reply (the engine worker sends this). */
  delta?: ViewDelta
  /** A whole report instead of a delta (accepted too: the main thread builds the view). */
  report?: Report
  /** Time the engine took inside the worker, in milliseconds. */
  elapsedMs: number
  /** The Markdown summary, when the request asked for it (the comparison's, when comparing). */
  markdown?: string
  /**
   * What the change does, when it differs from the last one sent; null when comparing stopped;
   * absent when unchanged.
   */
  compare?: CompareView | null
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

/** One safe fix of one violation, applicable on its own to the text it was computed for. */
export interface FixView {
  /** Row key of the workload (worker/view `rowKeys`). */
  key: string
  check: string
  /** `set spec.containers[0].securityContext.allowPrivilegeEscalation to false`. */
  description: string
  /** 1-based line of the field the fix writes (or where it goes). */
  line: number
  /** The violation's field paths, as its locations in the report write them. */
  violationPaths: string[]
  /** 1-based lines of the violation's markers in the pod editor (code actions match on these). */
  markerLines: number[]
  /** Offsets into the pod editor's text the fixes were computed for. */
  edit: { start: number; end: number; text: string }
}

/** A violation no safe fix removes: what a person must decide. */
export interface DecisionView {
  key: string
  check: string
  violationPaths: string[]
  decide: string
}

export interface FixesView {
  fixes: FixView[]
  decisions: DecisionView[]
}

export interface FixesResponse {
  type: 'fixes'
  id: number
  fixes: FixesView
}

export interface FixAllResponse {
  type: 'fixAll'
  id: number
  result: FixAllResult
}

export interface LeastPrivilegeView {
  /** `Deployment default/web`. */
  workload: string
  /** The strictest generated PodSecurityPolicy admitting the workload unchanged. */
  policy: LeastPrivilegePolicy | null
  /** The highest Pod Security level it reaches with safe fixes (null: none computed). */
  reachable: ReachableLevel | null
  /** The version the levels were judged at. */
  version: string
}

export interface LeastPrivilegeResponse {
  type: 'leastPrivilege'
  id: number
  /** Null when the key names no workload of the pod editor. */
  result: LeastPrivilegeView | null
}

/** One key valid at the cursor, or one value of a closed set the field at the cursor accepts. */
export interface SchemaCompletion {
  /** A key: the field's name; a value: the value (`RuntimeDefault`, `true`, `*`). */
  key: string
  kind: 'key' | 'value'
  /** The field's type as the tree has it: `int64`, `[]Container`, `map[string]string`, `SecurityContext`. */
  type: string
  /** A key: the API documentation of the field; a value: what it does (empty when none). */
  doc: string
  /** The text the completion writes (`key: `, `key:`, `'*'`). */
  insert: string
  /** 1-based column where the text it replaces starts (what was typed of it), on the cursor's line. */
  start: number
}

export interface SchemaHover {
  /** Dotted path of the field, e.g. `spec.containers[].image`. */
  path: string
  key: string
  type: string
  doc: string
  /**
   * The documentation is podplay's own (a PodSecurityPolicy field, which the API no longer
   * documents): shown even where the glossary explains the word too.
   */
  own: boolean
  /** 1-based line and columns of the key (or the value) under the mouse. */
  line: number
  startColumn: number
  endColumn: number
  /**
   * A value of a closed set under the mouse (the rest describes its field): the value and what it
   * does, the text its completion shows.
   */
  value: { value: string; doc: string } | null
}

export interface SchemaResponse {
  type: 'schema'
  id: number
  completions: SchemaCompletion[]
  hover: SchemaHover | null
}

export type WorkerResponse =
  | ResultResponse
  | ViewResponse
  | FailureResponse
  | ExplanationResponse
  | FixesResponse
  | FixAllResponse
  | LeastPrivilegeResponse
  | SchemaResponse

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

const RESPONSE_TYPES = new Set([
  'result',
  'view',
  'failure',
  'explanation',
  'fixes',
  'fixAll',
  'leastPrivilege',
  'schema',
])

export function isWorkerResponse(data: unknown): data is WorkerResponse {
  if (typeof data !== 'object' || data === null) return false
  const d = data as { type?: unknown; id?: unknown }
  return RESPONSE_TYPES.has(d.type as string) && typeof d.id === 'number'
}
