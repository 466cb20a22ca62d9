/**
 * Turns the documents of both editors into the objects podplay evaluates: workloads with their pod
 * template (and where it sits), Namespaces, PodSecurityPolicies and NetworkPolicies; other kinds are
 * noted as not evaluated.
 *
 * Both editors hold whole installs (issue 11): the pod editor is what is applied, the policy editor
 * what the cluster already has. Namespaces, PodSecurityPolicies and NetworkPolicies count from
 * either side (cluster.ts settles duplicates). Workloads are judged only from the pod editor; the
 * policy editor's Pods and workloads already run: they are not judged (they were admitted long ago)
 * but their pods take part in the network, as the pods a change must still reach.
 *
 * Lists are read as kubectl reads them (cluster-path.md §4; apimachinery
 * pkg/apis/meta/v1/unstructured/helpers.go `decode`/`decodeToList`, cli-runtime
 * pkg/resource/visitor.go `FlattenListVisitor`, apimachinery pkg/api/meta/help.go `ExtractList`):
 * any document with a top-level `items` key is a list, whatever its kind; an item with neither kind
 * nor apiVersion gets the list's apiVersion and its kind minus `List`; a list inside a list fails.
 */
import { isObj, type Obj } from '../obj'
import { formatPath } from '../path'
import type { EditorId, Path, Severity } from '../report'
import type { YamlDocument } from '../yaml'
import { goJsonShort } from '../yaml/json'
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
  /** Pods and workloads of the policy editor: already running, not judged, in the network. */
  running: FoundWorkload[]
  namespaces: Found[]
  podSecurityPolicies: Found[]
  networkPolicies: Found[]
  problems: ExtractProblem[]
  /** Every object with a kind, in either editor (ValidatingAdmissionPolicy: policies, bindings, params, subjects). */
  objects: Found[]
}

export function emptyExtracted(): Extracted {
  return {
    workloads: [],
    running: [],
    namespaces: [],
    podSecurityPolicies: [],
    networkPolicies: [],
    problems: [],
    objects: [],
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
  for (const doc of docs) {
    const value = doc.value
    if (isObj(value) && Object.hasOwn(value, 'items')) readList(editor, doc, value, into)
    else visit(editor, doc, value, [], into)
  }
}

/** Go's name of a JSON value's type in `json: cannot unmarshal X into ...`. */
function jsonType(v: unknown): string {
  if (Array.isArray(v)) return 'array'
  if (isObj(v)) return 'object'
  return typeof v === 'boolean' ? 'bool' : typeof v
}

function missingKind(value: unknown): string {
  return `Object 'Kind' is missing in '${goJsonShort(value)}': kubectl cannot tell what this document is and fails (\`unable to decode\`). Add \`kind:\` (for example \`kind: Pod\`).`
}

/** A document with a top-level `items` key: kubectl's UnstructuredList, flattened into its items. */
function readList(editor: EditorId, doc: YamlDocument, list: Obj, into: Extracted): void {
  const problem = (path: Path, severity: Severity, code: string, message: string) =>
    into.problems.push({ editor, doc, path, severity, code, message })
  const items = list.items
  if (items !== null && !Array.isArray(items)) {
    problem(
      ['items'],
      'error',
      'wrong-type',
      `json: cannot unmarshal ${jsonType(items)} into Go struct field decodeList.items of type []json.RawMessage. kubectl reads any document with a top-level \`items:\` as a list, so \`items\` must be a list of objects; nothing of this document is applied.`,
    )
    return
  }
  const elements = items ?? []
  let ok = true
  elements.forEach((item, i) => {
    if (item === null || isObj(item)) return
    ok = false
    problem(
      ['items', i],
      'error',
      'not-an-object',
      `json: cannot unmarshal ${jsonType(item)} into Go value of type map[string]interface {}. Each item of a list must be an object (a map with apiVersion and kind); kubectl applies nothing of this list.`,
    )
  })
  if (!ok) return
  const kind = typeof list.kind === 'string' ? list.kind : ''
  if (kind === '') {
    problem([], 'error', 'missing-kind', missingKind(list))
    return
  }
  elements.forEach((item, i) => {
    if (!isObj(item) || !Array.isArray(item.items)) return
    ok = false
    problem(
      ['items', i, 'items'],
      'error',
      'nested-list',
      "*unstructured.Unstructured is not a list: no Items field in this object. This item is itself a list (it has `items:`): kubectl apply and create fail on a list inside a list, so none of this list's objects are applied, and podplay evaluates none of them. Move the inner items into the outer list.",
    )
  })
  if (!ok) return
  if (elements.length === 0) {
    problem(
      ['items'],
      'warning',
      'empty-list',
      `kubectl reads this document as a list because it has a top-level \`items:\` key${kind.endsWith('List') ? '' : ` (even though its kind is ${kind})`}; with no items, nothing of it is applied.`,
    )
    return
  }
  const apiVersion = typeof list.apiVersion === 'string' ? list.apiVersion : ''
  const itemKind = kind.endsWith('List') ? kind.slice(0, -'List'.length) : kind
  elements.forEach((item, i) => {
    let obj: Obj = isObj(item) ? item : {}
    const k = typeof obj.kind === 'string' ? obj.kind : ''
    const v = typeof obj.apiVersion === 'string' ? obj.apiVersion : ''
    // (a spread defines own properties: an own `__proto__` key stays data)
    if (k === '' && v === '') obj = { ...obj, kind: itemKind, apiVersion }
    visit(editor, doc, obj, ['items', i], into)
  })
}

function visit(
  editor: EditorId,
  doc: YamlDocument,
  value: unknown,
  at: Path,
  into: Extracted,
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
    problem([], 'error', 'missing-kind', missingKind(value))
    return
  }
  if (kind === 'List') {
    // No top-level `items` (else it would have been read as a list): no resource has this kind.
    problem(
      [],
      'error',
      'wrong-type',
      `A \`kind: List\` without \`items:\` is not read as a list by kubectl (only a top-level \`items\` key makes one), and no resource has kind List: kubectl fails (\`no matches for kind "List"\`). Add \`items:\`, a list of objects.`,
    )
    return
  }
  const meta = isObj(value.metadata) ? value.metadata : {}
  const name = typeof meta.name === 'string' ? meta.name : ''
  const namespace =
    typeof meta.namespace === 'string' && meta.namespace !== '' ? meta.namespace : 'default'
  const found: Found = { editor, doc, at, object: value, kind, name, namespace }
  into.objects.push(found)
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
    const templatePath = TEMPLATE_PATHS[kind]!
    const template = templatePath.length === 0 ? value : get(value, templatePath)
    if (editor === 'policy') {
      problem(
        ['kind'],
        'info',
        'in-cluster',
        `This ${kind} is what the cluster already runs (policy editor): it is not judged, and its pods take part in the network. Put it in the pod editor (left) to judge it as applied.`,
      )
      if (isObj(template)) into.running.push({ ...found, templatePath, template })
      return
    }
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
    into.podSecurityPolicies.push(found)
    return
  }
  if (kind === 'NetworkPolicy') {
    into.networkPolicies.push(found)
    return
  }
  if (kind === 'ValidatingAdmissionPolicy' || kind === 'ValidatingAdmissionPolicyBinding') return
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
