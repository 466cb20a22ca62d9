/**
 * spec.securityContext.sysctls (validateSysctls, IsValidSysctlName, ValidateHostSysctl in
 * pkg/apis/core/validation/validation.go; the namespace of a sysctl from
 * staging/src/k8s.io/component-helpers/node/util/sysctl): a name is required, matches the sysctl
 * regex (at most 253 bytes), appears once, and a net.* sysctl is refused with hostNetwork, an IPC
 * one with hostIPC.
 */
import { isObj, type Obj } from '../obj'
import type { At } from './at'
import { byteLength } from './dns'
import { duplicate, type FieldError, invalid, required } from './errors'
import { items } from './context'
import { str } from './value'

const SEGMENT = '[a-z0-9]([-_a-z0-9]*[a-z0-9])?'
const SYSCTL_FMT = `^(${SEGMENT}[\\./])*${SEGMENT}$`
const SYSCTL = new RegExp(SYSCTL_FMT)
const MAX_LENGTH = 253

/** sysctl.NormalizeName: with a slash before any dot, slashes and dots swap (`net/ipv4/x`). */
function normalize(name: string): string {
  const first = name.search(/[./]/)
  if (first === -1 || name[first] === '.') return name
  return name.replace(/[./]/g, (c) => (c === '.' ? '/' : '.'))
}

function namespaceOf(name: string): 'net' | 'ipc' | null {
  const n = normalize(name)
  if (n === 'kernel.sem') return 'ipc'
  if (n.startsWith('kernel.shm') || n.startsWith('kernel.msg') || n.startsWith('fs.mqueue.')) {
    return 'ipc'
  }
  if (n.startsWith('net.')) return 'net'
  return null
}

export function sysctlErrors(spec: Obj, podScAt: At): FieldError[] {
  const sc = isObj(spec.securityContext) ? spec.securityContext : null
  const list = items(sc?.sysctls)
  if (list.length === 0) return []
  const errs: FieldError[] = []
  const seen = new Set<string>()
  list.forEach((s, i) => {
    const name = isObj(s) && typeof s.name === 'string' ? s.name : ''
    const at = podScAt.child('sysctls').index(i).child('name')
    if (name === '') errs.push(required(at))
    else if (byteLength(name) > MAX_LENGTH || !SYSCTL.test(name)) {
      errs.push(
        invalid(
          at,
          str(name),
          `must have at most ${MAX_LENGTH} characters and match regex ${SYSCTL_FMT}`,
        ),
      )
    } else if (seen.has(name)) errs.push(duplicate(at, str(name)))
    const ns = namespaceOf(name)
    if (ns === 'net' && spec.hostNetwork === true) {
      errs.push(invalid(at, str(name), "may not be specified when 'hostNetwork' is true"))
    } else if (ns === 'ipc' && spec.hostIPC === true) {
      errs.push(invalid(at, str(name), "may not be specified when 'hostIPC' is true"))
    }
    seen.add(name)
  })
  return errs
}
