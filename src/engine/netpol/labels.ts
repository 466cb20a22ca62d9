/**
 * Label syntax as the API server validates it (apimachinery validation: qualified names for keys,
 * label values), and port names (IANA service names). Each returns null or the reason.
 */

const NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/

const NAME_RULE =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"

/** A label key: optional `prefix/` (DNS subdomain, at most 253) and a name of at most 63. */
export function labelKeyError(key: string): string | null {
  const parts = key.split('/')
  let name = key
  if (parts.length > 2)
    return `a qualified name ${NAME_RULE} with an optional DNS subdomain prefix and '/'`
  if (parts.length === 2) {
    const prefix = parts[0] ?? ''
    name = parts[1] ?? ''
    if (prefix.length === 0) return 'prefix part must be non-empty'
    if (prefix.length > 253) return 'prefix part must be no more than 253 characters'
    if (!DNS_SUBDOMAIN.test(prefix))
      return "prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character"
  }
  if (name.length === 0) return 'name part must be non-empty'
  if (name.length > 63) return 'name part must be no more than 63 characters'
  if (!NAME_PART.test(name)) return `name part ${NAME_RULE}`
  return null
}

/** A label value: empty, or at most 63 characters of the name syntax. */
export function labelValueError(value: string): string | null {
  if (value === '') return null
  if (value.length > 63) return 'must be no more than 63 characters'
  if (!NAME_PART.test(value)) return `a valid label ${NAME_RULE}`
  return null
}

/** IsValidPortName: 1-15 characters of a-z, 0-9 and '-', a letter, no edge or doubled '-'. */
export function portNameError(name: string): string | null {
  if (name.length < 1 || name.length > 15) return 'must be no more than 15 characters'
  if (!/^[-a-z0-9]+$/.test(name))
    return 'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)'
  if (!/[a-z]/.test(name)) return 'must contain at least one letter (a-z)'
  if (name.includes('--')) return 'must not contain consecutive hyphens'
  if (name.startsWith('-') || name.endsWith('-')) return 'must not begin or end with a hyphen'
  return null
}
