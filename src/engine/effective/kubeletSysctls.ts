/**
 * The kubelet's sysctl admission (cluster-path.md §9.3; kubernetes/kubernetes
 * `pkg/kubelet/sysctl/allowlist.go` `patternAllowlist.validateSysctl` and `Admit`,
 * `staging/src/k8s.io/component-helpers/node/util/sysctl/namespace.go` `GetNamespace`,
 * `sysctl.go` `NormalizeName`). A sysctl outside the safe set plus `--allowed-unsafe-sysctls` makes
 * the kubelet reject the pod (phase Failed, reason SysctlForbidden) with the first failing name:
 * `forbidden sysctl: "kernel.msgmax" not allowlisted`, or for an allowed name in a namespace the
 * pod shares with the node `forbidden sysctl: "kernel.shm_rmid_forced" not allowed with host IPC enabled`
 * (`Net` for hostNetwork; kubelets before the component-helpers move print `ipc`/`net`).
 *
 * The safe set is the Pod Security baseline's newest one (the kubelet's `safe_sysctls.go`, on a
 * kernel new enough for each of them; an older kernel drops some and the kubelet rejects those).
 */
import { SAFE_SYSCTLS } from '../pss/checks/sysctls'
import { goQuote } from '../go/quote'
import { isObj, list, obj } from '../obj'

type Namespace = 'IPC' | 'Net'

const NAME_NAMESPACE: ReadonlyMap<string, Namespace> = new Map([
  ['kernel.sem', 'IPC'],
  ['kernel.shmall', 'IPC'],
  ['kernel.shmmax', 'IPC'],
  ['kernel.shmmni', 'IPC'],
  ['kernel.shm_rmid_forced', 'IPC'],
  ['kernel.shm', 'IPC'],
  ['kernel.msgmax', 'IPC'],
  ['kernel.msgmnb', 'IPC'],
  ['kernel.msgmni', 'IPC'],
  ['kernel.msg', 'IPC'],
])
const PREFIX_NAMESPACE: readonly [string, Namespace][] = [
  ['net.', 'Net'],
  ['fs.mqueue.', 'IPC'],
]

/** `NormalizeName`: a name whose first separator is `/` has its `.` and `/` swapped. */
export function normalizeSysctl(name: string): string {
  const first = name.search(/[./]/)
  if (first === -1 || name[first] === '.') return name
  return name.replace(/[./]/g, (c) => (c === '.' ? '/' : '.'))
}

function namespaceOf(name: string): Namespace | null {
  const exact = NAME_NAMESPACE.get(name)
  if (exact) return exact
  for (const [prefix, ns] of PREFIX_NAMESPACE) if (name.startsWith(prefix)) return ns
  return null
}

interface Allowlist {
  names: Map<string, Namespace>
  prefixes: Map<string, Namespace>
}

/** `NewAllowlist`: patterns not known to be namespaced make the kubelet refuse to start; skipped. */
function allowlist(patterns: readonly string[]): Allowlist {
  const names = new Map<string, Namespace>()
  const prefixes = new Map<string, Namespace>()
  for (const pattern of patterns) {
    let key = normalizeSysctl(pattern)
    const star = key.indexOf('*')
    if (star !== -1) key = key.slice(0, star)
    const ns = namespaceOf(key)
    if (ns === null) continue
    ;(star === -1 ? names : prefixes).set(key, ns)
  }
  return { names, prefixes }
}

const SAFE = allowlist(SAFE_SYSCTLS)

function validate(al: Allowlist, raw: string, hostNet: boolean, hostIPC: boolean): string | null {
  const name = normalizeSysctl(raw)
  const check = (ns: Namespace) =>
    (ns === 'IPC' && hostIPC) || (ns === 'Net' && hostNet)
      ? `${goQuote(name)} not allowed with host ${ns} enabled`
      : null
  const exact = al.names.get(name)
  if (exact) return check(exact)
  for (const [prefix, ns] of al.prefixes) if (name.startsWith(prefix)) return check(ns)
  return `${goQuote(name)} not allowlisted`
}

/**
 * The kubelet's rejection of the pod for its sysctls, or null when it admits them.
 * `allowedUnsafe`: the kubelet's `--allowed-unsafe-sysctls` (names or `prefix*` patterns).
 */
export function kubeletSysctlRejection(
  pod: unknown,
  allowedUnsafe: readonly string[] = [],
): string | null {
  const spec = obj(obj(pod).spec)
  const sysctls = list(obj(spec.securityContext).sysctls)
  if (sysctls.length === 0) return null
  const al = allowedUnsafe.length === 0 ? SAFE : allowlist([...SAFE_SYSCTLS, ...allowedUnsafe])
  for (const s of sysctls) {
    const name = isObj(s) && typeof s.name === 'string' ? s.name : ''
    const err = validate(al, name, spec.hostNetwork === true, spec.hostIPC === true)
    if (err !== null) return `forbidden sysctl: ${err}`
  }
  return null
}
