import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Report } from '../engine/report'
import { createWorkerClient, type EvaluateOutcome, TOOK_TOO_LONG, type WorkerLike } from './client'
import type { EvaluateRequest, WorkerRequest } from './protocol'
import { DEFAULT_VIEW } from './view'

/** A report told apart by its number of problems (the view counts them). */
const report = (n: number): Report => ({
  version: 1,
  problems: Array.from({ length: n }, (_, i) => ({
    editor: 'pod' as const,
    line: i + 1,
    column: 1,
    severity: 'info' as const,
    code: 'n',
    message: String(i),
  })),
  workloads: [],
  network: null,
})

class FakeWorker implements WorkerLike {
  sent: WorkerRequest[] = []
  terminated = false
  onmessage: WorkerLike['onmessage'] = null
  onerror: WorkerLike['onerror'] = null
  postMessage(message: WorkerRequest) {
    this.sent.push(message)
  }
  terminate() {
    this.terminated = true
  }
  reply(id: number, n = id) {
    this.onmessage?.({ data: { type: 'result', id, report: report(n), elapsedMs: 1 } })
  }
}

function setup(timeoutMs = 3000, startupMs = 0) {
  const workers: FakeWorker[] = []
  const client = createWorkerClient(
    () => {
      const w = new FakeWorker()
      workers.push(w)
      return w
    },
    { timeoutMs, startupMs },
  )
  return { client, workers }
}

const input = (pod: string) => ({ pod, policy: '' })

