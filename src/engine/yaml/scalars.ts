/**
 * Scalar resolution the way kubectl reads YAML (cluster-path.md §3.1, §3.2): go-yaml v2's
 * `resolve` (resolve.go, YAML 1.1 rules) for values and keys, then sigs.k8s.io/yaml's conversion
 * of keys to JSON strings (yaml.go, `convertToJSONableObject`).
 *
 * Values: `yes`/`on`/`y` are true, `no`/`off`/`n` are false, a leading zero makes an integer octal
 * (`0644` is 420), `0x` hex, `0o` octal, `0b` binary, underscores are ignored in numbers; an
 * integer out of the int64 and uint64 ranges is a float when it is written in decimal, a string
 * otherwise; a float out of range (`1e400`) is a string. `yaml11` marks forms that a YAML 1.2 reader
 * would read differently, so the engine can warn.
 */
import { goQuote } from '../go/quote'

/** The Go type go-yaml gives a scalar decoded into `interface{}`. */
export type GoKind = 'null' | 'bool' | 'int' | 'uint' | 'float' | 'str'

export interface Resolved {
  value: unknown
  go: GoKind
  /** The exact integer when it is beyond JavaScript's safe integers. */
  big?: bigint
  /** Set when only YAML 1.1 reads the scalar this way (1.2 would read something else). */
  yaml11?: string
}

const TRUE_12 = new Set(['true', 'True', 'TRUE'])
const FALSE_12 = new Set(['false', 'False', 'FALSE'])
const TRUE_11 = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON'])
const FALSE_11 = new Set(['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF'])
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL'])

/** The integers Go's strconv.ParseInt(s, 0, 64) reads (after go-yaml removed the underscores). */
const GO_INT = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/
/** go-yaml v2.4's yamlStyleFloat. */
const FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/
/** What strconv.ParseFloat reads of a scalar starting with `.` (go-yaml's '.' hint). */
const DOT_FLOAT = /^\.[0-9]+([eE][-+]?[0-9]+)?$/
/** go-yaml's fallback for `0b` followed by a signed binary number (ParseInt(plain[2:], 2, 64)). */
const ZERO_B_SIGNED = /^0b([-+]?[01]+)$/
const INF = /^[-+]?\.(inf|Inf|INF)$/
const NAN = /^\.(nan|NaN|NAN)$/
/** YAML 1.2's core schema knows only lower-case, unsigned `0o` and `0x`. */
const CORE_12_PREFIXED = /^0[ox]/

const INT64_MIN = -(2n ** 63n)
const INT64_MAX = 2n ** 63n - 1n
const UINT64_MAX = 2n ** 64n - 1n

/** strconv.ParseInt(s, 0, 64), else strconv.ParseUint(s, 0, 64) (which takes no sign). */
export function parseGoInt(s: string): { n: bigint; go: 'int' | 'uint' } | null {
  const m = GO_INT.exec(s)
  if (!m) return null
  const body = m[2]!
  let n: bigint
  if (body.length > 1 && body[0] === '0' && /[0-7]/.test(body[1]!)) n = BigInt(`0o${body.slice(1)}`)
  else n = BigInt(body.toLowerCase())
  if (m[1] === '-') n = -n
  if (n >= INT64_MIN && n <= INT64_MAX) return { n, go: 'int' }
  if (m[1] === '' && n <= UINT64_MAX) return { n, go: 'uint' }
  return null
}

function integer(n: bigint, go: 'int' | 'uint', yaml11?: string): Resolved {
  const value = Number(n)
  const r: Resolved = { value, go }
  if (!Number.isSafeInteger(value)) r.big = n
  if (yaml11) r.yaml11 = yaml11
  return r
}

/**
 * The common case, decided without allocating: a plain scalar of more than five characters that
 * starts with neither a digit, a sign, a dot nor `~` can only be a string.
 */
