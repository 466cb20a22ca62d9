/**
 * How a rejected create reads (cluster-path.md §7.1): the API server's message
 * (staging/src/k8s.io/apimachinery/pkg/api/errors/errors.go NewInvalid, with
 * field.ErrorList.ToAggregate and utilerrors' aggregate: one error bare, several as `[e1, e2]`,
 * exact duplicates removed) and what kubectl prints for it (staging/src/k8s.io/kubectl/pkg/cmd/util/
 * helpers.go: `The <Kind> "<name>" is invalid: ` and the error, or a line per error as `* <error>`).
 */
import { goQuote } from '../go/quote'

const GROUPS: Readonly<Record<string, string>> = {
  Deployment: 'apps',
  ReplicaSet: 'apps',
  StatefulSet: 'apps',
  DaemonSet: 'apps',
  Job: 'batch',
  CronJob: 'batch',
}

/** schema.GroupKind.String(): `Kind` for the core group, `Kind.group` otherwise. */
export function qualifiedKind(kind: string): string {
  const group = Object.hasOwn(GROUPS, kind) ? GROUPS[kind] : undefined
  return group === undefined ? kind : `${kind}.${group}`
}

/** `Pod "p" is invalid: e` / `Deployment.apps "web" is invalid: [e1, e2]`. */
export function serverMessage(kind: string, name: string, errors: readonly string[]): string {
  const head = `${qualifiedKind(kind)} ${goQuote(name)} is invalid`
  const unique = [...new Set(errors)]
  if (unique.length === 0) return head
  return `${head}: ${unique.length === 1 ? unique[0] : `[${unique.join(', ')}]`}`
}

/**
 * What kubectl prints on standard error (with its final newline). Every error of the status
 * causes is listed, duplicates included; with several, the first line ends in `: `.
 */
export function kubectlMessage(kind: string, name: string, errors: readonly string[]): string {
  const prefix = `The ${kind} ${goQuote(name)} is invalid`
  if (errors.length === 0) return `${prefix}\n`
  if (errors.length === 1) return `${prefix}: ${errors[0]}\n`
  return `${prefix}: \n${errors.map((e) => `* ${e}\n`).join('')}`
}

/** One line of a multi-document `kubectl apply` that failed validation. */
export function kubectlApplyLine(
  file: string,
  kind: string,
  name: string,
  errors: readonly string[],
): string {
  return `Error from server (Invalid): error when creating ${goQuote(file)}: ${serverMessage(kind, name, errors)}`
}