describe('createWorkerClient', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('sends a numbered evaluate request and resolves with the reply', async () => {
    const { client, workers } = setup()
    const p = client.evaluate(input('a'))
    expect(workers).toHaveLength(1)
    const w = workers[0]!
    expect(w.sent).toEqual([
      { type: 'evaluate', id: 1, input: input('a'), view: DEFAULT_VIEW, markdown: false },
    ])
    w.reply(1)
    await expect(p).resolves.toMatchObject({
      status: 'ok',
      elapsedMs: 1,
      view: { problemCount: 1 },
    })
  })

  it('latest wins: an older pending call is superseded and only the newest is sent next', async () => {
    const { client, workers } = setup()
    const p1 = client.evaluate(input('1'))
    const p2 = client.evaluate(input('2'))
    const p3 = client.evaluate(input('3'))
    await expect(p1).resolves.toEqual({ status: 'superseded' })
    await expect(p2).resolves.toEqual({ status: 'superseded' })
    const w = workers[0]!
    // one in flight; request 2 never goes to the worker
    expect(w.sent.map((r) => r.id)).toEqual([1])
    w.reply(1)
    expect(w.sent.map((r) => r.id)).toEqual([1, 3])
    w.reply(3)
    await expect(p3).resolves.toMatchObject({ status: 'ok', view: { problemCount: 3 } })
  })

  it('drops stale and malformed replies', async () => {
    const { client, workers } = setup()
    const p = client.evaluate(input('a'))
    const w = workers[0]!
    w.reply(99)
    w.onmessage?.({ data: { nonsense: true } })
    w.onmessage?.({ data: null })
    let settled: EvaluateOutcome | null = null
    void p.then((o) => {
      settled = o
    })
    await Promise.resolve()
    expect(settled).toBeNull()
    w.reply(1, 7)
    await expect(p).resolves.toMatchObject({ status: 'ok', view: { problemCount: 7 } })
  })

  it('passes failures through as data', async () => {
    const { client, workers } = setup()
    const p = client.evaluate(input('a'))
    workers[0]!.onmessage?.({ data: { type: 'failure', id: 1, message: 'boom' } })
    await expect(p).resolves.toEqual({ status: 'failed', message: 'boom' })
  })

  it('restarts a runaway worker, reports it, and the next edit works again', async () => {
    const { client, workers } = setup(3000)
    const p = client.evaluate(input('bomb'))
    vi.advanceTimersByTime(2999)
    expect(workers[0]!.terminated).toBe(false)
    vi.advanceTimersByTime(1)
    await expect(p).resolves.toEqual({ status: 'failed', message: TOOK_TOO_LONG })
    expect(workers[0]!.terminated).toBe(true)
    const next = client.evaluate(input('fine'))
    expect(workers).toHaveLength(2)
    const w2 = workers[1]!
    expect(w2.sent).toHaveLength(1)
    // a late reply from the dead worker is ignored
    workers[0]!.reply(1)
    w2.reply(w2.sent[0]!.id, 42)
    await expect(next).resolves.toMatchObject({ status: 'ok', view: { problemCount: 42 } })
  })

  it('when the stuck request was superseded, the newest one is resent to the new worker', async () => {
    const { client, workers } = setup(3000)
    const p1 = client.evaluate(input('bomb'))
    const p2 = client.evaluate(input('fine'))
    await expect(p1).resolves.toEqual({ status: 'superseded' })
    vi.advanceTimersByTime(3000)
    expect(workers).toHaveLength(2)
    const w2 = workers[1]!
    expect(w2.sent.map((r) => (r as EvaluateRequest).input.pod)).toEqual(['fine'])
    w2.reply(w2.sent[0]!.id, 5)
    await expect(p2).resolves.toMatchObject({ status: 'ok', view: { problemCount: 5 } })
  })

  it("gives a new worker's first request time to load the script as well", async () => {
    const { client, workers } = setup(3000, 10_000)
    const first = client.evaluate(input('a'))
    vi.advanceTimersByTime(12_999)
    expect(workers[0]!.terminated).toBe(false)
    workers[0]!.reply(1)
    await expect(first).resolves.toMatchObject({ status: 'ok' })
    // the worker is up: the next request has the plain limit
    const second = client.evaluate(input('b'))
    vi.advanceTimersByTime(3000)
    await expect(second).resolves.toEqual({ status: 'failed', message: TOOK_TOO_LONG })
    expect(workers[0]!.terminated).toBe(true)
  })

  it('gives large inputs proportionally more time before calling them runaway', async () => {
    const { client, workers } = setup(3000)
    const p = client.evaluate({ pod: 'x'.repeat(2_000_000), policy: '' })
    vi.advanceTimersByTime(4999)
    expect(workers[0]!.terminated).toBe(false)
    vi.advanceTimersByTime(1)
    await expect(p).resolves.toEqual({ status: 'failed', message: TOOK_TOO_LONG })
  })

  it('a worker error becomes a failure and a fresh worker serves the next call', async () => {
    const { client, workers } = setup()
    const p = client.evaluate(input('a'))
    workers[0]!.onerror?.({ message: 'script failed' })
    await expect(p).resolves.toEqual({
      status: 'failed',
      message: 'the engine worker failed: script failed',
    })
    const next = client.evaluate(input('b'))
    expect(workers).toHaveLength(2)
    workers[1]!.reply(workers[1]!.sent[0]!.id, 3)
    await expect(next).resolves.toMatchObject({ status: 'ok' })
  })

  it('asks for Markdown when requested and returns it', async () => {
    const { client, workers } = setup()
    const p = client.evaluate(input('a'), { markdown: true })
    const w = workers[0]!
    expect(w.sent[0]).toMatchObject({ type: 'evaluate', markdown: true })
    w.onmessage?.({
      data: { type: 'result', id: 1, report: report(1), elapsedMs: 2, markdown: '## x' },
    })
    await expect(p).resolves.toMatchObject({ status: 'ok', markdown: '## x' })
  })

  it('explains on demand: evaluations go first, and a newer explain supersedes an older one', async () => {
    const { client, workers } = setup()
    const e1 = client.evaluate(input('a'))
    const q = { from: 'x/a', to: 'y/b', port: 80, protocol: 'TCP' }
    const x1 = client.explain(input('a'), q)
    const x2 = client.explain(input('a'), { ...q, to: 'z/c' })
    await expect(x1).resolves.toEqual({ status: 'superseded' })
    const e2 = client.evaluate(input('b'))
    await expect(e1).resolves.toEqual({ status: 'superseded' })
    const w = workers[0]!
    w.reply(1)
    // the newest evaluation is sent before the waiting explanation
    expect(w.sent.map((r) => [r.type, r.id])).toEqual([
      ['evaluate', 1],
      ['evaluate', 4],
    ])
    w.reply(4)
    await expect(e2).resolves.toMatchObject({ status: 'ok' })
    expect(w.sent.at(-1)).toMatchObject({ type: 'explain', id: 3, query: { to: 'z/c' } })
    const explanation = { allowed: true, text: 'Allowed: …' }
    w.onmessage?.({ data: { type: 'explanation', id: 3, explanation } })
    await expect(x2).resolves.toEqual({ status: 'ok', explanation })
  })

  it('dispose terminates the worker and settles the pending call', async () => {
    const { client, workers } = setup()
    const p = client.evaluate(input('a'))
    client.dispose()
    expect(workers[0]!.terminated).toBe(true)
    await expect(p).resolves.toMatchObject({ status: 'failed' })
    await expect(client.evaluate(input('b'))).resolves.toMatchObject({ status: 'failed' })
  })

  it('compare mode: sends the before text, keeps the comparison until the worker sends another', async () => {
    const { client, workers } = setup()
    const p1 = client.evaluate(input('a'), { before: 'b' })
    const w = workers[0]!
    expect(w.sent[0]).toMatchObject({ type: 'evaluate', id: 1, before: 'b' })
    const compare = { changes: [], beforeErrors: 0, afterErrors: 0 }
    w.onmessage?.({ data: { type: 'result', id: 1, report: report(1), elapsedMs: 1, compare } })
    await expect(p1).resolves.toMatchObject({ status: 'ok', compare })
    // absent in the reply: unchanged, the same object
    const p2 = client.evaluate(input('c'), { before: 'b' })
    w.reply(2)
    const o2 = await p2
    expect(o2.status === 'ok' && o2.compare).toBe(compare)
    // comparing stops: the request has no before text, the worker says null
    const p3 = client.evaluate(input('c'))
    expect('before' in w.sent[2]!).toBe(false)
    w.onmessage?.({
      data: { type: 'result', id: 3, report: report(3), elapsedMs: 1, compare: null },
    })
    await expect(p3).resolves.toMatchObject({ status: 'ok', compare: null })
  })

  it('compare mode: a restarted worker starts without the old comparison', async () => {
    const { client, workers } = setup(100)
    const p1 = client.evaluate(input('a'), { before: 'b' })
    const compare = { changes: [], beforeErrors: 0, afterErrors: 0 }
    workers[0]!.onmessage?.({
      data: { type: 'result', id: 1, report: report(1), elapsedMs: 1, compare },
    })
    await p1
    const stuck = client.evaluate(input('a'), { before: 'b' })
    vi.advanceTimersByTime(200)
    await expect(stuck).resolves.toEqual({ status: 'failed', message: TOOK_TOO_LONG })
    const p3 = client.evaluate(input('a'), { before: 'b' })
    workers[1]!.reply(3)
    await expect(p3).resolves.toMatchObject({ status: 'ok', compare: null })
  })
})

