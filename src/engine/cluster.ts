/**
 * The objects as the cluster ends up holding them (cli-and-report.md "Additions (turn 2)"):
 * - objects of one kind and name applied twice: the later document stands, as `kubectl apply`
 *   leaves it, and the earlier one gets a warning and is not judged;
 * - a Namespace in the policy editor is the cluster as it is and wins over one of the same name
 *   in the pod editor; both lines get a warning.
 * - PodSecurityPolicies and NetworkPolicies count from either editor (issue 11). The policy editor
 *   is what the cluster has, the pod editor what is applied over it: `kubectl apply` replaces the
 *   cluster's object of the same name, so the pod editor's stands (a warning at both lines).
 * - the policy editor's Pods and workloads already run (network only); one the pod editor applies
 *   again under the same kind and name is replaced by it.
 * Pure: takes the found objects, returns the ones that stand and the warnings.
 */
import type { EditorId, Path, Severity } from './report'
import type { Extracted, Found, FoundWorkload } from './workloads/extract'

/** A warning about a shadowed object, located by the caller. */
export interface ClusterProblem {
  object: Found
  path: Path
  severity: Severity
  code: 'duplicate-object' | 'namespace-conflict' | 'replaced-in-cluster'
  message: string
}

export interface ClusterObjects {
  workloads: FoundWorkload[]
  /** The policy editor's Pods and workloads that still run after the apply (network only). */
  running: FoundWorkload[]
  /** The Namespace that stands for each name, in the order they were found. */
  namespaces: Map<string, Found>
  podSecurityPolicies: Found[]
  networkPolicies: Found[]
  problems: ClusterProblem[]
}

const EDITOR_NAME: Record<EditorId, string> = { pod: 'pod editor', policy: 'policy editor' }

/** Where an object stands, in words, for messages: `pod editor line 12`. */
export type Where = (object: Found) => string

const key = (o: Found, clusterScoped: boolean) =>
  clusterScoped ? `${o.kind}\0${o.name}` : `${o.kind}\0${o.namespace}\0${o.name}`

/** Keeps the last of each kind and name (objects without a name all stand). */
function lastOfEach<T extends Found>(
  objects: readonly T[],
  clusterScoped: boolean,
  where: Where,
  problems: ClusterProblem[],
): T[] {
  const last = new Map<string, T>()
  for (const o of objects) if (o.name !== '') last.set(key(o, clusterScoped), o)
  return objects.filter((o) => {
    if (o.name === '') return true
    const winner = last.get(key(o, clusterScoped))!
    if (winner === o) return true
    const scope = clusterScoped ? '' : ` in namespace "${o.namespace}"`
    problems.push({
      object: o,
      path: ['metadata', 'name'],
      severity: 'warning',
      code: 'duplicate-object',
      message: `${o.kind} "${o.name}"${scope} is applied again at ${where(winner)}: kubectl apply leaves the later one, so this one is not judged.`,
    })
    return false
  })
}

/**
 * Objects of a kind that counts from either editor: the last of each name per editor, then the pod
 * editor's (applied) over the policy editor's (the cluster as it is), a warning at both lines.
 */
function appliedOverCluster(
  objects: readonly Found[],
  clusterScoped: boolean,
  where: Where,
  problems: ClusterProblem[],
): Found[] {
  const inEditor = (editor: EditorId) =>
    lastOfEach(
      objects.filter((o) => o.editor === editor),
      clusterScoped,
      where,
      problems,
    )
  const applied = inEditor('pod')
  const appliedKeys = new Map(
    applied.filter((o) => o.name !== '').map((o) => [key(o, clusterScoped), o]),
  )
  const kept = inEditor('policy').filter((o) => {
    const over = o.name === '' ? undefined : appliedKeys.get(key(o, clusterScoped))
    if (over === undefined) return true
    const scope = clusterScoped ? '' : ` in namespace "${o.namespace}"`
    problems.push(
      {
        object: o,
        path: ['metadata', 'name'],
        severity: 'warning',
        code: 'replaced-in-cluster',
        message: `${o.kind} "${o.name}"${scope} is applied again from the ${EDITOR_NAME.pod} (${where(over)}): kubectl apply replaces this one, as the cluster has it, so that one stands.`,
      },
      {
        object: over,
        path: ['metadata', 'name'],
        severity: 'warning',
        code: 'replaced-in-cluster',
        message: `${o.kind} "${o.name}"${scope} is also in the ${EDITOR_NAME.policy} (${where(o)}), which holds what the cluster already has: applying this one replaces it, so this one stands.`,
      },
    )
    return false
  })
  // the cluster's objects first, then what the apply adds
  return [...kept, ...applied]
}

export function clusterObjects(found: Extracted, where: Where): ClusterObjects {
  const problems: ClusterProblem[] = []
  const workloads = lastOfEach(found.workloads, false, where, problems)
  const applied = new Set(workloads.filter((w) => w.name !== '').map((w) => key(w, false)))
  const running = lastOfEach(found.running, false, where, problems).filter(
    (w) => w.name === '' || !applied.has(key(w, false)),
  )
  const namespaces = new Map<string, Found>()
  for (const editor of ['pod', 'policy'] as const) {
    const ofEditor = found.namespaces.filter((n) => n.editor === editor)
    for (const ns of lastOfEach(ofEditor, true, where, problems)) {
      const before = namespaces.get(ns.name)
      if (before !== undefined) {
        // Only the pod editor's Namespace can be here: the policy editor's wins.
        problems.push(
          {
            object: before,
            path: ['metadata', 'name'],
            severity: 'warning',
            code: 'namespace-conflict',
            message: `Namespace "${ns.name}" is also in the ${EDITOR_NAME.policy} (${where(ns)}), which holds what the cluster already has: that one and its labels stand, this one is not used.`,
          },
          {
            object: ns,
            path: ['metadata', 'name'],
            severity: 'warning',
            code: 'namespace-conflict',
            message: `Namespace "${ns.name}" is also in the ${EDITOR_NAME.pod} (${where(before)}): this one, as the cluster has it, stands and its labels decide.`,
          },
        )
      }
      namespaces.set(ns.name, ns)
    }
  }
  return {
    workloads,
    running,
    namespaces,
    podSecurityPolicies: appliedOverCluster(found.podSecurityPolicies, true, where, problems),
    networkPolicies: appliedOverCluster(found.networkPolicies, false, where, problems),
    problems,
  }
}
