/**
 * The PodSecurityPolicy model after reading (spec pod-security-policy.md §2, §3): every field with
 * its API default applied, so strategies never deal with absent values.
 */
import type { Path } from '../report'

export type { Obj } from '../obj'

export interface IDRange {
  min: number
  max: number
}

export interface RangeRule {
  rule: string
  ranges: IDRange[]
}

export interface SELinuxOptions {
  user?: string
  role?: string
  type?: string
  level?: string
}

export interface RuntimeClassRule {
  allowedRuntimeClassNames: string[]
  defaultRuntimeClassName: string | null
}

export interface Psp {
  name: string
  annotations: Record<string, string>
  privileged: boolean
  defaultAddCapabilities: string[]
  requiredDropCapabilities: string[]
  allowedCapabilities: string[]
  volumes: string[]
  hostNetwork: boolean
  hostPID: boolean
  hostIPC: boolean
  hostPorts: IDRange[]
  seLinux: { rule: string; seLinuxOptions: SELinuxOptions | null }
  runAsUser: RangeRule
  /** null: the field is absent (no restriction). */
  runAsGroup: RangeRule | null
  supplementalGroups: RangeRule
  fsGroup: RangeRule
  readOnlyRootFilesystem: boolean
  defaultAllowPrivilegeEscalation: boolean | null
  /** API default: true. */
  allowPrivilegeEscalation: boolean
  allowedHostPaths: { pathPrefix: string; readOnly: boolean }[]
  allowedFlexVolumes: { driver: string }[]
  allowedCSIDrivers: { name: string }[]
  allowedUnsafeSysctls: string[]
  forbiddenSysctls: string[]
  allowedProcMountTypes: string[]
  runtimeClass: RuntimeClassRule | null
}

/** A problem with a PodSecurityPolicy object, at a path relative to that object. */
export interface PspProblem {
  path: Path
  message: string
  severity: 'error' | 'warning'
}

/** One field error of the admission plugin, with the places the UI can underline. */
export interface PspError {
  /** The whole message, `<field>: <body>`, as the plugin prints it. */
  message: string
  /** The pod key the error concerns, relative to the pod root. */
  podPath: Path
  /** The policy field that forbids it, relative to the policy object. */
  policyPath: Path | null
}

export interface MutationDetail {
  path: Path
  value: unknown
  before: unknown
}
