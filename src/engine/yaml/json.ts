/**
 * A decoded document as kubectl holds it: the bytes sigs.k8s.io/yaml produces with Go's
 * encoding/json Marshal (yaml.go `YAMLToJSON`): compact, keys sorted byte-wise at every level,
 * `<`, `>`, `&`, U+2028 and U+2029 escaped, a lone surrogate (invalid UTF-8 to Go) as U+FFFD.
 * Messages that quote the document (`Object 'Kind' is missing in '...'`) use it.
 */

const SPECIAL = /[<>&\u2028\u2029\ud800-\udfff]/

function goString(s: string): string {
  if (!SPECIAL.test(s)) return JSON.stringify(s)
  let out = ''
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    if (c >= 0xd800 && c <= 0xdfff) out += '\\ufffd'
    else if (c === 0x3c || c === 0x3e || c === 0x26 || c === 0x2028 || c === 0x2029)
      out += `\\u${c.toString(16).padStart(4, '0')}`
    else out += JSON.stringify(ch).slice(1, -1)
  }
  return `"${out}"`
}

/** Byte-wise order of UTF-8 strings (Go's sort of map keys). */
function byBytes(a: string, b: string): number {
  const ea = new TextEncoderLite(a)
  const eb = new TextEncoderLite(b)
  for (;;) {
    const x = ea.next()
    const y = eb.next()
    if (x !== y) return x - y
    if (x < 0) return 0
  }
}

/** UTF-8 bytes of a string one at a time (-1 at the end), without TextEncoder (not in ES2022). */
class TextEncoderLite {
  private i = 0
  private pending: number[] = []
  private readonly s: string
  constructor(s: string) {
    this.s = s
  }
  next(): number {
    if (this.pending.length > 0) return this.pending.shift()!
    if (this.i >= this.s.length) return -1
    const cp = this.s.codePointAt(this.i)!
    this.i += cp > 0xffff ? 2 : 1
    if (cp < 0x80) return cp
    const bytes =
      cp < 0x800
        ? [0xc0 | (cp >> 6), 0x80 | (cp & 63)]
        : cp < 0x10000
          ? [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)]
          : [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)]
    this.pending = bytes.slice(1)
    return bytes[0]!
  }
}

/** Go encoding/json Marshal of a decoded YAML value. */
export function goJson(v: unknown): string {
  if (v === null || v === undefined) return 'null'
  if (typeof v === 'string') return goString(v)
  if (typeof v === 'number') return Number.isFinite(v) ? JSON.stringify(v) : 'null'
  if (typeof v === 'boolean') return String(v)
  if (Array.isArray(v)) return `[${v.map(goJson).join(',')}]`
  const o = v as Record<string, unknown>
  const keys = Object.keys(o).sort(byBytes)
  return `{${keys.map((k) => `${goString(k)}:${goJson(o[k])}`).join(',')}}`
}

/** goJson cut to `max` characters, saying how long it was. */
export function goJsonShort(v: unknown, max = 300): string {
  const s = goJson(v)
  return s.length <= max ? s : `${s.slice(0, max)}… (${s.length} characters)`
}
