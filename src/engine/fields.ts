/**
 * Typed reads from untrusted YAML values, shared by the families that report wrong types (netpol,
 * psp). A value of the wrong type goes to `wrong` (each family words and files it its own way) and
 * reads as absent; absent and null read as absent too. Nothing here throws.
 */
import { isObj, type Obj } from './obj'
import type { Path } from './report'

/** How a wrong-type message names the value it got: `null`, `list`, `map`, `number`, … */
export const typeName = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'list' : typeof v === 'object' ? 'map' : typeof v

export abstract class FieldReader {
  /** Reports a value at `path` that is not `want` (`a string`, `a map`, …). */
  abstract wrong(path: Path, want: string, v: unknown): void

  bool(o: Obj, k: string, at: Path): boolean | undefined {
    const v = o[k]
    if (v === undefined || v === null) return undefined
    if (typeof v === 'boolean') return v
    this.wrong([...at, k], 'a boolean', v)
    return undefined
  }

  str(o: Obj, k: string, at: Path): string | undefined {
    const v = o[k]
    if (v === undefined || v === null) return undefined
    if (typeof v === 'string') return v
    this.wrong([...at, k], 'a string', v)
    return undefined
  }

  int(o: Obj, k: string, at: Path): number | undefined {
    const v = o[k]
    if (v === undefined || v === null) return undefined
    if (typeof v === 'number' && Number.isInteger(v)) return v
    this.wrong([...at, k], 'an integer', v)
    return undefined
  }

  obj(o: Obj, k: string, at: Path): Obj | undefined {
    const v = o[k]
    if (v === undefined || v === null) return undefined
    if (isObj(v)) return v
    this.wrong([...at, k], 'a map', v)
    return undefined
  }

  /** A list; absent or null reads as []. */
  list(o: Obj, k: string, at: Path): unknown[] {
    const v = o[k]
    if (v === undefined || v === null) return []
    if (Array.isArray(v)) return v
    this.wrong([...at, k], 'a list', v)
    return []
  }

  /** The strings of a list; other items are reported and skipped. */
  strs(o: Obj, k: string, at: Path): string[] {
    const out: string[] = []
    this.list(o, k, at).forEach((v, i) => {
      if (typeof v === 'string') out.push(v)
      else this.wrong([...at, k, i], 'a string', v)
    })
    return out
  }

  /** The maps of a list; other items (null too) are reported and skipped. */
  objs(o: Obj, k: string, at: Path): Obj[] {
    const out: Obj[] = []
    this.list(o, k, at).forEach((v, i) => {
      if (isObj(v)) out.push(v)
      else this.wrong([...at, k, i], 'a map', v)
    })
    return out
  }
}
