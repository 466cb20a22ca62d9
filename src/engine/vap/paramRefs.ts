/**
 * Which objects a binding's `paramRef` names (spec §5, `CollectParams` in
 * k8s.io/apiserver/pkg/admission/plugin/policy/generic/policy_dispatcher.go): objects of the
 * policy's `paramKind`, in `paramRef.namespace` (else the request's namespace; none for a
 * cluster-scoped kind), named `paramRef.name` or matching `paramRef.selector` (`{}`: all of them).
 * judge.ts resolves a binding's parameters for one request with `refersTo`; `parametersOf` names,
 * for the report and the summary, the objects that are some binding's parameter, so they are not
 * counted among the objects podplay does not judge. Without a request, a `paramRef` with no
 * namespace names an object in any namespace (each request looks in its own).
 */
import { compileSelector, EMPTY_SELECTOR } from '../netpol/selector'
import type { Binding } from './policy'
import type { ParamObject, World } from './judge'

export type ParamRef = NonNullable<Binding['paramRef']>

/**
 * A test for the parameter objects `ref` names among objects of kind `key` (`apiVersion/kind`)
 * in namespace `ns` (ignored for a cluster-scoped kind; null: any namespace).
 */
export function refersTo(
  ref: ParamRef,
  key: string,
  cluster: boolean,
  ns: string | null,
): (p: ParamObject) => boolean {
  const selected = ref.name ? null : compileSelector(ref.selector ?? EMPTY_SELECTOR)
  return (p) =>
    `${p.apiVersion}/${p.kind}` === key &&
    (cluster || ns === null || p.namespace === ns) &&
    (selected ? selected(p.labels) : p.name === ref.name)
}

export interface ParamUse {
  param: ParamObject
  /** The bindings whose paramRef names it, in document order, each with its policy. */
  bindings: { binding: string; policy: string }[]
}

/** Every object some valid binding of a valid policy with paramKind names as its parameter. */
export function parametersOf(
  w: Pick<World, 'policies' | 'bindings' | 'paramObjects' | 'knownKinds'>,
): ParamUse[] {
  const uses = new Map<ParamObject, ParamUse>()
  for (const binding of w.bindings) {
    const ref = binding.paramRef
    if (!binding.valid || !ref) continue
    const policy = w.policies.find((p) => p.name === binding.policyName)
    if (!policy?.valid || !policy.paramKind) continue
    const key = `${policy.paramKind.apiVersion}/${policy.paramKind.kind}`
    const cluster = w.knownKinds.get(key)
    // an unknown kind, or a namespace given for a cluster-scoped one: a configuration error
    if (cluster === undefined || (cluster && ref.namespace !== '')) continue
    const named = refersTo(ref, key, cluster, ref.namespace === '' ? null : ref.namespace)
    for (const param of w.paramObjects) {
      if (!named(param)) continue
      const use = uses.get(param) ?? { param, bindings: [] }
      use.bindings.push({ binding: binding.name, policy: policy.name })
      uses.set(param, use)
    }
  }
  return [...uses.values()]
}
