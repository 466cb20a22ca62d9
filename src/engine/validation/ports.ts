/**
 * A container's ports (validateContainerPorts in pkg/apis/core/validation/validation.go;
 * IsValidPortNum in apimachinery util/validation): containerPort is required and 1-65535, a
 * non-zero hostPort is 1-65535, the protocol is TCP, UDP or SCTP (a named type: its value prints as
 * JSON). Port names are not modelled. An absent protocol reads as its default, TCP.
 */
import { isObj } from '../obj'
import type { At } from './at'
import { items } from './context'
import { type FieldError, invalid, notSupported, required } from './errors'
import { jsonString, num } from './value'

const PORT_RANGE = 'must be between 1 and 65535, inclusive'
/** The values of Protocol (core/v1 types.go), in the order the API server lists them. */
export const PROTOCOLS = ['SCTP', 'TCP', 'UDP'] as const

const portNumber = (v: unknown): number => (typeof v === 'number' ? v : 0)

export function portErrors(ports: unknown, portsAt: At): FieldError[] {
  const errs: FieldError[] = []
  items(ports).forEach((p, i) => {
    if (!isObj(p)) return
    const at = portsAt.index(i)
    const cp = portNumber(p.containerPort)
    if (cp === 0) errs.push(required(at.child('containerPort')))
    else if (cp < 1 || cp > 65535)
      errs.push(invalid(at.child('containerPort'), num(cp), PORT_RANGE))
    const hp = portNumber(p.hostPort)
    if (hp !== 0 && (hp < 1 || hp > 65535))
      errs.push(invalid(at.child('hostPort'), num(hp), PORT_RANGE))
    const protocol = typeof p.protocol === 'string' ? p.protocol : 'TCP'
    if (protocol === '') errs.push(required(at.child('protocol')))
    else if (!(PROTOCOLS as readonly string[]).includes(protocol)) {
      errs.push(notSupported(at.child('protocol'), jsonString(protocol), PROTOCOLS))
    }
  })
  return errs
}
