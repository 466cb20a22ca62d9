/**
 * Reading a large --pod input on two threads (parallel.ts): the chunks it pre-reads are the ones a
 * single thread reads, whatever the worker does; and the built command line prints the same bytes
 * with its worker thread as without.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { Worker } from 'node:worker_threads'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluate } from '../engine'
import { splitChunks } from '../engine/yaml'
import { type ChunkResult, readChunk } from '../engine/yaml/read'
import {
  PARALLEL_MIN_CHARS,
  preread,
  serveTokenizer,
  TOKENIZER,
  type TokenizeReply,
  type TokenizeRequest,
  type TokenizerThread,
} from './parallel'

/** A Deployment per document, with the odd document js-yaml or kubectl rejects. */
function manifest(minChars: number): string {
  const docs: string[] = []
  for (let i = 0, size = 0; size < minChars; i++) {
    let doc = `apiVersion: apps/v1
kind: Deployment
metadata: {name: app-${i}, namespace: team-${i % 7}}
spec:
  selector: {matchLabels: {app: a${i}}}
  template:
    metadata: {labels: {app: a${i}}}
    spec:
      hostPID: ${i % 3 === 0}
      containers:
      - name: c
        image: nginx
        securityContext: {runAsUser: ${i}, capabilities: {add: [NET_ADMIN]}}
        args:
        - "a\\t${i}"
        - 'it''s'
        - |
          block ${i}
`
    if (i % 97 === 50) doc = 'a: [unclosed\n'
    if (i % 101 === 60) doc = '%YAML 1.1\n'
    if (i % 89 === 70) doc = `${doc}...\nignored: text\n`
    docs.push(doc)
    size += doc.length
  }
  return docs.join('---\n')
}

const BIG = manifest(PARALLEL_MIN_CHARS + 50_000)

/** A worker thread played in this thread: serveTokenizer answers on the next turn. */
function fakeThread(options: { fail?: 'error' | 'exit'; drop?: number } = {}): {
  thread: TokenizerThread
  sent: string[][]
} {
  const sent: string[][] = []
  const listeners = new Map<string, (arg?: TokenizeReply) => void>()
  const thread: TokenizerThread = {
    postMessage(request: TokenizeRequest) {
      sent.push(request.texts)
      setTimeout(() => {
        if (options.fail) return listeners.get(options.fail)?.()
        serveTokenizer({
          on: (_, listener) => listener(request),
          postMessage: (reply) => {
            if (options.drop !== undefined) reply.packed[options.drop] = null
            listeners.get('message')?.(reply)
          },
        })
      }, 0)
    },
    once(event: string, listener: (arg?: TokenizeReply) => void) {
      listeners.set(event, listener)
      return thread
    },
    terminate() {},
  } as TokenizerThread
  return { thread, sent }
}

/** A chunk result in a form toEqual compares (positions in document order). */
function snapshot(r: ChunkResult) {
  const positions: unknown[] = []
  const walk = (v: unknown) => {
    if (typeof v !== 'object' || v === null) return
    positions.push(r.positions.get(v))
    for (const child of Object.values(v)) walk(child)
  }
  for (const d of r.docs) walk(d.value)
  return { docs: r.docs, issues: r.issues, positions }
}

