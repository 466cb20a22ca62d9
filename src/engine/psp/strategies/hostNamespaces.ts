/**
 * Host namespaces (spec pod-security-policy.md §4.9): hostNetwork, hostPID and hostIPC, pod level,
 * forbidden unless the policy allows them. Errors use the internal API path
 * `spec.securityContext.<field>` though the YAML field is `spec.<field>`.
 */
import { invalid } from '../go'
import { err, type PodCtx, specOf } from '../pod'
import type { Strategy } from '../strategy'
import type { PspError } from '../types'

type Field = 'hostNetwork' | 'hostPID' | 'hostIPC'

const LABEL: Record<Field, string> = {
  hostNetwork: 'Host network',
  hostPID: 'Host PID',
  hostIPC: 'Host IPC',
}

function checker(field: Field) {
  return (ctx: PodCtx): PspError[] => {
    if (ctx.psp[field] || specOf(ctx.pod)[field] !== true) return []
    const message = invalid(
      `spec.securityContext.${field}`,
      'true',
      `${LABEL[field]} is not allowed to be used`,
    )
    return [err(message, ['spec', field], ['spec', field])]
  }
}

export const hostNamespaces = {
  id: 'hostNamespaces',
  fields: [
    ['spec', 'hostNetwork'],
    ['spec', 'hostPID'],
    ['spec', 'hostIPC'],
  ],
  checkHostNetwork: checker('hostNetwork'),
  checkHostPID: checker('hostPID'),
  checkHostIPC: checker('hostIPC'),
} satisfies Strategy
