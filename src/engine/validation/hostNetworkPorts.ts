/**
 * With hostNetwork, a regular container's hostPort must equal its containerPort
 * (validatePodHostNetworkDeps in pkg/apis/core/validation/validation.go). A Pod is judged after
 * defaulting (hostPort 0 became containerPort), so any other value is an error; a workload template
 * may leave hostPort 0, which is defaulted when its pods are created. Init containers are not checked.
 */
import { isObj } from '../obj'
import { items, type SpecContext } from './context'
import { type FieldError, invalid } from './errors'
import { num } from './value'

export function hostNetworkPortErrors(ctx: SpecContext): FieldError[] {
  const { spec, specAt, isPod } = ctx
  if (spec.hostNetwork !== true) return []
  const errs: FieldError[] = []
  const listAt = specAt.child('containers')
  items(spec.containers).forEach((c, ci) => {
    if (!isObj(c)) return
    items(c.ports).forEach((p, pi) => {
      if (!isObj(p)) return
      const hp = typeof p.hostPort === 'number' ? p.hostPort : 0
      const cp = typeof p.containerPort === 'number' ? p.containerPort : 0
      if ((isPod || hp !== 0) && hp !== cp) {
        const at = listAt.index(ci).child('ports').index(pi).child('hostPort')
        errs.push(invalid(at, num(hp), 'must match `containerPort` when `hostNetwork` is true'))
      }
    })
  })
  return errs
}
