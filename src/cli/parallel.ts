/**
 * Reading a large input on two threads. The engine reads YAML chunk by chunk (what kubectl's
 * YAMLReader cuts at `---` lines) and takes the results of chunks read before from a cache keyed
 * by the chunk's text. For a large input the command line fills that cache first, on two threads:
 * a worker thread tokenizes the chunks of the last part of the text (js-yaml's event stream,
 * packed into Int32Arrays handed over without a copy) while this thread reads the first part
 * whole; this thread then builds the rest from the worker's events. construct.ts runs on this
 * thread on the very same events, so the result is the one a single thread gets (tested); a chunk
 * the worker could not tokenize, or a worker that fails, is read here as usual.
 *
 * The worker is the built command line itself, started with TOKENIZER as its data (entry.ts).
 * `PODPLAY_THREADS=1` keeps everything on one thread.
 */
import { splitChunks } from '../engine/yaml'
import { type ChunkResult, readChunk, tokenizeChunk } from '../engine/yaml/read'

/** Below this many characters one thread is as fast (a worker takes tens of milliseconds to start). */
export const PARALLEL_MIN_CHARS = 512 * 1024

/**
 * The share of the text this thread reads whole. The worker only tokenizes (about two thirds of
 * the reading) and starts late, and this thread still builds the worker's part afterwards: both
 * finish together when this thread takes a little less than half.
 */
const OWN_SHARE = 0.45

/** The worker's data that makes the built command line a tokenizer instead of a command. */
export const TOKENIZER = 'podplay-tokenizer'

export interface TokenizeRequest {
  texts: string[]
}

export interface TokenizeReply {
  /** Per text, its packed events, or null when this thread must read it whole. */
  packed: (Int32Array | null)[]
}

/** What preread needs of a worker thread (node:worker_threads' Worker, or a test's stand-in). */
export interface TokenizerThread {
  postMessage(request: TokenizeRequest): void
  once(event: 'message', listener: (reply: TokenizeReply) => void): unknown
  once(event: 'error' | 'exit', listener: () => void): unknown
  terminate(): unknown
}

/** Fills `cache` with the chunk results of a large text, using a worker thread from `spawn`. */
export async function preread(
  text: string,
  cache: Map<string, ChunkResult>,
  spawn: () => TokenizerThread | null,
): Promise<void> {
  if (text.length < PARALLEL_MIN_CHARS) return
  // the same chunks as readYaml's (a byte order mark at the start is not part of the text)
  const chunks = splitChunks(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  let cut = 0
  for (let chars = 0; cut < chunks.length && chars < text.length * OWN_SHARE; cut++)
    chars += chunks[cut]!.text.length
  const theirs = chunks.slice(cut).map((c) => c.text)
  let worker: TokenizerThread | null = null
  try {
    worker = theirs.length > 0 ? spawn() : null
  } catch {
    worker = null
  }
  const reply = new Promise<TokenizeReply['packed'] | null>((resolve) => {
    if (!worker) return resolve(null)
    worker.once('message', (m) => resolve(m.packed))
    worker.once('error', () => resolve(null))
    worker.once('exit', () => resolve(null))
    worker.postMessage({ texts: theirs })
  })
  for (const chunk of chunks.slice(0, cut)) {
    if (!cache.has(chunk.text)) cache.set(chunk.text, readChunk(chunk.text))
  }
  const packed = await reply
  worker?.terminate()
  if (!packed || packed.length !== theirs.length) return
  theirs.forEach((chunk, i) => {
    if (!cache.has(chunk)) cache.set(chunk, readChunk(chunk, packed[i] ?? undefined))
  })
}

/** The worker's side: tokenizes each text it is sent and hands the events back without a copy. */
export function serveTokenizer(port: {
  on(event: 'message', listener: (request: TokenizeRequest) => void): unknown
  postMessage(reply: TokenizeReply, transfer: ArrayBuffer[]): void
}): void {
  port.on('message', ({ texts }) => {
    const packed = texts.map(tokenizeChunk)
    const buffers = packed.flatMap((p) => (p ? [p.buffer as ArrayBuffer] : []))
    port.postMessage({ packed }, buffers)
  })
}
