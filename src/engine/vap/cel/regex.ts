/**
 * Kubernetes regex library (k8s.io/apiserver/pkg/cel/library/regex.go): `find` and `findAll` with
 * an optional limit, in RE2 syntax (Go's regexp) read as JavaScript's: `(?i)`-style leading flags,
 * `(?P<name>...)` groups and `\z` are translated; other RE2-only syntax is an error.
 */

export interface CompiledRegex {
  re: RegExp
}

const CACHE = new Map<string, RegExp>()

/** RE2 pattern -> JavaScript RegExp (global), or the error cel-go reports for a bad pattern. */
export function compileRe2(pattern: string): RegExp {
  const cached = CACHE.get(pattern)
  if (cached) return new RegExp(cached.source, cached.flags)
  let src = pattern
  let flags = 'g'
  const lead = /^\(\?([imsU]+)\)/.exec(src)
  if (lead) {
    for (const f of lead[1]!) if (f === 'i' || f === 'm' || f === 's') flags += f
    src = src.slice(lead[0].length)
  }
  src = src
    .replace(/\(\?P</g, '(?<')
    .replace(/\\z/g, '$(?![\\s\\S])')
    .replace(/\\A/g, '^')
  let re: RegExp
  try {
    re = new RegExp(src, flags)
  } catch {
    throw new Error(`error parsing regexp: invalid regexp: \`${pattern}\``)
  }
  if (CACHE.size > 500) CACHE.clear()
  CACHE.set(pattern, re)
  return new RegExp(re.source, re.flags)
}

/** `matches` as cel-go runs it: an unanchored search. */
export function matches(s: string, pattern: string): boolean {
  return compileRe2(pattern).test(s)
}

/** `<string>.find(<regex>)`: the first match, or "" (regex.go `find`). */
export function find(s: string, pattern: string): string {
  const m = compileRe2(pattern).exec(s)
  return m ? m[0] : ''
}

/** `<string>.findAll(<regex>[, <limit>])`: matches, at most `limit` when limit >= 0 (regex.go). */
export function findAll(s: string, pattern: string, limit = -1n): string[] {
  if (limit === 0n) return []
  const out: string[] = []
  const re = compileRe2(pattern)
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out.push(m[0])
    if (m[0] === '') re.lastIndex++
    if (limit > 0n && BigInt(out.length) >= limit) break
  }
  return out
}
