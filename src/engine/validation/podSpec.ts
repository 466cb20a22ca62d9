/**
 * The modelled part of ValidatePodSpec (pkg/apis/core/validation/validation.go), in its order:
 * volumes, containers (regular, init, ephemeral), hostNetwork ports, the pod securityContext,
 * hostUsers. Everything else in ValidatePodSpec (restartPolicy, dnsPolicy, affinity, ...) is not
 * modelled.
 */
import { containerErrors } from './containers'
import type { SpecContext } from './context'
import type { FieldError } from './errors'
import { hostNetworkPortErrors } from './hostNetworkPorts'
import { hostUsersErrors } from './hostUsers'
import { podSecurityContextErrors } from './podSecurityContext'
import { volumeErrors } from './volumes'

export function podSpecErrors(ctx: SpecContext): FieldError[] {
  return [
    ...volumeErrors(ctx),
    ...containerErrors(ctx),
    ...hostNetworkPortErrors(ctx),
    ...podSecurityContextErrors(ctx),
    ...hostUsersErrors(ctx),
  ]
}
