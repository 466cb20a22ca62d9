/**
 * The node (cluster-path.md §9): what the kubelet and the runtime give the admitted pod, with each
 * container located in its editor.
 */
import { LIST_OF } from '../containers'
import { computeEffective } from '../effective/compute'
import type { EffectiveSecurity, Runtime } from '../report'
import type { Admitted, PreparedWorkload, StageContext } from './context'

export function nodeStage(
  w: PreparedWorkload,
  admitted: Admitted | null,
  ctx: StageContext,
): EffectiveSecurity {
  const runtime: Runtime = ctx.options.runtime === 'cri-o' ? 'cri-o' : 'containerd'
  const effective = computeEffective(admitted?.pod ?? w.pod, {
    runtime,
    podName: w.found.name,
    namespace: w.found.namespace,
    policySet: admitted?.set ?? new Set(),
    ...(admitted && { original: w.pod }),
  })
  for (const d of w.defaults) effective.notes.push(`API default: ${d}.`)
  const { found } = w
  const prefix = [...found.at, ...found.templatePath, 'spec']
  for (const c of effective.containers) {
    c.at = ctx.locator.location(found.editor, found.doc, [...prefix, LIST_OF[c.type], c.index])
  }
  return effective
}
