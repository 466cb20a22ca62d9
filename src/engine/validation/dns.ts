/**
 * Name formats of apimachinery (staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go):
 * IsDNS1123Label and IsDNS1123Subdomain return their error details, empty when the name is valid.
 * Lengths are in bytes.
 */

const LABEL_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?'
const SUBDOMAIN_FMT = `${LABEL_FMT}(\\.${LABEL_FMT})*`
const LABEL = new RegExp(`^${LABEL_FMT}$`)
const SUBDOMAIN = new RegExp(`^${SUBDOMAIN_FMT}$`)

const LABEL_MSG = `a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '${LABEL_FMT}')`
const SUBDOMAIN_MSG = `a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '${SUBDOMAIN_FMT}')`

/** Go's len() of a string: its UTF-8 bytes (a lone surrogate becomes U+FFFD, 3 bytes). */
export function byteLength(s: string): number {
  let n = 0
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4
  }
  return n
}

export const maxLenError = (n: number) => `must be no more than ${n} characters`

export function dnsLabelErrors(value: string): string[] {
  const errs: string[] = []
  if (byteLength(value) > 63) errs.push(maxLenError(63))
  if (!LABEL.test(value)) errs.push(SUBDOMAIN.test(value) ? 'must not contain dots' : LABEL_MSG)
  return errs
}

export function dnsSubdomainErrors(value: string): string[] {
  const errs: string[] = []
  if (byteLength(value) > 253) errs.push(maxLenError(253))
  if (!SUBDOMAIN.test(value)) errs.push(SUBDOMAIN_MSG)
  return errs
}
