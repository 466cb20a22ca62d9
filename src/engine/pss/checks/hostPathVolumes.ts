/**
 * hostPathVolumes (baseline, v1.0; at restricted replaced by restrictedVolumes): volumes that mount
 * a path of the node.
 *
 * Restricted fields: spec.volumes[*].hostPath
 * Allowed values: unset.
 *
 * Upstream: kubernetes/pod-security-admission policy/check_hostPathVolumes.go.
 */
import type { Path } from '../../report'
import { joinQuote, pluralize } from '../format'
import { arrAt, isObj, specOf, strAt } from '../pod'
import { ALLOWED, type CheckResult, forbid, type PssCheck } from '../types'

function hostPathVolumes_1_0(pod: unknown): CheckResult {
  const volumes = arrAt(specOf(pod), 'volumes') ?? []
  const names: string[] = []
  const paths: Path[] = []
  for (let i = 0; i < volumes.length; i++) {
    const v = volumes[i]
    if (!isObj(v) || !isObj(v.hostPath)) continue
    names.push(strAt(v, 'name') ?? '')
    paths.push(['spec', 'volumes', i, 'hostPath'])
  }
  if (names.length === 0) return ALLOWED
  return forbid(
    'hostPath volumes',
    `${pluralize('volume', 'volumes', names.length)} ${joinQuote(names)}`,
    paths,
  )
}

export const hostPathVolumes: PssCheck = {
  id: 'hostPathVolumes',
  level: 'baseline',
  title: 'HostPath volumes',
  protects:
    'A hostPath volume exposes the node’s file system to the pod: reading secrets of other pods, the kubelet’s credentials or the container runtime socket is one mount away.',
  remediation:
    'Replace hostPath volumes with emptyDir, configMap, secret, a persistentVolumeClaim or another non-host volume.',
  versions: [{ since: 'v1.0', evaluate: hostPathVolumes_1_0 }],
}
