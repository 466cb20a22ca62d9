import type { Path } from './report'

/**
 * Kubernetes field-path notation: `spec.containers[0].securityContext`.
 * Keys that are not plain identifiers (annotation and label keys) are written in brackets:
 * `metadata.annotations[seccomp.security.alpha.kubernetes.io/pod]`.
 */
export function formatPath(path: Path): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(part)) out += out === '' ? part : `.${part}`
    else out += `[${part}]`
  }
  return out
}
