/**
 * Share links: `#v1/<base64url(deflate(json))>` holding both editors and the settings. Decoding is
 * tolerant (no deflate, padding, whitespace) and allow-listed; a bad link is an error value.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate'
import { type Snapshot, sanitizeSnapshot } from './snapshot'

export const SHARE_PREFIX = '#v1/'

export type DecodeResult =
  | { status: 'none' }
  | { status: 'ok'; snapshot: Snapshot }
  | { status: 'invalid'; reason: string }

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
  })
  return SHARE_PREFIX + toBase64Url(deflateSync(strToU8(json), { level: 9 }))
}

/** Reads a location hash; `none` when it is not a share link at all. */
export function decodeShareHash(hash: string): DecodeResult {
  const trimmed = hash.trim()
  if (trimmed === '' || trimmed === '#') return { status: 'none' }
  if (!trimmed.startsWith(SHARE_PREFIX))
    return { status: 'invalid', reason: 'the link is not a podplay v1 share link' }
  let bytes: Uint8Array
  try {
    bytes = fromBase64Url(decodeURIComponent(trimmed.slice(SHARE_PREFIX.length)))
  } catch {
    return { status: 'invalid', reason: 'the link is not valid base64url' }
  }
  let json: string
  try {
    json = strFromU8(inflateSync(bytes))
  } catch {
    // tolerate links whose JSON was not deflated
    json = strFromU8(bytes)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    return { status: 'invalid', reason: 'the link does not hold readable data' }
  }
  const snapshot = sanitizeSnapshot(parsed)
  if (!snapshot) return { status: 'invalid', reason: 'the link does not hold two editors' }
  return { status: 'ok', snapshot }
}
