/**
 * The engine's web worker: one message in, one message out. Engine errors come back as `failure`
 * data; nothing throws out of here.
 */
import * as engine from '../engine'
import type { EngineInput } from '../engine/report'
import type { ConnectionQuery, NetworkExplanation, WorkerRequest, WorkerResponse } from './protocol'

type Explain = (
  input: EngineInput,
  from: string,
  to: string,
  port: number,
  protocol: string,
) => NetworkExplanation | null

/** The engine's on-demand network explanation, when this build of the engine has one. */
const explainName = 'explainConnection'
const explain = (engine as Record<string, unknown>)[explainName] as Explain | undefined

function explainOne(input: EngineInput, q: ConnectionQuery): NetworkExplanation | null {
  return explain ? explain(input, q.from, q.to, q.port, q.protocol) : null
}

const ctx = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null
  postMessage(message: WorkerResponse): void
}

function handle(request: WorkerRequest): WorkerResponse {
  switch (request.type) {
    case 'evaluate': {
      const start = performance.now()
      const report = engine.evaluate(request.input)
      const elapsedMs = performance.now() - start
      const response: WorkerResponse = { type: 'result', id: request.id, report, elapsedMs }
      if (request.markdown) response.markdown = engine.formatMarkdown(report)
      return response
    }
    case 'explain': {
      const explanation = explainOne(request.input, request.query)
      return explain
        ? { type: 'explanation', id: request.id, explanation }
        : { type: 'explanation', id: request.id, explanation: null, unsupported: true }
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
