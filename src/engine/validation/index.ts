/** API validation stage (cluster-path.md §7): field errors as the API server reports them. */
export type { FieldError, FieldErrorType } from './errors'
export { kubectlApplyLine, kubectlMessage, qualifiedKind, serverMessage } from './render'
export { type ValidationInput, type ValidationResult, validateObject } from './validate'
