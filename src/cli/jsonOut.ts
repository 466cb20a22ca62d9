/**
 * Prints a large JSON value in pieces: the same bytes as `JSON.stringify(value) + '\n'`, without
 * building one string of the whole report (12 MB for 5 MB of workloads) and one buffer of it on
 * top. The top-level object's keys and the items of its top-level arrays are serialized one by one
 * and written about a megabyte at a time.
 */

/** About how many characters are gathered before a write. */
const PIECE = 1 << 20

export function writeJson(value: unknown, write: (s: string) => void, piece = PIECE): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || hasToJSON(value)) {
    write(`${JSON.stringify(value)}\n`)
    return
  }
  const parts: string[] = []
  let size = 0
  const add = (s: string) => {
    parts.push(s)
    size += s.length
    if (size >= piece) flush()
  }
  const flush = () => {
    if (parts.length > 0) write(parts.join(''))
    parts.length = 0
    size = 0
  }
  add('{')
  let first = true
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key]
    // what JSON.stringify leaves out of an object
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue
    add(`${first ? '' : ','}${JSON.stringify(key)}:`)
    first = false
    if (Array.isArray(v) && !hasToJSON(v)) {
      add('[')
      for (let i = 0; i < v.length; i++) {
        // an array holds null where JSON.stringify has nothing to write
        add((i > 0 ? ',' : '') + (JSON.stringify(v[i]) ?? 'null'))
      }
      add(']')
    } else add(JSON.stringify(v))
  }
  add('}\n')
  flush()
}

function hasToJSON(value: object): boolean {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function'
}
