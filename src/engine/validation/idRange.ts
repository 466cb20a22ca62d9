/**
 * User and group IDs (apimachinery util/validation IsValidUserID, IsValidGroupID; used by
 * pkg/apis/core/validation/validation.go ValidateSecurityContext and validatePodSpecSecurityContext):
 * 0 to 2147483647 inclusive (cluster-path.md §7.3).
 */
import type { At } from './at'
import { type FieldError, invalid } from './errors'
import { num } from './value'

export const MAX_ID = 2147483647

/** The error for one ID field, or null when it is unset or in range. */
export function idRangeError(value: unknown, at: At): FieldError | null {
  if (typeof value !== 'number' || (value >= 0 && value <= MAX_ID)) return null
  return invalid(at, num(value), `must be between 0 and ${MAX_ID}, inclusive`)
}
