/**
 * Kubernetes URL library (k8s.io/apiserver/pkg/cel/library/urls.go over Go's url.ParseRequestURI):
 * `url`, `isURL`, `getScheme`, `getHost`, `getHostname`, `getPort`, `getEscapedPath`, `getQuery`.
 * A request URI is absolute (`scheme:...`) or an absolute path (`/...`); no fragment.
 */

export class URLValue {
  readonly scheme: string
  readonly host: string
  readonly path: string
  readonly query: string
  constructor(scheme: string, host: string, path: string, query: string) {
    this.scheme = scheme
    this.host = host
    this.path = path
    this.query = query
  }
  getScheme(): string {
    return this.scheme
  }
  getHost(): string {
    return this.host
  }
  getHostname(): string {
    const h = this.host
    if (h.startsWith('[')) return h.slice(1, h.indexOf(']'))
    const colon = h.lastIndexOf(':')
    return colon >= 0 ? h.slice(0, colon) : h
  }
  getPort(): string {
    const h = this.host
    const colon = h.lastIndexOf(':')
    if (colon < 0 || (h.startsWith('[') && colon < h.indexOf(']'))) return ''
    return h.slice(colon + 1)
  }
  getEscapedPath(): string {
    return this.path
  }
  getQuery(): Map<string, string[]> {
    const out = new Map<string, string[]>()
    if (this.query === '') return out
    for (const part of this.query.split('&')) {
      if (part === '') continue
      const eq = part.indexOf('=')
      const k = decodeURIComponent((eq < 0 ? part : part.slice(0, eq)).replace(/\+/g, ' '))
      const v = eq < 0 ? '' : decodeURIComponent(part.slice(eq + 1).replace(/\+/g, ' '))
      out.set(k, [...(out.get(k) ?? []), v])
    }
    return out
  }
}

export function parseUrl(s: string): URLValue {
  const fail = (): never => {
    throw new Error(
      `URL parse error during conversion from string: parse ${JSON.stringify(s)}: invalid URI for request`,
    )
  }
  if (s === '' || s.includes('#') || [...s].some((ch) => ch.charCodeAt(0) <= 0x20)) fail()
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):(.*)$/.exec(s)
  if (!m) {
    if (!s.startsWith('/')) fail()
    const q = s.indexOf('?')
    return new URLValue('', '', q < 0 ? s : s.slice(0, q), q < 0 ? '' : s.slice(q + 1))
  }
  let rest = m[2]!
  let host = ''
  const q = rest.indexOf('?')
  const query = q < 0 ? '' : rest.slice(q + 1)
  if (q >= 0) rest = rest.slice(0, q)
  if (rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2)
    host = slash < 0 ? rest.slice(2) : rest.slice(2, slash)
    rest = slash < 0 ? '' : rest.slice(slash)
    const at = host.lastIndexOf('@')
    if (at >= 0) host = host.slice(at + 1)
  }
  return new URLValue(m[1]!, host, rest, query)
}

export function isUrl(s: string): boolean {
  try {
    parseUrl(s)
    return true
  } catch {
    return false
  }
}