describe('createWorkerClient on-demand requests', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())
  const FIXES = {
    fixes: [],
    decisions: [{ key: 'k', check: 'c', violationPaths: [], decide: 'd' }],
  }
  const query = (mode: 'complete' | 'hover') => ({
    mode,
    editor: 'pod' as const,
    text: 'kind: Pod\n',
    line: 2,
    column: 1,
  })

  it('the latest quick-fix request wins; its answer comes back as data', async () => {
    const { client, workers } = setup()
    const first = client.fixes(input('a'))
    const second = client.fixes(input('b'))
    await expect(first).resolves.toEqual({ status: 'superseded' })
    const w = workers[0]!
    w.onmessage?.({
      data: { type: 'fixes', id: w.sent[0]!.id, fixes: { fixes: [], decisions: [] } },
    })
    expect(w.sent[1]).toMatchObject({ type: 'fixes', input: { pod: 'b' } })
    w.onmessage?.({ data: { type: 'fixes', id: w.sent[1]!.id, fixes: FIXES } })
    await expect(second).resolves.toEqual({ status: 'ok', fixes: FIXES })
  })

  it('completion and hover do not supersede each other; a failure is data', async () => {
    const { client, workers } = setup()
    const complete = client.schema(query('complete'))
    const hover = client.schema(query('hover'))
    const w = workers[0]!
    w.onmessage?.({
      data: { type: 'schema', id: w.sent[0]!.id, completions: [], hover: null },
    })
    await expect(complete).resolves.toEqual({ status: 'ok', completions: [], hover: null })
    expect(w.sent[1]).toMatchObject({ type: 'schema', query: { mode: 'hover' } })
    w.onmessage?.({ data: { type: 'failure', id: w.sent[1]!.id, message: 'boom' } })
    await expect(hover).resolves.toEqual({ status: 'failed', message: 'boom' })
  })

  it('an evaluation goes before a waiting fix-all and least-privilege request', async () => {
    const { client, workers } = setup()
    void client.leastPrivilege(input('a'), 'key')
    void client.fixAll(input('a'), 'restricted', 'latest')
    const evaluated = client.evaluate(input('a'))
    const w = workers[0]!
    // the least-privilege request went first (the worker was free); the evaluation is next
    w.onmessage?.({ data: { type: 'leastPrivilege', id: w.sent[0]!.id, result: null } })
    expect(w.sent[1]).toMatchObject({ type: 'evaluate' })
    w.reply(w.sent[1]!.id, 0)
    await expect(evaluated).resolves.toMatchObject({ status: 'ok' })
    expect(w.sent[2]).toMatchObject({ type: 'fixAll', level: 'restricted' })
  })
})
