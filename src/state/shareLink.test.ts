import { deflateSync, strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { decodeShareHash, encodeShareHash, SHARE_PREFIX } from './shareLink'
import { DEFAULT_SETTINGS, type Snapshot } from './snapshot'

const snapshot: Snapshot = {
  pod: 'apiVersion: v1\nkind: Pod\nmetadata: {name: ünïcode-✓}\n',
  policy: 'kind: Namespace\n',
  settings: { ...DEFAULT_SETTINGS, level: 'baseline', version: 'v1.23', probes: ['80/TCP'] },
}

const b64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '')

describe('share links', () => {
  it('round-trips both editors and the settings', () => {
    const hash = encodeShareHash(snapshot)
    expect(hash.startsWith(SHARE_PREFIX)).toBe(true)
    expect(hash).toMatch(/^#v1\/[A-Za-z0-9_-]+$/)
    expect(decodeShareHash(hash)).toEqual({ status: 'ok', snapshot })
  })

  it('round-trips a large text', () => {
    const big = { ...snapshot, pod: 'x: 1\n'.repeat(50_000) }
    expect(decodeShareHash(encodeShareHash(big))).toEqual({ status: 'ok', snapshot: big })
  })

  it('an empty hash is no link at all', () => {
    expect(decodeShareHash('')).toEqual({ status: 'none' })
    expect(decodeShareHash('#')).toEqual({ status: 'none' })
  })

  it.each([
    ['#v2/abc', 'the link is not a podplay v1 share link'],
    ['#something', 'the link is not a podplay v1 share link'],
    ['#v1/%%%', 'the link is not valid base64url'],
    ['#v1/!!!!', 'the link is not valid base64url'],
    ['#v1/AAAA', 'the link does not hold readable data'],
  ])('rejects %s', (hash, reason) => {
    expect(decodeShareHash(hash)).toEqual({ status: 'invalid', reason })
  })

  it('rejects data without two editor texts', () => {
    const hash = SHARE_PREFIX + b64url(deflateSync(strToU8(JSON.stringify({ pod: 1 }))))
    expect(decodeShareHash(hash)).toEqual({
      status: 'invalid',
      reason: 'the link does not hold two editors',
    })
  })

  it('keeps only allow-listed keys and valid settings', () => {
    const raw = {
      pod: 'a',
      policy: 'b',
      evil: '<script>',
      settings: { level: 'root', version: 'v9', runtime: 'docker', probes: ['80/TCP', 'x'], z: 1 },
    }
    const hash = SHARE_PREFIX + b64url(deflateSync(strToU8(JSON.stringify(raw))))
    expect(decodeShareHash(hash)).toEqual({
      status: 'ok',
      snapshot: { pod: 'a', policy: 'b', settings: { ...DEFAULT_SETTINGS, probes: ['80/TCP'] } },
    })
  })

  it('tolerates links whose JSON was not deflated, padding and whitespace', () => {
    const json = JSON.stringify({ pod: 'p', policy: 'q' })
    const plain = `${SHARE_PREFIX}${btoa(json)}`
    expect(decodeShareHash(`  ${plain}\n`)).toMatchObject({
      status: 'ok',
      snapshot: { pod: 'p', policy: 'q', settings: DEFAULT_SETTINGS },
    })
  })
})