describe('preread', () => {
  it('reads every chunk, part of them from the worker, as one thread reads them', async () => {
    const { thread, sent } = fakeThread()
    const cache = new Map<string, ChunkResult>()
    await preread(BIG, cache, () => thread)
    const chunks = splitChunks(BIG)
    expect(sent).toHaveLength(1)
    // the worker gets the last chunks, about half of the text
    expect(sent[0]).toEqual(chunks.slice(chunks.length - sent[0]!.length).map((c) => c.text))
    expect(sent[0]!.join('').length).toBeGreaterThan(BIG.length * 0.4)
    for (const c of chunks)
      expect(snapshot(cache.get(c.text)!)).toEqual(snapshot(readChunk(c.text)))
  })

  it('gives the report a single thread gives', async () => {
    const { thread } = fakeThread()
    const cache = new Map<string, ChunkResult>()
    await preread(BIG, cache, () => thread)
    const options = { maxChars: Number.POSITIVE_INFINITY }
    const withWorker = evaluate(
      { pod: BIG, policy: '' },
      { ...options, caches: { pod: cache, policy: new Map() } },
    )
    const alone = evaluate(
      { pod: BIG, policy: '' },
      { ...options, caches: { pod: new Map(), policy: new Map() } },
    )
    expect(JSON.stringify(withWorker)).toBe(JSON.stringify(alone))
    expect(withWorker.problems.some((p) => p.code === 'yaml-syntax')).toBe(true)
  })

  it.each(['error', 'exit'] as const)(
    'a worker that fails (%s) leaves its chunks to the engine',
    async (fail) => {
      const { thread } = fakeThread({ fail })
      const cache = new Map<string, ChunkResult>()
      await preread(BIG, cache, () => thread)
      const chunks = splitChunks(BIG)
      expect(cache.size).toBeGreaterThan(0)
      expect(cache.size).toBeLessThan(chunks.length)
      for (const [text, r] of cache) expect(snapshot(r)).toEqual(snapshot(readChunk(text)))
    },
  )

  it('a chunk the worker did not tokenize is read whole', async () => {
    const { thread, sent } = fakeThread({ drop: 0 })
    const cache = new Map<string, ChunkResult>()
    await preread(BIG, cache, () => thread)
    const first = sent[0]![0]!
    expect(snapshot(cache.get(first)!)).toEqual(snapshot(readChunk(first)))
  })

  it('a small text, or no worker, starts nothing', async () => {
    let spawned = 0
    const spawn = () => {
      spawned++
      return null
    }
    const cache = new Map<string, ChunkResult>()
    await preread('kind: Pod\n', cache, spawn)
    expect(spawned).toBe(0)
    expect(cache.size).toBe(0)
    await preread(BIG, cache, spawn)
    expect(spawned).toBe(1)
    expect(cache.size).toBeGreaterThan(0)
    await preread(BIG, new Map(), () => {
      throw new Error('no threads here')
    })
  })
})

describe('the built command line', () => {
  const root = resolve(__dirname, '../..')

  it('serves as the tokenizer thread: every chunk is read, as one thread reads it', async () => {
    const cache = new Map<string, ChunkResult>()
    let sent = 0
    await preread(BIG, cache, () => {
      const worker = new Worker(join(root, 'dist-cli/podplay.mjs'), { workerData: TOKENIZER })
      const post = worker.postMessage.bind(worker)
      return Object.assign(worker, {
        postMessage: (request: TokenizeRequest) => {
          sent = request.texts.length
          post(request)
        },
      })
    })
    const chunks = splitChunks(BIG)
    expect(sent).toBeGreaterThan(chunks.length / 3)
    expect(cache.size).toBe(new Set(chunks.map((c) => c.text)).size)
    for (const c of chunks)
      expect(snapshot(cache.get(c.text)!)).toEqual(snapshot(readChunk(c.text)))
  }, 60_000)

  it('prints the same bytes and exit status with its worker thread as with one thread', () => {
    const dir = mkdtempSync(join(tmpdir(), 'podplay-parallel-'))
    const file = join(dir, 'big.yaml')
    writeFileSync(file, BIG)
    const check = (threads: string) =>
      spawnSync(process.execPath, ['bin/podplay.mjs', 'check', '--pod', file, '--format', 'json'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, PODPLAY_THREADS: threads },
        maxBuffer: 256 * 1024 * 1024,
        timeout: 60_000,
      })
    const two = check('')
    const one = check('1')
    expect(one.status).toBe(2)
    expect(two.status).toBe(one.status)
    expect(two.stderr).toBe(one.stderr)
    expect(two.stdout).toBe(one.stdout)
    expect(JSON.parse(two.stdout).workloads.length).toBeGreaterThan(100)
  }, 120_000)
})
