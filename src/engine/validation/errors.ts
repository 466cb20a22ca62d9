/**
 * field.Error as apimachinery prints it (staging/src/k8s.io/apimachinery/pkg/util/validation/field/
 * errors.go, ErrorBody; spec cluster-path.md §7.1): `<field>: <type>[: <value>][: <detail>]`.
 * Values arrive already rendered (value.ts).
 */
import { goQuote } from '../go/quote'
import type { Path } from '../report'
import type { At } from './at'

export type FieldErrorType =
  | 'FieldValueRequired'
  | 'FieldValueForbidden'
  | 'FieldValueInvalid'
  | 'FieldValueDuplicate'
  | 'FieldValueNotSupported'
  | 'FieldValueTooLong'

export interface FieldError {
  /** Position in the object as written (relative to the object root), for the editor. */
  path: Path
  /** The Kubernetes field path, e.g. `spec.template.spec.containers[0].securityContext`. */
  field: string
  type: FieldErrorType
  /** The whole `<field>: <body>` string, as the API server prints it. */
  message: string
}

const withDetail = (head: string, detail: string) => (detail === '' ? head : `${head}: ${detail}`)

function make(at: At, type: FieldErrorType, body: string): FieldError {
  const field = at.field
  return { path: at.path, field, type, message: `${field}: ${body}` }
}

export const required = (at: At, detail = ''): FieldError =>
  make(at, 'FieldValueRequired', withDetail('Required value', detail))

export const forbidden = (at: At, detail: string): FieldError =>
  make(at, 'FieldValueForbidden', withDetail('Forbidden', detail))

/** `value` is rendered by value.ts. */
export const invalid = (at: At, value: string, detail: string): FieldError =>
  make(at, 'FieldValueInvalid', withDetail(`Invalid value: ${value}`, detail))

export const duplicate = (at: At, value: string): FieldError =>
  make(at, 'FieldValueDuplicate', `Duplicate value: ${value}`)

/** The supported values are quoted with strconv.Quote (field.NotSupported). */
export const notSupported = (at: At, value: string, supported: readonly string[]): FieldError =>
  make(
    at,
    'FieldValueNotSupported',
    `Unsupported value: ${value}: supported values: ${supported.map(goQuote).join(', ')}`,
  )

export const tooLong = (at: At, max: number): FieldError =>
  make(at, 'FieldValueTooLong', `Too long: may not be more than ${max} bytes`)
