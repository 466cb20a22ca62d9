/**
 * The one error line a cluster gives for an object with decode problems (cluster-path.md §4, §5):
 * the API server's 400 BadRequest text, or kubectl's own error when its metadata check fails first.
 *
 * Sources: apimachinery runtime/serializer/json/json.go (`Decode`: strict errors are returned only
 * when decoding otherwise succeeded), runtime/error.go (`NewStrictDecodingError`:
 * `strict decoding error: ` + errors joined by `, `), apiserver endpoints/handlers/rest.go
 * (`transformDecodeError`: `<Kind> in version "<version>" cannot be handled as a <Kind>: <err>`),
 * sigs.k8s.io/json kubernetes_patch.go (`saveStrictError`: deduplicated, at most 100), Go
 * encoding/json decode.go (`saveError` keeps the first type error; an UnmarshalJSON error returns at
 * once).
 */
import type { DecodeProblem } from './decode'
import { kindInfo } from './tree'

export const MAX_STRICT_ERRORS = 100

export interface DecodeError {
  /** `kubectl`: printed by kubectl as `error: unable to decode "<file>": <message>`, nothing sent. */
  by: 'kubectl' | 'server'
  message: string
}

/** The version part of an apiVersion: `apps/v1` -> `v1`. */
function versionOf(apiVersion: string): string {
  const slash = apiVersion.lastIndexOf('/')
  return slash < 0 ? apiVersion : apiVersion.slice(slash + 1)
}

/**
 * The error the cluster path stops with for these problems (in the order decodeObject returns them),
 * or null when there are none. `apiVersion` is the object's own (the tree's when not a string).
 */
export function decodeErrorMessage(
  kind: string,
  apiVersion: unknown,
  problems: readonly DecodeProblem[],
): DecodeError | null {
  if (problems.length === 0) return null
  const kubectl = problems.find((p) => p.by === 'kubectl')
  if (kubectl) return { by: 'kubectl', message: kubectl.message }
  const version = versionOf(
    typeof apiVersion === 'string' ? apiVersion : (kindInfo(kind)?.apiVersion ?? 'v1'),
  )
  const wrap = (err: string) =>
    `${kind} in version "${version}" cannot be handled as a ${kind}: ${err}`
  const fatal =
    problems.find((p) => p.code === 'wrong-type' && p.aborts) ??
    problems.find((p) => p.code === 'wrong-type')
  if (fatal) return { by: 'server', message: wrap(fatal.message) }
  const seen = new Set<string>()
  for (const p of problems) {
    if (p.code !== 'unknown-field' || seen.has(p.message)) continue
    if (seen.size === MAX_STRICT_ERRORS) break
    seen.add(p.message)
  }
  return { by: 'server', message: wrap(`strict decoding error: ${[...seen].join(', ')}`) }
}