export function plainIsString(text: string): boolean {
  if (text.length <= 5) return false
  const c = text.charCodeAt(0)
  return !((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 126)
}

/** Resolve an untagged plain scalar (go-yaml v2 resolve.go `resolve("", in)`). */
export function resolvePlain(text: string): Resolved {
  if (text.length === 0) return { value: null, go: 'null' }
  // Fast path: most scalars start with a letter that can be neither bool, null nor number.
  if (plainIsString(text)) return { value: text, go: 'str' }
  const c = text.charCodeAt(0)
  if (TRUE_12.has(text)) return { value: true, go: 'bool' }
  if (FALSE_12.has(text)) return { value: false, go: 'bool' }
  if (NULLS.has(text)) return { value: null, go: 'null' }
  if (TRUE_11.has(text))
    return {
      value: true,
      go: 'bool',
      yaml11: `\`${text}\` is read by Kubernetes as \`true\` (YAML 1.1); write \`true\``,
    }
  if (FALSE_11.has(text))
    return {
      value: false,
      go: 'bool',
      yaml11: `\`${text}\` is read by Kubernetes as \`false\` (YAML 1.1); write \`false\``,
    }
  if (INF.test(text))
    return { value: text[0] === '-' ? -Infinity : Number.POSITIVE_INFINITY, go: 'float' }
  if (NAN.test(text)) return { value: Number.NaN, go: 'float' }
  if (c === 46) {
    // '.' hint: strconv.ParseFloat of the text as it is; out of range stays a string.
    const value = DOT_FLOAT.test(text) ? Number(text) : Number.NaN
    return Number.isFinite(value) ? { value, go: 'float' } : { value: text, go: 'str' }
  }
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45)) return { value: text, go: 'str' }
  // 'D' and 'S' hints: ParseInt, ParseUint, then the float pattern, then `0b` forms.
  const plain = text.includes('_') ? text.replaceAll('_', '') : text
  const note = plain !== text ? ` (YAML 1.1 ignores the underscores)` : ''
  const int = parseGoInt(plain)
  if (int) {
    const value = Number(int.n)
    const body = plain.replace(/^[-+]/, '')
    let why: string | undefined
    if (body.length > 1 && body[0] === '0' && /[0-7]/.test(body[1]!))
      why = `\`${text}\` is octal to Kubernetes (YAML 1.1): it means ${value}${note}`
    else if (/^0[bB]/.test(body))
      why = `\`${text}\` is binary to Kubernetes (YAML 1.1): it means ${value}${note}`
    else if (/^0[xXoO]/.test(body) && !(plain === text && CORE_12_PREFIXED.test(text)))
      why = `\`${text}\` is read by Kubernetes as ${value} (YAML 1.1)${note}`
    else if (note) why = `\`${text}\` is read by Kubernetes as ${value}${note}`
    return integer(int.n, int.go, why)
  }
  if (FLOAT.test(plain)) {
    const value = Number(plain)
    if (Number.isFinite(value))
      return plain === text
        ? { value, go: 'float' }
        : { value, go: 'float', yaml11: `\`${text}\` is read by Kubernetes as ${value}${note}` }
    return { value: text, go: 'str' }
  }
  const signed = ZERO_B_SIGNED.exec(plain)
  if (signed) {
    const digits = signed[1]!
    const mag = BigInt(`0b${digits.replace(/^[-+]/, '')}`)
    const n = digits.startsWith('-') ? -mag : mag
    if (n >= INT64_MIN && n <= INT64_MAX)
      return integer(n, 'int', `\`${text}\` is binary to Kubernetes (go-yaml): it means ${n}`)
  }
  return { value: text, go: 'str' }
}

/** go-yaml's name of a resolved scalar's tag, for its messages. */
function tagName(r: Resolved, text: string): string {
  if (text === '<<' && r.go === 'str') return '!!merge'
  if (r.go === 'uint') return '!!int'
  return `!!${r.go}`
}

const TIMESTAMP =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt](\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?(?:Z|[-+]\d{2}:\d{2}))|(?: (\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?))?$/

