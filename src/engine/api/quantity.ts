/**
 * Whether a value decodes into a `resource.Quantity`, and the error text when it does not, as
 * apimachinery's pkg/api/resource/quantity.go (`UnmarshalJSON`, `ParseQuantity`,
 * `parseQuantityString`, suffix.go `interpret`) gives it. `UnmarshalJSON` takes a JSON string's
 * contents, and any other JSON value as its text (`1.5`, `true`, `{...}`), trims spaces and parses.
 */

export const ERR_FORMAT_WRONG =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"
export const ERR_NUMERIC = 'unable to parse numeric part of quantity'
export const ERR_SUFFIX = "unable to parse quantity's suffix"

const SUFFIXES = new Set([
  '',
  'Ki',
  'Mi',
  'Gi',
  'Ti',
  'Pi',
  'Ei',
  'n',
  'u',
  'm',
  'k',
  'M',
  'G',
  'T',
  'P',
  'E',
])
const SUFFIX_CHARS = 'eEinumkKMGTP'
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9'

/** suffix.go `interpret`: a binary or decimal SI suffix, or a decimal exponent `e<int>`/`E<int>`. */
function knownSuffix(s: string): boolean {
  if (SUFFIXES.has(s)) return true
  if (s.length > 1 && (s[0] === 'e' || s[0] === 'E')) return /^[+-]?\d+$/.test(s.slice(1))
  return false
}

/** The usual forms (`500m`, `128Mi`, `2`, `0.5`), which all parse: the fast path. */
const PLAIN = /^\d+(?:\.\d+)?(?:[numkMGTPE]|[KMGTPE]i)?$/

/** The parse error of `ParseQuantity(text)`, or null when it parses. */
export function quantityError(input: string): string | null {
  if (PLAIN.test(input)) return null
  const str = input.trim()
  if (str === '') return ERR_FORMAT_WRONG
  if (str === '0') return null
  let pos = 0
  const end = str.length
  if (str[0] === '-' || str[0] === '+') pos++
  while (pos < end && str[pos] === '0') pos++
  if (pos >= end) return null // only a sign and zeros: 0
  while (pos < end && isDigit(str[pos])) pos++
  if (pos >= end) return null
  if (str[pos] === '.') {
    pos++
    while (pos < end && isDigit(str[pos])) pos++
  }
  const value = str.slice(0, pos)
  let i = pos
  while (i < end && SUFFIX_CHARS.includes(str[i]!)) i++
  if (i < end && (str[i] === '-' || str[i] === '+')) i++
  while (i < end && isDigit(str[i])) i++
  if (i < end) return ERR_FORMAT_WRONG
  if (!knownSuffix(str.slice(pos))) return ERR_SUFFIX
  // inf.Dec.SetString of the number part: digits with at most one point, after an optional sign.
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(value)) return ERR_NUMERIC
  return null
}
