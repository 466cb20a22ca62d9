/**
 * Typed reads from untrusted YAML values. A value of the wrong type is an `error` problem at its
 * path (the API server would refuse to decode it) and reads as absent; nothing here throws.
 */
import { FieldReader, typeName } from '../fields'
import { isObj, type Obj } from '../obj'
import { formatPath } from '../path'
import type { Path, Severity } from '../report'
import type { NetProblem } from './types'

export { isObj, type Obj }

export class Fields extends FieldReader {
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

  /** Each item must be a map; a null item reads as {}, others are reported and skipped. */
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
}