/** go-yaml v2 parseTimestamp: the four layouts it tries with time.Parse. */
export function isGoTimestamp(s: string): boolean {
  const m = TIMESTAMP.exec(s)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (mo < 1 || mo > 12 || d < 1) return false
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate()
  if (d > days) return false
  const h = Number(m[4] ?? m[7] ?? 0)
  const mi = Number(m[5] ?? m[8] ?? 0)
  const se = Number(m[6] ?? m[9] ?? 0)
  return h < 24 && mi < 60 && se < 60
}

/** The long form `!<tag:yaml.org,2002:int>` is `!!int` to go-yaml (shortTag). */
export function shortTag(tag: string): string {
  const m = /^!<tag:yaml\.org,2002:(.*)>$/.exec(tag)
  return m ? `!!${m[1]}` : tag
}

/**
 * Resolve a scalar carrying an explicit tag (go-yaml v2 decode.go `scalar` with resolve.go
 * `resolve(tag, in)`): standard tags must fit the text; `!!binary` is base64; any other tag
 * (`!foo`, `!`) leaves the text a string.
 */
export function resolveTagged(rawTag: string, text: string): Resolved | { error: string } {
  const tag = shortTag(rawTag)
  switch (tag) {
    case '!!str':
      return { value: text, go: 'str' }
    case '!!binary': {
      const bytes = base64(text)
      if (!bytes) return { error: 'yaml: !!binary value contains invalid base64 data' }
      return { value: utf8(bytes), go: 'str' }
    }
    case '!!null':
    case '!!bool':
    case '!!int':
    case '!!float':
    case '!!timestamp': {
      const r = resolvePlain(text)
      const want = tag.slice(2)
      if (r.go === want || (want === 'int' && r.go === 'uint')) return r
      if (want === 'float' && (r.go === 'int' || r.go === 'uint'))
        return { value: r.value, go: 'float' }
      if (want === 'timestamp' && isGoTimestamp(text)) return { value: text, go: 'str' }
      return { error: `yaml: cannot decode ${tagName(r, text)} \`${text}\` as a ${tag}` }
    }
    default:
      return { value: text, go: 'str' }
  }
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Go's base64.StdEncoding.DecodeString (line breaks ignored, padding required), or null. */
function base64(text: string): Uint8Array | null {
  const s = text.replace(/[\r\n]/g, '')
  if (s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(s)) return null
  const body = s.replace(/=+$/, '')
  const out: number[] = []
  let acc = 0
  let bits = 0
  for (const ch of body) {
    acc = (acc << 6) | B64.indexOf(ch)
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out.push((acc >> bits) & 0xff)
    }
  }
  return new Uint8Array(out)
}

