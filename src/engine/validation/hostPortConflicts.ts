/**
 * Host port conflicts (AccumulateUniqueHostPorts and checkHostPortConflicts in
 * pkg/apis/core/validation/validation.go): the same `protocol/hostIP/hostPort` twice is a duplicate
 * at the later port. Regular containers are checked together; each init container on its own (they
 * run one after another). hostPort 0 is skipped; an absent protocol reads as TCP.
 */
import { isObj } from '../obj'
import type { At } from './at'
import { items } from './context'
import { duplicate, type FieldError } from './errors'
import { str } from './value'

/** `containers` with their list position `listAt` (e.g. spec.containers), and the first index. */
export function hostPortConflictErrors(
  containers: readonly unknown[],
  listAt: At,
  firstIndex = 0,
): FieldError[] {
  const errs: FieldError[] = []
  const seen = new Set<string>()
  containers.forEach((c, ci) => {
    if (!isObj(c)) return
    items(c.ports).forEach((p, pi) => {
      if (!isObj(p)) return
      const port = typeof p.hostPort === 'number' ? p.hostPort : 0
      if (port === 0) return
      const protocol = typeof p.protocol === 'string' ? p.protocol : 'TCP'
      const hostIP = typeof p.hostIP === 'string' ? p.hostIP : ''
      const key = `${protocol}/${hostIP}/${port}`
      if (seen.has(key)) {
        const at = listAt
          .index(firstIndex + ci)
          .child('ports')
          .index(pi)
          .child('hostPort')
        errs.push(duplicate(at, str(key)))
      } else seen.add(key)
    })
  })
  return errs
}
