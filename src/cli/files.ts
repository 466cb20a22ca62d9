/**
 * Reading the input files: bounded, decoded as kubectl does, and joined into one text per editor
 * with every line of the report mapped back to its file and line.
 *
 * - Size: at most MAX_FILE_BYTES per file and MAX_TOTAL_BYTES for all files together, counted while
 *   reading, so `--pod /dev/zero` or an endless pipe stops at the limit instead of filling memory.
 * - Encoding (kubectl reads through unicode.BOMOverride, see cluster-path.md §2): a leading UTF-8
 *   byte order mark is dropped; a UTF-16 LE or BE byte order mark switches to UTF-16 (an unpaired
 *   surrogate or an odd last byte becomes U+FFFD, as Go's decoder does). Without a BOM the file must
 *   be UTF-8: the first invalid byte is an error at its file and line.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'

/** Bytes read at most from one file (or standard input). */
export const MAX_FILE_BYTES = 32 * 1024 * 1024
/** Bytes read at most from all files together. */
export const MAX_TOTAL_BYTES = 64 * 1024 * 1024

export interface Limits {
  file: number
  total: number
}

export const LIMITS: Limits = { file: MAX_FILE_BYTES, total: MAX_TOTAL_BYTES }

/** Reads standard input: at most `maxBytes + 1` bytes (one more shows that the limit is crossed). */
export type ReadStdin = (maxBytes: number) => Uint8Array | string

export interface Source {
  name: string
  /** First line of this file in the joined text (1-based). */
  firstLine: number
  lineCount: number
}

export interface Joined {
  text: string
  sources: Source[]
}

export class InputError extends Error {}

/** What is left of the total budget, shared by every file of one run. */
export interface Budget {
  left: number
}

const mib = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MiB`

const CHUNK = 1024 * 1024

/**
 * Reads a file descriptor until its end or until more than `maxBytes` came (then returns
 * `maxBytes + 1` bytes). A non-blocking descriptor that has nothing yet is waited for.
 */
export function readBounded(fd: number, maxBytes: number): Uint8Array {
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const want = Math.min(CHUNK, maxBytes + 1 - total)
    if (want <= 0) break
    const buf = new Uint8Array(want)
    let n: number
    try {
      n = readSync(fd, buf, 0, want, null)
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10)
        continue
      }
      if (code === 'EOF') break
      throw e
    }
    if (n === 0) break
    chunks.push(buf.subarray(0, n))
    total += n
  }
  return Buffer.concat(chunks, total)
}

function readFile(file: string, maxBytes: number): Uint8Array {
  let fd: number
  try {
    fd = openSync(file, 'r')
  } catch (e) {
    throw new InputError(`cannot read ${file}: ${reason(e)}`)
  }
  try {
    if (fstatSync(fd).isDirectory()) throw new InputError(`cannot read ${file}: it is a directory`)
    return readBounded(fd, maxBytes)
  } catch (e) {
    if (e instanceof InputError) throw e
    throw new InputError(`cannot read ${file}: ${reason(e)}`)
  } finally {
    closeSync(fd)
  }
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EISDIR') return 'it is a directory'
  if (code === 'EACCES') return 'permission denied'
  return e instanceof Error ? e.message : String(e)
}

/** The bytes of one input (`-` is standard input), within the per-file limit and the budget. */
export function readSource(
  file: string,
  stdin: ReadStdin,
  budget: Budget,
  limits: Limits = LIMITS,
): Uint8Array {
  const name = displayName(file)
  const max = Math.min(limits.file, budget.left)
  let bytes: Uint8Array
  if (file === '-') {
    const got = stdin(max)
    bytes = typeof got === 'string' ? new TextEncoder().encode(got) : got
  } else bytes = readFile(file, max)
  if (bytes.length > max) {
    throw new InputError(
      max === limits.file
        ? `${name} is larger than ${mib(limits.file)}, the limit for one file: split it into smaller files`
        : `the input is larger than ${mib(limits.total)}, the limit for all files together (crossed in ${name}): check fewer files at once`,
    )
  }
  budget.left -= bytes.length
  return bytes
}

/** Decodes one file's bytes as kubectl does (see the module comment). */
export function decode(bytes: Uint8Array, name: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3)
  else if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  else if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    const at = firstInvalidUtf8(bytes)
    let line = 1
    let lineStart = 0
    for (let i = 0; i < at; i++) {
      if (bytes[i] === 0x0a) {
        line++
        lineStart = i + 1
      }
    }
    const hex = (bytes[at] ?? 0).toString(16).padStart(2, '0')
    throw new InputError(
      `${name}:${line}:${at - lineStart + 1}: not valid UTF-8 (byte 0x${hex}); save the file as UTF-8`,
    )
  }
}

/**
 * Offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629: no
 * overlong forms, no surrogates, nothing above U+10FFFF), or the length when all are well formed.
 */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0
  while (i < b.length) {
    const c = b[i]!
    if (c < 0x80) {
      i++
      continue
    }
    let n: number
    let lo = 0x80
    let hi = 0xbf
    if (c >= 0xc2 && c <= 0xdf) n = 1
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2
      if (c === 0xe0) lo = 0xa0
      if (c === 0xed) hi = 0x9f
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3
      if (c === 0xf0) lo = 0x90
      if (c === 0xf4) hi = 0x8f
    } else return i
    for (let k = 1; k <= n; k++) {
      const d = b[i + k]
      if (d === undefined || d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) return i
    }
    i += n + 1
  }
  return i
}

function displayName(file: string): string {
  return file === '-' ? '<stdin>' : file
}

export function join(
  files: string[],
  stdin: ReadStdin,
  budget: Budget = { left: LIMITS.total },
  limits: Limits = LIMITS,
): Joined {
  const sources: Source[] = []
  const parts: string[] = []
  let line = 1
  for (const file of files) {
    const name = displayName(file)
    let text = decode(readSource(file, stdin, budget, limits), name)
    // A byte order mark belongs to its file, not to the joined text (mid-text it would become
    // part of the first key).
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    if (parts.length > 0) {
      parts.push('---\n')
      line += 1
    }
    if (!text.endsWith('\n')) text += '\n'
    const lineCount = countLines(text)
    sources.push({ name, firstLine: line, lineCount })
    parts.push(text)
    line += lineCount
  }
  return { text: parts.join(''), sources }
}

/** The number of `\n` in a text (without splitting it: a 5 MB file has 200,000 lines). */
function countLines(text: string): number {
  let n = 0
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++
  return n
}

/** The file and line that a line of the joined text came from. */
export function origin(joined: Joined, line: number): { file: string; line: number } {
  let found = joined.sources[0]
  for (const s of joined.sources) if (s.firstLine <= line) found = s
  if (!found) return { file: '<none>', line }
  return { file: found.name, line: line - found.firstLine + 1 }
}