/** Go's string(bytes) as encoding/json writes it: each byte of an invalid sequence is U+FFFD. */
function utf8(b: Uint8Array): string {
  let out = ''
  for (let i = 0; i < b.length; ) {
    const c = b[i]!
    const len =
      c < 0x80
        ? 1
        : c >= 0xc2 && c < 0xe0
          ? 2
          : c >= 0xe0 && c < 0xf0
            ? 3
            : c >= 0xf0 && c < 0xf5
              ? 4
              : 0
    let cp = len === 1 ? c : len === 2 ? c & 0x1f : len === 3 ? c & 0x0f : c & 0x07
    let ok = len > 0 && i + len <= b.length
    for (let k = 1; ok && k < len; k++) {
      const d = b[i + k]!
      if ((d & 0xc0) !== 0x80) ok = false
      else cp = (cp << 6) | (d & 0x3f)
    }
    const min = [0, 0, 0x80, 0x800, 0x10000][len]!
    if (ok && (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) ok = false
    if (ok) {
      out += String.fromCodePoint(cp)
      i += len
    } else {
      out += '\uFFFD'
      i += 1
    }
  }
  return out
}

/**
 * A resolved key as sigs.k8s.io/yaml turns it into a JSON key (yaml.go): strings as they are, ints
 * in decimal, floats with strconv.FormatFloat(f, 'g', -1, 32) (infinities and NaN as `.inf`,
 * `-.inf`, `.nan`), bools as `true`/`false`. `id` tells keys apart as Go's map does (by type and
 * value), so two keys that only become equal as strings (`1` and `"1"`) can be recognised.
 * Null and uint64 keys are errors (`unsupported map key of type: ...`).
 */
export function jsonKey(
  r: Resolved,
): { key: string; id: string } | { unsupported: 'null' | 'uint'; shown: string } {
  switch (r.go) {
    case 'str':
      return { key: r.value as string, id: `s${r.value as string}` }
    case 'bool':
      return { key: String(r.value), id: `b${String(r.value)}` }
    case 'int': {
      const key = (r.big ?? BigInt(r.value as number)).toString()
      return { key, id: `i${key}` }
    }
    case 'float':
      return { key: formatFloat(r.value as number, 32, true), id: `f${String(r.value)}` }
    case 'uint':
      return {
        unsupported: 'uint',
        shown: `0x${(r.big ?? BigInt(r.value as number)).toString(16)}`,
      }
    default:
      return { unsupported: 'null', shown: '<nil>' }
  }
}

/**
 * strconv.FormatFloat(x, 'g', -1, bits): the shortest digits that read back as the same float32
 * (bits 32) or float64, in %e form when the exponent is below -4 or at least 6 (the precision
 * used for shortest output). `yamlKey` spells infinities and NaN the way sigs.k8s.io/yaml does.
 */
export function formatFloat(x: number, bits: 32 | 64, yamlKey = false): string {
  if (Number.isNaN(x)) return yamlKey ? '.nan' : 'NaN'
  const f = bits === 32 ? Math.fround(x) : x
  if (!Number.isFinite(f)) {
    if (yamlKey) return f > 0 ? '.inf' : '-.inf'
    return f > 0 ? '+Inf' : '-Inf'
  }
  if (f === 0) return Object.is(f, -0) ? '-0' : '0'
  let e = ''
  for (let p = 1; p <= 17; p++) {
    e = f.toExponential(p - 1)
    const back = Number(e)
    if ((bits === 32 ? Math.fround(back) : back) === f) break
  }
  const [mant, expText] = e.split('e') as [string, string]
  const exp = Number(expText)
  const neg = mant.startsWith('-') ? '-' : ''
  const digits = mant.replace('-', '').replace('.', '')
  if (exp < -4 || exp >= 6) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits
    const a = Math.abs(exp)
    return `${neg}${m}e${exp < 0 ? '-' : '+'}${a < 10 ? `0${a}` : a}`
  }
  if (exp < 0) return `${neg}0.${'0'.repeat(-exp - 1)}${digits}`
  const whole = digits.slice(0, exp + 1).padEnd(exp + 1, '0')
  const frac = digits.slice(exp + 1)
  return `${neg}${whole}${frac ? `.${frac}` : ''}`
}

/**
 * Go's `%#v` of a value go-yaml decoded into `interface{}`, for the messages that quote one
 * (`invalid map key: []interface {}{1, 2}`). `top` is false inside a slice or map, where a nil
 * prints as `interface {}(nil)`. Map keys print as JSON strings (the original Go key type is gone).
 */
export function goSharpV(v: unknown, top = true): string {
  if (v === null || v === undefined) return top ? '<nil>' : 'interface {}(nil)'
  if (typeof v === 'string') return goQuote(v)
  if (typeof v === 'boolean') return String(v)
  if (typeof v === 'number')
    return Number.isInteger(v) && Math.abs(v) < 1e21 ? BigInt(v).toString() : formatFloat(v, 64)
  if (Array.isArray(v)) return `[]interface {}{${v.map((x) => goSharpV(x, false)).join(', ')}}`
  const keys = Object.keys(v as object).sort()
  const rec = v as Record<string, unknown>
  return `map[interface {}]interface {}{${keys.map((k) => `${goQuote(k)}:${goSharpV(rec[k], false)}`).join(', ')}}`
}
