/**
 * A required DNS-label name (validateContainerCommon and ValidateVolumes in
 * pkg/apis/core/validation/validation.go, ValidateDNS1123Label): `Required value` when empty,
 * otherwise one Invalid error per IsDNS1123Label detail. Used for container and volume names.
 */
import type { At } from './at'
import { dnsLabelErrors } from './dns'
import { type FieldError, invalid, required } from './errors'
import { str } from './value'

export function dnsLabelNameErrors(name: string, at: At): FieldError[] {
  if (name === '') return [required(at)]
  return dnsLabelErrors(name).map((msg) => invalid(at, str(name), msg))
}
