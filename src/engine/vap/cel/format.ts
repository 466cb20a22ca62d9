/**
 * cel-go strings extension, version 2+ (`ext/strings.go`, `ext/formatting.go`), the parts the JS
 * implementation lacks: `<string>.format(<list>)` with `%s %d %f %.Nf %e %b %o %x %X %%`, and
 * `<string>.charAt(<int>)`.
 */

function str(v: unknown): string {
  if (v === null) return 'null'
  if (typeof v === 'string') return v
  if (typeof v === 'bigint' || typeof v === 'boolean') return String(v)
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return 'NaN'
    if (!Number.isFinite(v)) return v > 0 ? 'Infinity' : '-Infinity'
    return String(v)
  }
  if (Array.isArray(v)) return `[${v.map(str).join(', ')}]`
  if (v instanceof Map)
    return `{${[...v.entries()].map(([k, x]) => `${str(k)}: ${str(x)}`).join(', ')}}`
  if (v instanceof Uint8Array)
    return decodeURIComponent([...v].map((b) => `%${b.toString(16).padStart(2, '0')}`).join(''))
  if (typeof v === 'object' && Object.getPrototypeOf(v) === null)
    return `{${Object.entries(v)
      .map(([k, x]) => `${k}: ${str(x)}`)
      .join(', ')}}`
  return String(v)
}

function num(v: unknown, clause: string): number | bigint {
  if (typeof v === 'bigint' || typeof v === 'number') return v
  if (v && typeof v === 'object' && 'value' in v && typeof v.value === 'bigint') return v.value
  throw new Error(
    `error during formatting: ${clause} clause can only be used on integers, was given ${typeof v}`,
  )
}

function special(n: number): string | null {
  if (Number.isNaN(n)) return 'NaN'
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity'
  return null
}

export function formatString(fmt: string, args: readonly unknown[]): string {
  let out = ''
  let argi = 0
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i]!
    if (c !== '%') {
      out += c
      continue
    }
    i++
    if (fmt[i] === '%') {
      out += '%'
      continue
    }
    let precision: number | null = null
    const p = /^\.(\d+)/.exec(fmt.slice(i))
    if (p) {
      precision = Number(p[1])
      i += p[0].length
    }
    const verb = fmt[i]
    if (verb === undefined)
      throw new Error('could not parse formatting clause: unexpected end of string')
    if (argi >= args.length) throw new Error(`index ${argi} out of range`)
    const arg = args[argi++]
    switch (verb) {
      case 's':
        out += str(arg)
        break
      case 'd': {
        const n = num(arg, 'decimal')
        out += typeof n === 'number' ? (special(n) ?? String(Math.trunc(n))) : String(n)
        break
      }
      case 'f':
      case 'e': {
        const n = Number(typeof arg === 'bigint' || typeof arg === 'number' ? arg : Number.NaN)
        const s = special(n)
        const digits = precision ?? 6
        out +=
          s ??
          (verb === 'f'
            ? n.toFixed(digits)
            : n.toExponential(digits).replace(/e([+-])(\d)$/, 'e$10$2'))
        break
      }
      case 'b':
        out += typeof arg === 'boolean' ? (arg ? '1' : '0') : num(arg, 'binary').toString(2)
        break
      case 'o':
        out += num(arg, 'octal').toString(8)
        break
      case 'x':
      case 'X': {
        let s: string
        if (typeof arg === 'string') s = utf8Hex(arg)
        else if (arg instanceof Uint8Array)
          s = [...arg].map((b) => b.toString(16).padStart(2, '0')).join('')
        else s = num(arg, 'hex').toString(16)
        out += verb === 'X' ? s.toUpperCase() : s
        break
      }
      default:
        throw new Error(
          `could not parse formatting clause: unrecognized formatting clause "${verb}"`,
        )
    }
  }
  return out
}

export function charAt(s: string, i: bigint): string {
  const chars = [...s]
  if (i < 0n || i > BigInt(chars.length)) throw new Error(`index out of range: ${i}`)
  return chars[Number(i)] ?? ''
}

function utf8Hex(s: string): string {
  return encodeURIComponent(s).replace(/%([0-9A-F]{2})|./g, (m, h: string | undefined) =>
    h ? h.toLowerCase() : m.charCodeAt(0).toString(16).padStart(2, '0'),
  )
}
