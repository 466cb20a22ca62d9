/**
 * Matching a request against `matchConstraints` or a binding's `matchResources` (spec §4;
 * k8s.io/apiserver/pkg/admission/plugin/policy/matching/matching.go and webhook/predicates/
 * {namespace,object,rules}). Returns null on a match, else why not, in words.
 */
import type { Labels } from '../netpol/selector'
import { compileSelector } from '../netpol/selector'
import type { Selector } from '../netpol/types'
import { EQUIVALENTS, type Gvr } from './resources'

export interface Rule {
  apiGroups: string[]
  apiVersions: string[]
  resources: string[]
  operations: string[]
  scope: string
  resourceNames: string[]
}

export interface MatchResources {
  namespaceSelector: Selector | null
  objectSelector: Selector | null
  resourceRules: Rule[]
  excludeResourceRules: Rule[]
  matchPolicy: 'Equivalent' | 'Exact'
}

export interface MatchRequest {
  gvr: Gvr
  name: string
  /** The request's namespace ("" for cluster-scoped kinds; a Namespace's own name). */
  namespace: string
  objectLabels: Labels
  /** Labels of the namespace the object is in (a Namespace: its own). */
  namespaceLabels: Labels | null
}

const has = (list: string[], v: string) => list.includes('*') || list.includes(v)

function resourceMatches(patterns: string[], resource: string): boolean {
  // rules.go: `*` every resource (no subresources), `*/*` everything, `pods/*` subresources
  return patterns.some((p) => p === '*' || p === '*/*' || p === resource)
}

/** rules.go `Matcher.Matches` for one rule, at the given group/version. */
function ruleMatches(r: Rule, req: MatchRequest, group: string, version: string): boolean {
  if (!has(r.operations, 'CREATE')) return false
  if (!has(r.apiGroups, group) || !has(r.apiVersions, version)) return false
  if (!resourceMatches(r.resources, req.gvr.resource)) return false
  const cluster = req.gvr.kind === 'Namespace' || req.namespace === ''
  if (r.scope === 'Namespaced' && cluster) return false
  if (r.scope === 'Cluster' && !cluster) return false
  if (r.resourceNames.length > 0 && (req.name === '' || !r.resourceNames.includes(req.name)))
    return false
  return true
}

function anyRule(rules: Rule[], req: MatchRequest, policy: 'Equivalent' | 'Exact'): string | null {
  const { group, version } = req.gvr
  if (rules.some((r) => ruleMatches(r, req, group, version))) return version
  if (policy === 'Exact') return null
  for (const v of EQUIVALENTS[`${group}/${req.gvr.resource}`] ?? []) {
    if (v !== version && rules.some((r) => ruleMatches(r, req, group, v))) return v
  }
  return null
}

export function selectorText(s: Selector): string {
  const parts = [
    ...s.matchLabels.map(([k, v]) => `${k}=${v}`),
    ...s.matchExpressions.map((e) =>
      e.operator === 'Exists'
        ? e.key
        : e.operator === 'DoesNotExist'
          ? `!${e.key}`
          : `${e.key} ${e.operator === 'In' ? 'in' : 'notin'} (${e.values.join(',')})`,
    ),
  ]
  return parts.join(',')
}

/** null = matches; otherwise the reason it does not. `what` names the field for the reason. */
export function matchReason(m: MatchResources, req: MatchRequest, what: string): string | null {
  const clusterScopedNonNamespace = req.gvr.clusterScoped && req.gvr.kind !== 'Namespace'
  if (m.namespaceSelector && !clusterScopedNonNamespace) {
    if (!compileSelector(m.namespaceSelector)(req.namespaceLabels ?? {}))
      return `${what}.namespaceSelector (${selectorText(m.namespaceSelector)}) does not select namespace "${req.gvr.kind === 'Namespace' ? req.name : req.namespace}"`
  }
  if (m.objectSelector && !compileSelector(m.objectSelector)(req.objectLabels))
    return `${what}.objectSelector (${selectorText(m.objectSelector)}) does not select the object's labels`
  if (m.excludeResourceRules.length > 0 && anyRule(m.excludeResourceRules, req, 'Exact') !== null)
    return `${what}.excludeResourceRules excludes ${req.gvr.resource}`
  if (m.resourceRules.length === 0) return null
  if (anyRule(m.resourceRules, req, m.matchPolicy) === null) {
    const gv = req.gvr.group === '' ? req.gvr.version : `${req.gvr.group}/${req.gvr.version}`
    return `${what}.resourceRules do not include CREATE of ${req.gvr.resource} in ${gv}`
  }
  return null
}
