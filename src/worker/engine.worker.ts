/**
 * The engine's web worker: one message in, one message out. It keeps the last report and answers
 * with what changed of the view (worker/view.ts), never the whole report; quick fixes, least
 * privilege and schema help are answered on demand (worker/assist.ts). Engine errors come back as
 * `failure` data; nothing throws out of here.
 */
import { evaluate, explainConnection } from '../engine'
import { createWorkloadMemo } from '../engine/stages/memo'
import { createReportCache, fixAll, fixesOf, leastPrivilegeOf, schemaAnswer } from './assist'
import { createCompareSession } from './compare'
import type { NetworkExplanation, WorkerRequest, WorkerResponse } from './protocol'
import { goalStatus } from './goal'
import { createViewSession, DEFAULT_VIEW } from './view'

const ctx = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null
  postMessage(message: WorkerResponse): void
}

const session = createViewSession(goalStatus)
/** Workloads whose document and world did not change are not judged again (issue 10). */
const memo = createWorkloadMemo()
const reports = createReportCache((input) => evaluate(input, { memo }))
/** Compare mode: the before side, judged again only when its input changes (worker/compare.ts). */
const comparison = createCompareSession()

async function handle(request: WorkerRequest): Promise<WorkerResponse> {
  switch (request.type) {
    case 'evaluate': {
      const start = performance.now()
      const report = evaluate(request.input, { memo })
      const compared = comparison.compare(request.input, request.before, report)
      const elapsedMs = performance.now() - start
      reports.remember(request.input, report)
      const delta = session.report(report, request.view ?? DEFAULT_VIEW)
      const response: WorkerResponse = { type: 'result', id: request.id, delta, elapsedMs }
      if (compared.view !== undefined) response.compare = compared.view
      if (request.markdown) response.markdown = compared.markdown()
      return response
    }
    case 'view':
      return { type: 'view', id: request.id, delta: session.view(request.view) }
    case 'explain': {
      const q = request.query
      const explanation: NetworkExplanation | null = explainConnection(
        request.input,
        q.from,
        q.to,
        q.port,
        q.protocol,
      )
      return { type: 'explanation', id: request.id, explanation }
    }
    case 'fixes':
      return {
        type: 'fixes',
        id: request.id,
        fixes: fixesOf(request.input, reports.reportFor(request.input)),
      }
    case 'fixAll':
      return {
        type: 'fixAll',
        id: request.id,
        result: fixAll(request.input.pod, request.level, request.version),
      }
    case 'leastPrivilege':
      return {
        type: 'leastPrivilege',
        id: request.id,
        result: leastPrivilegeOf(request.input, reports.reportFor(request.input), request.key),
      }
    case 'schema':
      return { type: 'schema', id: request.id, ...(await schemaAnswer(request.query)) }
    default:
      return {
        type: 'failure',
        id: (request as { id?: number }).id ?? -1,
        message: 'unknown request',
      }
  }
}

ctx.onmessage = (e) => {
  const request = e.data
  const fail = (err: unknown): WorkerResponse => ({
    type: 'failure',
    id: request?.id ?? -1,
    message: err instanceof Error ? err.message : String(err),
  })
  let answer: Promise<WorkerResponse>
  try {
    answer = handle(request)
  } catch (err) {
    answer = Promise.reject(err)
  }
  void answer.then(
    (response) => ctx.postMessage(response),
    (err: unknown) => {
      // the comparison this request computed did not reach the main thread
      comparison.forget()
      ctx.postMessage(fail(err))
    },
  )
}
