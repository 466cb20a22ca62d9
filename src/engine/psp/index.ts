/**
 * PodSecurityPolicy, as the Kubernetes admission plugin decided it in 1.21 to 1.24
 * (../../../shared/spec/pod-security-policy.md): reading and validating policy objects, the
 * defaults a policy applies, its checks with the plugin's exact messages, and the choice of policy.
 */
export { type AdmitResult, admitOne } from './admit'
export {
  admitMessage,
  type EvaluatePspOptions,
  evaluatePsp,
  NO_PROVIDERS,
  type PolicyInput,
  type PolicyProblem,
  PSP_ANNOTATION,
  type PspErrorDetail,
  type PspReport,
} from './evaluate'
export { describeFields, type FieldDescription } from './fields'
export { type PssReason, pssLevelOfPsp, pssReasons } from './pss'
export { PSP_API_VERSIONS, type ReadPspResult, readPsp } from './read'
export { STRATEGIES } from './registry'
export type { MutationDetail, Psp, PspError, PspProblem } from './types'
