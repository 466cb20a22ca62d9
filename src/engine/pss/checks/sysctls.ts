/**
 * sysctls (baseline; v1.0, v1.27, v1.29, v1.32, v1.37): kernel parameters outside the safe set.
 *
 * Restricted fields: spec.securityContext.sysctls[*].name (values are not checked)
 * Allowed names, cumulative:
 * - v1.0: kernel.shm_rmid_forced, net.ipv4.ip_local_port_range, net.ipv4.tcp_syncookies,
 *   net.ipv4.ping_group_range, net.ipv4.ip_unprivileged_port_start
 * - v1.27: + net.ipv4.ip_local_reserved_ports
 * - v1.29: + net.ipv4.tcp_keepalive_time, net.ipv4.tcp_fin_timeout, net.ipv4.tcp_keepalive_intvl,
 *   net.ipv4.tcp_keepalive_probes
 * - v1.32: + net.ipv4.tcp_rmem, net.ipv4.tcp_wmem
 * - v1.37: + net.ipv4.tcp_slow_start_after_idle, net.ipv4.tcp_notsent_lowat
 *
 * Upstream: kubernetes/pod-security-admission policy/check_sysctls.go.
 */
import type { Path } from '../../report'
import { arrAt, isObj, podSecurityContext, strAt } from '../pod'
import { ALLOWED, type CheckResult, forbid, type PssCheck } from '../types'

const SAFE_1_0 = [
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_unprivileged_port_start',
]
const SAFE_1_27 = [...SAFE_1_0, 'net.ipv4.ip_local_reserved_ports']
const SAFE_1_29 = [
  ...SAFE_1_27,
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
]
const SAFE_1_32 = [...SAFE_1_29, 'net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem']
const SAFE_1_37 = [...SAFE_1_32, 'net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat']

/** The newest safe set; the kubelet admits the same names (effective/kubeletSysctls.ts). */
export const SAFE_SYSCTLS: readonly string[] = SAFE_1_37

function withSafe(safeNames: readonly string[]): (pod: unknown) => CheckResult {
  const safe = new Set(safeNames)
  return (pod) => {
    const list = arrAt(podSecurityContext(pod), 'sysctls') ?? []
    const bad: string[] = []
    const paths: Path[] = []
    for (let i = 0; i < list.length; i++) {
      const s = list[i]
      if (!isObj(s)) continue
      const name = strAt(s, 'name') ?? ''
      if (safe.has(name)) continue
      bad.push(name)
      paths.push(['spec', 'securityContext', 'sysctls', i, 'name'])
    }
    if (bad.length === 0) return ALLOWED
    return forbid('forbidden sysctls', bad.join(', '), paths)
  }
}

export const sysctls: PssCheck = {
  id: 'sysctls',
  level: 'baseline',
  title: 'Sysctls',
  protects:
    'Most kernel parameters are shared by every pod on the node; only a small namespaced, isolated set is safe for a pod to change without affecting its neighbours.',
  remediation:
    'Set only safe sysctls (such as net.ipv4.ip_local_port_range or net.ipv4.tcp_syncookies) in spec.securityContext.sysctls.',
  versions: [
    { since: 'v1.0', evaluate: withSafe(SAFE_1_0) },
    { since: 'v1.27', evaluate: withSafe(SAFE_1_27) },
    { since: 'v1.29', evaluate: withSafe(SAFE_1_29) },
    { since: 'v1.32', evaluate: withSafe(SAFE_1_32) },
    { since: 'v1.37', evaluate: withSafe(SAFE_1_37) },
  ],
}
