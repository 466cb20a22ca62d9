/**
 * Typed reads from untrusted YAML values. A value of the wrong type is an `error` problem at its
 * path (the API server would refuse to decode it) and reads as absent; nothing here throws.
 */
import { formatPath } from '../path'
import type { Path, Severity } from '../report'
import type { NetProblem } from './types'

export type Obj = Record<string, unknown>

export const isObj = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const typeName = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'list' : typeof v === 'object' ? 'map' : typeof v

export class Fields {
  readonly problems: NetProblem[] = []

  /** A Kubernetes-style field error: `spec.ingress[0].from[0]: Required value: must specify a peer`. */
  add(
    path: Path,
    kind: string,
    detail: string,
    severity: Severity = 'error',
    code = 'netpol-invalid',
  ) {
    const message = [formatPath(path), kind, detail].filter((s) => s !== '').join(': ')
    this.problems.push({ path, severity, code, message })
  }

  note(path: Path, message: string, severity: Severity, code: string) {
    this.problems.push({ path, message, severity, code })
  }

  wrong(path: Path, want: string, v: unknown) {
    this.add(path, 'Invalid type', `expected ${want}, got ${typeName(v)}`, 'error', 'wrong-type')
  }

  get hasError(): boolean {
    return this.problems.some((p) => p.severity === 'error')
  }

  str(o: Obj, k: string, at: Path): string | undefined {
    const v = o[k]
    if (v === undefined || v === null) return undefined
    if (typeof v === 'string') return v
    this.wrong([...at, k], 'a string', v)
    return undefined
  }

  obj(o: Obj, k: string, at: Path): Obj | undefined {
    const v = o[k]
    if (v === undefined || v === null) return undefined
    if (isObj(v)) return v
    this.wrong([...at, k], 'a map', v)
    return undefined
  }

  /** A list; absent or null reads as []; `present` tells whether the key was there at all. */
  list(o: Obj, k: string, at: Path): unknown[] {
    const v = o[k]
    if (v === undefined || v === null) return []
    if (Array.isArray(v)) return v
    this.wrong([...at, k], 'a list', v)
    return []
  }

  /** Each item must be a map; others are reported and skipped. */
  maps(o: Obj, k: string, at: Path): { item: Obj; path: Path }[] {
    const out: { item: Obj; path: Path }[] = []
    this.list(o, k, at).forEach((v, i) => {
      const path = [...at, k, i]
      // A null list item decodes to the zero value in Kubernetes (an empty struct).
      if (v === null) out.push({ item: {}, path })
      else if (isObj(v)) out.push({ item: v, path })
      else this.wrong(path, 'a map', v)
    })
    return out
  }

  strs(o: Obj, k: string, at: Path): string[] {
    const out: string[] = []
    this.list(o, k, at).forEach((v, i) => {
      if (typeof v === 'string') out.push(v)
      else this.wrong([...at, k, i], 'a string', v)
    })
    return out
  }
}
