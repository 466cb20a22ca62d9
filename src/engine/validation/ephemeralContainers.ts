/**
 * Ephemeral containers cannot be created with the pod (ValidatePodCreate: `cannot be set on
 * create`) and are not allowed in a workload's template (ValidatePodTemplateSpec: `ephemeral
 * containers not allowed in pod template`), both in pkg/apis/core/validation/validation.go.
 */
import { items, type SpecContext } from './context'
import { type FieldError, forbidden } from './errors'

export function ephemeralContainersError(ctx: SpecContext): FieldError | null {
  if (items(ctx.spec.ephemeralContainers).length === 0) return null
  const at = ctx.specAt.child('ephemeralContainers')
  return forbidden(
    at,
    ctx.isPod ? 'cannot be set on create' : 'ephemeral containers not allowed in pod template',
  )
}
