/**
 * PodSecurityPolicy (policy/v1beta1, and extensions/v1beta1 until 1.15), in the format of
 * fields.generated.ts. Written by hand because the API is frozen and gone: it was removed in 1.25, so
 * no current client model carries it. Source: k8s.io/api policy/v1beta1/types.go as of 1.24
 * (`PodSecurityPolicySpec` and its strategy types), and ../shared/spec/pod-security-policy.md §3.
 * `ObjectMeta` and `SELinuxOptions` are the core/meta structs of the generated tree.
 */

export const PSP_KINDS: Record<string, readonly [string, string]> = {
  PodSecurityPolicy: ['PodSecurityPolicy', 'policy/v1beta1'],
}

/** Go package of these structs, for the type in Go's error text (`v1beta1.IDRange`). */
export const PSP_PACKAGE = 'v1beta1'

export const PSP_STRUCTS: Record<string, Record<string, string>> = {
  AllowedCSIDriver: { name: 'string' },
  AllowedFlexVolume: { driver: 'string' },
  AllowedHostPath: { pathPrefix: 'string', readOnly: 'bool' },
  FSGroupStrategyOptions: { rule: 'string', ranges: '[]IDRange' },
  HostPortRange: { min: 'int32', max: 'int32' },
  IDRange: { min: 'int64', max: 'int64' },
  PodSecurityPolicy: {
    apiVersion: 'string',
    kind: 'string',
    metadata: 'ObjectMeta',
    spec: 'PodSecurityPolicySpec',
  },
  PodSecurityPolicySpec: {
    privileged: 'bool',
    defaultAddCapabilities: '[]string',
    requiredDropCapabilities: '[]string',
    allowedCapabilities: '[]string',
    volumes: '[]string',
    hostNetwork: 'bool',
    hostPorts: '[]HostPortRange',
    hostPID: 'bool',
    hostIPC: 'bool',
    seLinux: 'SELinuxStrategyOptions',
    runAsUser: 'RunAsUserStrategyOptions',
    runAsGroup: 'RunAsGroupStrategyOptions',
    supplementalGroups: 'SupplementalGroupsStrategyOptions',
    fsGroup: 'FSGroupStrategyOptions',
    readOnlyRootFilesystem: 'bool',
    defaultAllowPrivilegeEscalation: 'bool',
    allowPrivilegeEscalation: 'bool',
    allowedHostPaths: '[]AllowedHostPath',
    allowedFlexVolumes: '[]AllowedFlexVolume',
    allowedCSIDrivers: '[]AllowedCSIDriver',
    allowedUnsafeSysctls: '[]string',
    forbiddenSysctls: '[]string',
    allowedProcMountTypes: '[]string',
    runtimeClass: 'RuntimeClassStrategyOptions',
  },
  RunAsGroupStrategyOptions: { rule: 'string', ranges: '[]IDRange' },
  RunAsUserStrategyOptions: { rule: 'string', ranges: '[]IDRange' },
  RuntimeClassStrategyOptions: {
    allowedRuntimeClassNames: '[]string',
    defaultRuntimeClassName: 'string',
  },
  SELinuxStrategyOptions: { rule: 'string', seLinuxOptions: 'SELinuxOptions' },
  SupplementalGroupsStrategyOptions: { rule: 'string', ranges: '[]IDRange' },
}
