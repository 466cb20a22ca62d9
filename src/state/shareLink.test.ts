import fc from 'fast-check'
import { deflateSync, strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import {
  decodeShareHash,
  encodeShareHash,
  inflateBounded,
  MAX_INFLATED_BYTES,
  MAX_LINK_CHARS,
  REASONS,
  SHARE_PREFIX,
} from './shareLink'
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

  // issue 9: a hash that is not a podplay link (an anchor, anything else) is left alone
  it.each([[''], ['#'], ['#top'], ['#something'], ['#v1'], ['#/v1/abc'], ['#version/1']])(
    '%j is no link at all',
    (hash) => {
      expect(decodeShareHash(hash)).toEqual({ status: 'none' })
    },
  )

  it.each([
    ['#v2/abc', 'the link was made by a newer podplay'],
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

describe('share links in compare mode (issue 11)', () => {
  const comparing: Snapshot = { ...snapshot, before: 'apiVersion: v1\nkind: Pod\n# before ✓\n' }
  const hashOf = (data: unknown) =>
    SHARE_PREFIX + b64url(deflateSync(strToU8(JSON.stringify(data))))

  it('round-trips the before side, the after side, the policy and the mode', () => {
    expect(decodeShareHash(encodeShareHash(comparing))).toEqual({
      status: 'ok',
      snapshot: comparing,
    })
  })

  it('an empty before text is still compare mode', () => {
    const empty = { ...snapshot, before: '' }
    expect(decodeShareHash(encodeShareHash(empty))).toEqual({ status: 'ok', snapshot: empty })
  })

  it('a link without the mode (every older link) opens without comparing', () => {
    const hash = hashOf({ pod: snapshot.pod, policy: snapshot.policy, settings: snapshot.settings })
    const result = decodeShareHash(hash)
    expect(result).toEqual({ status: 'ok', snapshot })
    expect(result.status === 'ok' && 'before' in result.snapshot).toBe(false)
  })

  it.each([
    ['a before text that is not a string', { mode: 'compare', before: { length: 1 } }],
    ['a mode podplay does not know', { mode: 'three-way', before: 'x' }],
    ['a before text under __proto__', { mode: 'compare', ['__proto__']: { before: 'x' } }],
  ])('ignores %s', (_, extra) => {
    const raw = `{"pod":"p","policy":"q",${JSON.stringify(extra).slice(1, -1)}}`
    const hash = SHARE_PREFIX + b64url(deflateSync(strToU8(raw)))
    const result = decodeShareHash(hash)
    expect(result.status).toBe('ok')
    expect(result.status === 'ok' && result.snapshot.before).toBeUndefined()
  })
})

describe('share link limits (issue 9)', () => {
  it('refuses a link longer than MAX_LINK_CHARS before reading it', () => {
    const hash = SHARE_PREFIX + 'A'.repeat(MAX_LINK_CHARS)
    expect(decodeShareHash(hash)).toEqual({
      status: 'invalid',
      reason: REASONS.tooLong(hash.length),
    })
    expect(REASONS.tooLong(hash.length)).toBe(
      'the link is 2 MB long; podplay reads links of at most 2 MB',
    )
  })

  it('stops inflating once past MAX_INFLATED_BYTES (a small link that inflates to 20 MB)', () => {
    const bomb = deflateSync(new Uint8Array(20 * 1024 * 1024), { level: 1 })
    expect(bomb.length).toBeLessThan(100_000)
    expect(inflateBounded(bomb)).toBe('too-big')
    expect(decodeShareHash(SHARE_PREFIX + b64url(bomb))).toEqual({
      status: 'invalid',
      reason: REASONS.tooBig,
    })
    expect(REASONS.tooBig).toBe(
      'the link unpacks to more than 16 MB, more than podplay reads from a link',
    )
  })

  it.each([
    [0, 10, 0],
    [10, 10, 10],
    [5000, 10_000, 5000],
  ])('inflateBounded keeps %d bytes under a limit of %d', (n, max, size) => {
    const out = inflateBounded(deflateSync(new Uint8Array(n).fill(7)), max)
    expect(out).toBeInstanceOf(Uint8Array)
    expect((out as Uint8Array).length).toBe(size)
  })

  it('a 3 MB name in a few KB of link is read (the panel bounds it, not the decoder)', () => {
    const big = { ...snapshot, pod: `metadata: {name: ${'a'.repeat(3_000_000)}}\n` }
    const hash = encodeShareHash(big)
    expect(hash.length).toBeLessThan(10_000)
    expect(decodeShareHash(hash)).toEqual({ status: 'ok', snapshot: big })
  })
})

describe('share link decoder fuzz (issue 9)', () => {
  const settingsArb = fc.record({
    level: fc.constantFrom(null, 'privileged', 'baseline', 'restricted'),
    version: fc.constantFrom(null, 'latest', 'v1.0', 'v1.23'),
    runtime: fc.constantFrom('containerd', 'cri-o'),
    probes: fc.array(fc.constantFrom('80/TCP', '53/UDP', '9000/SCTP'), { maxLength: 3 }),
    pspUsable: fc.option(fc.array(fc.string({ maxLength: 20 }), { maxLength: 4 }), {
      nil: null,
    }),
  }) as fc.Arbitrary<Snapshot['settings']>

  it('round-trips any valid state', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), settingsArb, (pod, policy, settings) => {
        const s: Snapshot = { pod, policy, settings }
        expect(decodeShareHash(encodeShareHash(s))).toEqual({ status: 'ok', snapshot: s })
      }),
      { numRuns: 200 },
    )
  })

  const within = (r: ReturnType<typeof decodeShareHash>) => {
    expect(['none', 'ok', 'invalid']).toContain(r.status)
    if (r.status === 'ok')
      expect(r.snapshot.pod.length + r.snapshot.policy.length).toBeLessThanOrEqual(
        MAX_INFLATED_BYTES,
      )
    if (r.status === 'invalid') expect(r.reason.length).toBeLessThan(200)
  }

  it('never throws and stays within the limits on any text after the prefix', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (tail) => {
        within(decodeShareHash(SHARE_PREFIX + tail))
        within(decodeShareHash(tail))
      }),
      { numRuns: 500 },
    )
  })

  it('never throws on any bytes, deflated or not, behind the prefix', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.boolean(), (bytes, deflate) => {
        within(decodeShareHash(SHARE_PREFIX + b64url(deflate ? deflateSync(bytes) : bytes)))
      }),
      { numRuns: 500 },
    )
  })

  it('never throws on corrupted valid links', () => {
    const valid = encodeShareHash(snapshot)
    fc.assert(
      fc.property(fc.nat(valid.length - 1), fc.string({ maxLength: 3 }), (at, insert) => {
        within(decodeShareHash(valid.slice(0, at) + insert + valid.slice(at + 1)))
      }),
      { numRuns: 500 },
    )
  })
})
