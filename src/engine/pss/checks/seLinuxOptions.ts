/**
 * seLinuxOptions (baseline, v1.0; v1.31): custom SELinux types, users and roles.
 *
 * Restricted fields, in spec.securityContext and
 * spec.{initContainers,containers,ephemeralContainers}[*].securityContext:
 * - seLinuxOptions.type: unset, "", container_t, container_init_t, container_kvm_t; from v1.31
 *   also container_engine_t
 * - seLinuxOptions.user, seLinuxOptions.role: unset or ""
 * seLinuxOptions.level is not checked.
 *
 * Upstream: kubernetes/pod-security-admission policy/check_seLinuxOptions.go.
 */
import type { Path } from '../../report'
import { joinQuote, pluralize, setters, sortedSet } from '../format'
import type { Obj } from '../pod'
import { containersOf, objAt, POD_SC, podSecurityContext, strAt } from '../pod'
import { ALLOWED, type CheckResult, forbid, type PssCheck } from '../types'

const TYPES_1_0 = ['', 'container_t', 'container_init_t', 'container_kvm_t']
const TYPES_1_31 = [...TYPES_1_0, 'container_engine_t']

interface Found {
  types: string[]
  user: boolean
  role: boolean
  paths: Path[]
}

/** Records what one securityContext sets wrong; true when it sets anything wrong. */
function inspect(sc: Obj | undefined, at: Path, allowed: ReadonlySet<string>, f: Found): boolean {
  const opts = objAt(sc, 'seLinuxOptions')
  if (opts === undefined) return false
  let bad = false
  const type = strAt(opts, 'type')
  if (type !== undefined && !allowed.has(type)) {
    f.types.push(type)
    f.paths.push([...at, 'seLinuxOptions', 'type'])
    bad = true
  }
  for (const field of ['user', 'role'] as const) {
    const v = strAt(opts, field)
    if (v === undefined || v === '') continue
    f[field] = true
    f.paths.push([...at, 'seLinuxOptions', field])
    bad = true
  }
  return bad
}

function withTypes(allowedTypes: readonly string[]): (pod: unknown) => CheckResult {
  const allowed = new Set(allowedTypes)
  return (pod) => {
    const f: Found = { types: [], user: false, role: false, paths: [] }
    const podBad = inspect(podSecurityContext(pod), POD_SC, allowed, f)
    const names: string[] = []
    for (const c of containersOf(pod)) {
      if (inspect(c.sc, [...c.path, 'securityContext'], allowed, f)) names.push(c.name)
    }
    if (f.paths.length === 0) return ALLOWED
    const data: string[] = []
    if (f.types.length > 0) {
      const types = sortedSet(f.types)
      data.push(`${pluralize('type', 'types', types.length)} ${joinQuote(types)}`)
    }
    if (f.user) data.push('user may not be set')
    if (f.role) data.push('role may not be set')
    return forbid(
      'seLinuxOptions',
      `${setters(podBad, names).join(' and ')} set forbidden securityContext.seLinuxOptions: ${data.join('; ')}`,
      f.paths,
    )
  }
}

export const seLinuxOptions: PssCheck = {
  id: 'seLinuxOptions',
  level: 'baseline',
  title: 'SELinux options',
  protects:
    'SELinux confines containers to the container_t domain; a custom type, user or role can lift that confinement and give the process access to host files.',
  remediation:
    'Remove seLinuxOptions.user and seLinuxOptions.role, and set seLinuxOptions.type only to a container type such as container_t.',
  versions: [
    { since: 'v1.0', evaluate: withTypes(TYPES_1_0) },
    { since: 'v1.31', evaluate: withTypes(TYPES_1_31) },
  ],
}
