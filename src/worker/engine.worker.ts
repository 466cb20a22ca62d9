/**
 * The engine's web worker: one message in, one message out. It keeps the last report and answers
 * with what changed of the view (worker/view.ts), never the whole report. Engine errors come back
 * as `failure` data; nothing throws out of here.
 */
import { evaluate, explainConnection, formatMarkdown } from '../engine'
import { createWorkloadMemo } from '../engine/stages/memo'
import type { NetworkExplanation, WorkerRequest, WorkerResponse } from './protocol'
import { createViewSession, DEFAULT_VIEW } from './view'

const ctx = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null
  postMessage(message: WorkerResponse): void
}

const session = createViewSession()
/** Workloads whose document and world did not change are not judged again (issue 10). */
const memo = createWorkloadMemo()

function handle(request: WorkerRequest): WorkerResponse {
  switch (request.type) {
    case 'evaluate': {
      const start = performance.now()
      const report = evaluate(request.input, { memo })
      const elapsedMs = performance.now() - start
      const delta = session.report(report, request.view ?? DEFAULT_VIEW)
      const response: WorkerResponse = { type: 'result', id: request.id, delta, elapsedMs }
      if (request.markdown) response.markdown = formatMarkdown(report)
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
  let response: WorkerResponse
  try {
    response = handle(request)
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    response = { type: 'failure', id: request?.id ?? -1, message }
  }
  ctx.postMessage(response)
}
