/**
 * Plain-scalar resolution the way Kubernetes reads YAML (go-yaml v2, YAML 1.1 rules, then JSON):
 * `yes`/`on`/`y` are true, `no`/`off`/`n` are false, a leading zero makes an integer octal
 * (`0644` is 420), `0x` hex, `0b` binary, underscores are ignored in numbers.
 * `yaml11` marks forms that a YAML 1.2 reader would read differently, so the engine can warn.
 */

export interface Resolved {
  value: unknown
  /** Set when only YAML 1.1 reads the scalar this way (1.2 would read something else). */
  yaml11?: string
}

const TRUE_12 = new Set(['true', 'True', 'TRUE'])
const FALSE_12 = new Set(['false', 'False', 'FALSE'])
const TRUE_11 = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON'])
const FALSE_11 = new Set(['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF'])
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL'])

const DECIMAL = /^[-+]?(0|[1-9][0-9]*)$/
const OCTAL = /^[-+]?0[0-7]+$/
// Go's strconv.ParseInt(s, 0, 64), which go-yaml uses, takes the prefixes in either case.
const OCTAL_O = /^[-+]?0[oO][0-7]+$/
const HEX = /^[-+]?0[xX][0-9a-fA-F]+$/
const BINARY = /^[-+]?0[bB][01]+$/
/** YAML 1.2's core schema knows only lower-case, unsigned `0o` and `0x`. */
const CORE_12_PREFIXED = /^0[ox]/
const FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/
const INF = /^[-+]?\.(inf|Inf|INF)$/
const NAN = /^\.(nan|NaN|NAN)$/

function signOf(s: string): number {
  return s.startsWith('-') ? -1 : 1
}

function unsigned(s: string): string {
  return s.startsWith('-') || s.startsWith('+') ? s.slice(1) : s
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

/** Resolve an untagged plain scalar. */
export function resolvePlain(text: string): Resolved {
  if (text.length === 0) return { value: null }
  // Fast path: most scalars start with a letter that can be neither bool, null nor number.
  if (plainIsString(text)) return { value: text }
  const c = text.charCodeAt(0)
  if (TRUE_12.has(text)) return { value: true }
  if (FALSE_12.has(text)) return { value: false }
  if (NULLS.has(text)) return { value: null }
  if (TRUE_11.has(text))
    return {
      value: true,
      yaml11: `\`${text}\` is read by Kubernetes as \`true\` (YAML 1.1); write \`true\``,
    }
  if (FALSE_11.has(text))
    return {
      value: false,
      yaml11: `\`${text}\` is read by Kubernetes as \`false\` (YAML 1.1); write \`false\``,
    }
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) return { value: text }
  const plain = text.includes('_') ? text.replaceAll('_', '') : text
  const note = plain !== text ? ` (YAML 1.1 ignores the underscores)` : ''
  if (DECIMAL.test(plain)) {
    const value = Number(plain)
    return plain === text
      ? { value }
      : { value, yaml11: `\`${text}\` is read by Kubernetes as ${value}${note}` }
  }
  if (OCTAL.test(plain)) {
    const value = signOf(plain) * Number.parseInt(unsigned(plain), 8)
    return {
      value,
      yaml11: `\`${text}\` is octal to Kubernetes (YAML 1.1): it means ${value}${note}`,
    }
  }
  if (OCTAL_O.test(plain) || HEX.test(plain)) {
    const radix = plain.includes('x') || plain.includes('X') ? 16 : 8
    const value = signOf(plain) * Number.parseInt(unsigned(plain).slice(2), radix)
    return plain === text && CORE_12_PREFIXED.test(text)
      ? { value }
      : { value, yaml11: `\`${text}\` is read by Kubernetes as ${value} (YAML 1.1)${note}` }
  }
  if (BINARY.test(plain)) {
    const value = signOf(plain) * Number.parseInt(unsigned(plain).slice(2), 2)
    return { value, yaml11: `\`${text}\` is binary to Kubernetes (YAML 1.1): it means ${value}` }
  }
  if (FLOAT.test(plain) && plain !== '.') {
    const value = Number(plain)
    return plain === text
      ? { value }
      : { value, yaml11: `\`${text}\` is read by Kubernetes as ${value}${note}` }
  }
  if (INF.test(text)) return { value: signOf(text) * Number.POSITIVE_INFINITY }
  if (NAN.test(text)) return { value: Number.NaN }
  return { value: text }
}

/** Resolve a scalar carrying an explicit standard tag (`!!str`, `!!int`, ...). */
export function resolveTagged(tag: string, text: string): Resolved | { error: string } {
  switch (tag) {
    case '!!str':
    case '!!binary':
    case '!!timestamp':
      return { value: text }
    case '!!null':
      return { value: null }
    case '!!bool': {
      const r = resolvePlain(text)
      return typeof r.value === 'boolean' ? r : { error: `cannot decode ${text} as a !!bool` }
    }
    case '!!int':
    case '!!float': {
      const r = resolvePlain(text)
      return typeof r.value === 'number' ? r : { error: `cannot decode ${text} as a ${tag}` }
    }
    default:
      return resolvePlain(text)
  }
}
