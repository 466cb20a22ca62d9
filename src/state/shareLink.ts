/**
 * Share links: `#v1/<base64url(deflate(json))>` holding both editors and the settings, and in
 * compare mode (issue 11) `mode: "compare"` with the before text (links without them open as before). Decoding is
 * tolerant (no deflate, padding, whitespace), allow-listed and bounded: a link longer than
 * MAX_LINK_CHARS is refused before it is read, and inflating stops as soon as the output passes
 * MAX_INFLATED_BYTES (a 1.9 MB link can otherwise inflate to 1.4 GB). A hash that is not a podplay
 * link at all (`#top`) is `none`: it is left alone. Never throws.
 */
import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate'
import { COMPARE_MODE, type Snapshot, sanitizeSnapshot } from './snapshot'

export const SHARE_PREFIX = '#v1/'

/** The longest link podplay reads (Chromium's own limit on a URL is 2 MB). */
export const MAX_LINK_CHARS = 2 * 1024 * 1024
/** The most a link may inflate to: both editors at the engine's 8 MB limit each. */
export const MAX_INFLATED_BYTES = 16 * 1024 * 1024
/** Compressed bytes fed to the inflater at a time: bounds what one step can produce (~1 MB). */
const INFLATE_STEP = 1024

export type DecodeResult =
  | { status: 'none' }
  | { status: 'ok'; snapshot: Snapshot }
  | { status: 'invalid'; reason: string }

const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`

export const REASONS = {
  newer: 'the link was made by a newer podplay',
  base64: 'the link is not valid base64url',
  unreadable: 'the link does not hold readable data',
  editors: 'the link does not hold two editors',
  tooLong: (chars: number) =>
    `the link is ${mb(chars)} long; podplay reads links of at most ${mb(MAX_LINK_CHARS)}`,
  tooBig: `the link unpacks to more than ${mb(MAX_INFLATED_BYTES)}, more than podplay reads from a link`,
} as const

function toBase64Url(bytes: Uint8Array): string {
  let bin = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(bin).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/\s+/g, '').replaceAll('-', '+').replaceAll('_', '/').replace(/=+$/, '')
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4))
  const bytes = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i)
  return bytes
}

/** The hash fragment for a snapshot, e.g. `#v1/eJy...`. */
export function encodeShareHash(snapshot: Snapshot): string {
  const json = JSON.stringify({
    pod: snapshot.pod,
    policy: snapshot.policy,
    settings: snapshot.settings,
    ...(snapshot.before !== undefined && { mode: COMPARE_MODE, before: snapshot.before }),
  })
  return SHARE_PREFIX + toBase64Url(deflateSync(strToU8(json), { level: 9 }))
}

const STOP = new Error('inflated past the limit')

/**
 * Inflates raw DEFLATE data a little at a time and stops once the output passes `max` bytes:
 * the bytes, `too-big`, or `not-deflate` when the data is not a complete DEFLATE stream.
 */
export function inflateBounded(
  bytes: Uint8Array,
  max = MAX_INFLATED_BYTES,
): Uint8Array | 'too-big' | 'not-deflate' {
  const chunks: Uint8Array[] = []
  let size = 0
  const inflater = new Inflate((chunk) => {
    size += chunk.length
    if (size > max) throw STOP
    chunks.push(chunk)
  })
  try {
    if (bytes.length === 0) inflater.push(bytes, true)
    for (let i = 0; i < bytes.length; i += INFLATE_STEP)
      inflater.push(bytes.subarray(i, i + INFLATE_STEP), i + INFLATE_STEP >= bytes.length)
  } catch (e) {
    return e === STOP ? 'too-big' : 'not-deflate'
  }
  const out = new Uint8Array(size)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  return out
}

/** True for hashes podplay made (`#v1/...`, or a later version's `#v2/...`). */
const PODPLAY_LINK = /^#v[0-9]+\//

/** Reads a location hash; `none` when it is not a podplay share link at all. */
export function decodeShareHash(hash: string): DecodeResult {
  try {
    return decode(hash)
  } catch {
    return { status: 'invalid', reason: REASONS.unreadable }
  }
}

function decode(hash: string): DecodeResult {
  // the length is checked before anything else reads the text
  if (hash.length > MAX_LINK_CHARS + 64) {
    if (!PODPLAY_LINK.test(hash.slice(0, 64).trimStart())) return { status: 'none' }
    return { status: 'invalid', reason: REASONS.tooLong(hash.length) }
  }
  const trimmed = hash.trim()
  if (!PODPLAY_LINK.test(trimmed)) return { status: 'none' }
  if (!trimmed.startsWith(SHARE_PREFIX)) return { status: 'invalid', reason: REASONS.newer }
  if (trimmed.length > MAX_LINK_CHARS)
    return { status: 'invalid', reason: REASONS.tooLong(trimmed.length) }
  let bytes: Uint8Array
  try {
    bytes = fromBase64Url(decodeURIComponent(trimmed.slice(SHARE_PREFIX.length)))
  } catch {
    return { status: 'invalid', reason: REASONS.base64 }
  }
  const inflated = inflateBounded(bytes)
  if (inflated === 'too-big') return { status: 'invalid', reason: REASONS.tooBig }
  // tolerate links whose JSON was not deflated (bounded by the link's length)
  const json = strFromU8(inflated === 'not-deflate' ? bytes : inflated)
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    return { status: 'invalid', reason: REASONS.unreadable }
  }
  const snapshot = sanitizeSnapshot(parsed)
  if (!snapshot) return { status: 'invalid', reason: REASONS.editors }
  return { status: 'ok', snapshot }
}
