/**
 * Turns the documents of both editors into the objects podplay evaluates: workloads with their pod
 * template (and where it sits), Namespaces, PodSecurityPolicies and NetworkPolicies. `List`s are
 * opened; other kinds are noted as not evaluated.
 */
import { isObj, type Obj } from '../obj'
import { formatPath } from '../path'
import type { EditorId, Path, Severity } from '../report'
import type { YamlDocument } from '../yaml'
import { isWorkloadKind, TEMPLATE_PATHS } from './kinds'

/** An object found in an editor: its document and its path inside it. */
export interface Found {
  editor: EditorId
  doc: YamlDocument
  /** Path of the object inside its document ([] or ['items', i]). */
  at: Path
  object: Obj
  kind: string
  name: string
  namespace: string
}

export interface FoundWorkload extends Found {
  /** Path of the pod (template) inside the object. */
  templatePath: Path
  /** The pod, or the template ({metadata, spec}); null when missing. */
  template: Obj | null
}

export interface ExtractProblem {
  editor: EditorId
  doc: YamlDocument
  path: Path
  severity: Severity
  code: string
  message: string
}

export interface Extracted {
  workloads: FoundWorkload[]
  namespaces: Found[]
  podSecurityPolicies: Found[]
  networkPolicies: Found[]
  problems: ExtractProblem[]
}

export function emptyExtracted(): Extracted {
  return {
    workloads: [],
    namespaces: [],
    podSecurityPolicies: [],
    networkPolicies: [],
    problems: [],
  }
}

function get(obj: unknown, path: Path): unknown {
  let node = obj
  for (const part of path) {
    if (!isObj(node) && !Array.isArray(node)) return undefined
    node = (node as Record<string | number, unknown>)[part]
  }
  return node
}

export function extract(editor: EditorId, docs: YamlDocument[], into: Extracted): void {
  for (const doc of docs) visit(editor, doc, doc.value, [], into, 0)
}

function visit(
  editor: EditorId,
  doc: YamlDocument,
  value: unknown,
  at: Path,
  into: Extracted,
  depth: number,
): void {
  const problem = (path: Path, severity: Severity, code: string, message: string) =>
    into.problems.push({ editor, doc, path: [...at, ...path], severity, code, message })
  if (!isObj(value)) {
    problem(
      [],
      'error',
      'not-an-object',
      `This document is ${Array.isArray(value) ? 'a list' : `the value ${JSON.stringify(value)}`}, not a Kubernetes object (a map with apiVersion and kind).`,
    )
    return
  }
  const kind = value.kind
  if (typeof kind !== 'string' || kind === '') {
    problem(
      [],
      'error',
      'missing-kind',
      "Object 'Kind' is missing: add `kind:` (for example `kind: Pod`) so podplay knows what this document is.",
    )
    return
  }
  if (kind === 'List' || (kind.endsWith('List') && Array.isArray(value.items))) {
    if (!Array.isArray(value.items)) {
      problem(['items'], 'error', 'wrong-type', 'A List needs `items:`, a list of objects.')
      return
    }
    if (depth > 2) return
    value.items.forEach((item, i) => {
      visit(editor, doc, item, [...at, 'items', i], into, depth + 1)
    })
    return
  }
  const meta = isObj(value.metadata) ? value.metadata : {}
  const name = typeof meta.name === 'string' ? meta.name : ''
  const namespace =
    typeof meta.namespace === 'string' && meta.namespace !== '' ? meta.namespace : 'default'
  const found: Found = { editor, doc, at, object: value, kind, name, namespace }
  const evaluated =
    isWorkloadKind(kind) || ['Namespace', 'PodSecurityPolicy', 'NetworkPolicy'].includes(kind)
  if (evaluated && typeof value.apiVersion !== 'string') {
    problem(
      [],
      'warning',
      'missing-api-version',
      `This ${kind} has no \`apiVersion:\`; Kubernetes requires one (for example \`apiVersion: ${apiVersionHint(kind)}\`).`,
    )
  }
  if (isWorkloadKind(kind)) {
    if (editor === 'policy') {
      problem(
        ['kind'],
        'info',
        'wrong-editor',
        `A ${kind} belongs in the pod editor (left); it is evaluated there.`,
      )
      return
    }
    const templatePath = TEMPLATE_PATHS[kind]!
    const template = templatePath.length === 0 ? value : get(value, templatePath)
    if (!isObj(template)) {
      problem(
        templatePath.slice(0, -1),
        'error',
        'missing-template',
        `${formatPath(templatePath)}: Required value: a ${kind} needs a pod template.`,
      )
      into.workloads.push({ ...found, templatePath, template: null })
      return
    }
    into.workloads.push({ ...found, templatePath, template })
    return
  }
  if (kind === 'Namespace') {
    into.namespaces.push({ ...found, namespace: name })
    return
  }
  if (kind === 'PodSecurityPolicy') {
    if (editor === 'pod')
      problem(
        ['kind'],
        'info',
        'wrong-editor',
        'PodSecurityPolicies belong in the policy editor (right); it is not applied from here.',
      )
    else into.podSecurityPolicies.push(found)
    return
  }
  if (kind === 'NetworkPolicy') {
    if (editor === 'pod')
      problem(
        ['kind'],
        'info',
        'wrong-editor',
        'NetworkPolicies belong in the policy editor (right); it is not applied from here.',
      )
    else into.networkPolicies.push(found)
    return
  }
  problem(
    ['kind'],
    'info',
    'not-evaluated',
    `${kind} "${name}" is not evaluated: podplay judges Pods, workloads, Namespaces, PodSecurityPolicies and NetworkPolicies.`,
  )
}

function apiVersionHint(kind: string): string {
  if (
    kind === 'Pod' ||
    kind === 'Namespace' ||
    kind === 'ReplicationController' ||
    kind === 'PodTemplate'
  )
    return 'v1'
  if (kind === 'Job' || kind === 'CronJob') return 'batch/v1'
  if (kind === 'NetworkPolicy') return 'networking.k8s.io/v1'
  if (kind === 'PodSecurityPolicy') return 'policy/v1beta1'
  return 'apps/v1'
}
