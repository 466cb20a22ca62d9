/**
 * Documentation of the PodSecurityPolicy fields of fields.psp.ts, in the format of
 * docs.generated.ts (struct -> [description, field -> description]), for hover and completion in
 * the policy editor. Written for podplay from ../shared/spec/pod-security-policy.md §3-§5 and
 * policy/v1beta1 types.go as of 1.24: what each field allows or restricts, what absent means, and
 * what the admission plugin checks and sets with it. `ObjectMeta` and `SELinuxOptions` come from
 * the generated documentation. A test checks that every field of fields.psp.ts has its text.
 */

const RANGES =
  'The inclusive ID ranges the rule checks against; MustRunAs and MayRunAs need at least one, RunAsAny none.'

export const PSP_DOCS: Record<string, readonly [string, Record<string, string>]> = {
  AllowedCSIDriver: [
    'A CSI driver that inline csi volumes may use.',
    { name: "The CSI driver name, matched exactly against the volume's csi.driver." },
  ],
  AllowedFlexVolume: [
    'A flexVolume driver that pods may use.',
    { driver: "The driver name, matched exactly against the volume's flexVolume.driver." },
  ],
  AllowedHostPath: [
    'A host path prefix that hostPath volumes may use.',
    {
      pathPrefix:
        'The allowed prefix, matched on whole path segments: /foo allows /foo and /foo/bar, not /foobar. One trailing slash is ignored.',
      readOnly:
        'When true, every container must mount volumes under this prefix read-only (a later writable match wins).',
    },
  ],
  FSGroupStrategyOptions: [
    "Which group owns the pod's volumes (spec.securityContext.fsGroup). Required.",
    {
      rule: "RunAsAny: anything goes. MayRunAs: a set fsGroup must be in the ranges, none is set for the pod. MustRunAs: the pod gets the first range's minimum when it sets none, and its value must be in the ranges.",
      ranges: RANGES,
    },
  ],
  HostPortRange: [
    'An inclusive range of host ports containers may bind.',
    { min: 'The lowest allowed host port.', max: 'The highest allowed host port.' },
  ],
  IDRange: [
    'An inclusive range of user or group IDs.',
    { min: 'The lowest ID of the range.', max: 'The highest ID of the range.' },
  ],
  PodSecurityPolicy: [
    'A cluster-wide set of conditions a pod must meet to be admitted, and defaults the admission plugin writes into it (policy/v1beta1, removed in Kubernetes 1.25). The plugin tries the policies the pod may use, unchanged first, and admits it with the first that accepts it.',
    {
      apiVersion: 'policy/v1beta1 (extensions/v1beta1 until 1.15).',
      kind: 'PodSecurityPolicy.',
      metadata:
        "The policy's name (policies are tried in name order) and its seccomp and AppArmor annotations.",
      spec: 'What the policy allows, requires and defaults.',
    },
  ],
  PodSecurityPolicySpec: [
    'The rules of a PodSecurityPolicy. Unset lists are strict: no volumes, no host ports, no added capabilities.',
    {
      privileged:
        'Whether containers may set privileged: true (all capabilities, host devices). Absent means false; the plugin never changes the pod.',
      defaultAddCapabilities:
        "Capabilities added to every container's capabilities.add unless the container drops them; they count as allowed.",
      requiredDropCapabilities:
        "Capabilities the plugin adds to every container's capabilities.drop, and checks are dropped. ALL here means the literal name ALL.",
      allowedCapabilities:
        "Capabilities containers may add besides the default ones. Absent: only defaultAddCapabilities. '*' allows any and turns off every capability check, required drops included.",
      volumes:
        "The volume types pods may use, by the name of their source (configMap, secret, hostPath, ...), or '*' for all. Absent or empty allows no volume at all.",
      hostNetwork:
        "Whether pods may set hostNetwork: true and share the node's network. Absent means false.",
      hostPorts:
        'The host port ranges containers may bind. Absent: any hostPort above 0 is rejected.',
      hostPID:
        "Whether pods may set hostPID: true and see the node's processes. Absent means false.",
      hostIPC: "Whether pods may set hostIPC: true and share the node's IPC. Absent means false.",
      seLinux:
        'The SELinux strategy (required): RunAsAny, or MustRunAs with seLinuxOptions the plugin sets at pod level and requires of every container.',
      runAsUser:
        'The user ID strategy (required): RunAsAny, MustRunAs (ranges; the first minimum is set on containers without one), or MustRunAsNonRoot (runAsNonRoot: true is set where nothing is, user 0 is rejected).',
      runAsGroup:
        "The primary group strategy of containers. Absent: no restriction. MustRunAs sets the first range's minimum where unset.",
      supplementalGroups:
        "The strategy for the pod's supplementalGroups (required). MustRunAs sets the first range's minimum when the pod lists none.",
      fsGroup:
        "The strategy for the pod's fsGroup (required). MustRunAs sets the first range's minimum when the pod sets none.",
      readOnlyRootFilesystem:
        'When true, every container must run with readOnlyRootFilesystem: true; the plugin sets it where unset, and rejects false. Absent means no constraint.',
      defaultAllowPrivilegeEscalation:
        'The allowPrivilegeEscalation value the plugin writes into containers that set none. It may not be true when allowPrivilegeEscalation is false.',
      allowPrivilegeEscalation:
        'When false, containers must not allow privilege escalation: unset ones get false, true is rejected. Absent means true (allowed).',
      allowedHostPaths:
        'The host path prefixes hostPath volumes may use, each optionally read-only. Empty: any path, writable.',
      allowedFlexVolumes:
        'The flexVolume drivers pods may use (when volumes allows flexVolume). Empty: any driver.',
      allowedCSIDrivers:
        'The CSI drivers inline csi volumes may use (when volumes allows csi). Empty: any driver.',
      allowedUnsafeSysctls:
        "Sysctls outside the safe set that pods may set: exact names, 'prefix*', or '*'. Absent: safe sysctls only.",
      forbiddenSysctls:
        "Sysctls pods may not set, safe ones included: exact names, 'prefix*', or '*'. Forbidden wins over allowed.",
      allowedProcMountTypes:
        "The procMount values containers may use. Absent: only Default (a container's unset procMount counts as Default).",
      runtimeClass:
        'Which RuntimeClass names pods may use, and the one the plugin sets on pods that name none. Absent: no restriction.',
    },
  ],
  RunAsGroupStrategyOptions: [
    'How the primary group of containers (runAsGroup) is checked and defaulted.',
    {
      rule: "RunAsAny: no check. MayRunAs: a set group must be in the ranges. MustRunAs: containers without one get the first range's minimum, and every group must be in the ranges.",
      ranges: RANGES,
    },
  ],
  RunAsUserStrategyOptions: [
    'How the user ID of containers (runAsUser, runAsNonRoot) is checked and defaulted.',
    {
      rule: "RunAsAny: no check. MustRunAs: containers without a user get the first range's minimum, and every user must be in the ranges. MustRunAsNonRoot: runAsNonRoot must not be false and the user not 0.",
      ranges: RANGES,
    },
  ],
  RuntimeClassStrategyOptions: [
    'Which RuntimeClass pods may run with, and the default one.',
    {
      allowedRuntimeClassNames:
        "The names a pod's runtimeClassName may take, or '*' for any. Empty: pods must not set one. An unset runtimeClassName always passes.",
      defaultRuntimeClassName:
        'The runtimeClassName the plugin writes into pods that set none; it must be allowed.',
    },
  ],
  SELinuxStrategyOptions: [
    'How the SELinux options of the pod and its containers are checked and defaulted.',
    {
      rule: 'RunAsAny: no check. MustRunAs: the pod gets seLinuxOptions when it has none, and the pod and every container must carry exactly these options.',
      seLinuxOptions: 'The SELinux user, role, type and level MustRunAs requires and sets.',
    },
  ],
  SupplementalGroupsStrategyOptions: [
    "How the pod's supplementalGroups are checked and defaulted.",
    {
      rule: "RunAsAny: no check. MayRunAs: every listed group must be in the ranges. MustRunAs: a pod that lists none gets the first range's minimum, and every group must be in the ranges.",
      ranges: RANGES,
    },
  ],
}

/** What a value of a PodSecurityPolicy field does (completion of values in the policy editor). */
export const PSP_VALUE_DOCS: Record<string, string> = {
  RunAsAny: 'No check and no default: anything the pod sets passes.',
  MustRunAs:
    "Requires values within the ranges (or the seLinuxOptions) and sets the first range's minimum (the options) where the pod sets none.",
  MayRunAs: 'Requires set values to be within the ranges, and sets nothing.',
  MustRunAsNonRoot:
    'Requires a non-root user: runAsNonRoot: true is set where nothing is set, runAsNonRoot: false and user 0 are rejected.',
  anyCapability: 'Any capability may be added; every capability check is turned off.',
  literalAll: 'The literal name ALL: PodSecurityPolicy gives it no special meaning.',
  anyVolume: 'Every volume type.',
}
