/** One sentence per PodSecurityPolicy field, for learners (spec pod-security-policy.md §3). */

export interface FieldDescription {
  /** Path in the policy object, in Kubernetes notation. */
  field: string
  description: string
}

const A = 'metadata.annotations'

const FIELDS: readonly FieldDescription[] = [
  {
    field: 'spec.privileged',
    description:
      'Whether containers may run privileged (all capabilities and host devices); absent means no.',
  },
  {
    field: 'spec.defaultAddCapabilities',
    description:
      'Capabilities added to every container that does not drop them, and therefore also allowed.',
  },
  {
    field: 'spec.requiredDropCapabilities',
    description: 'Capabilities every container must drop; the policy adds them to the drop list.',
  },
  {
    field: 'spec.allowedCapabilities',
    description:
      "Capabilities containers may add beyond the defaults; '*' allows any and switches every capability check off.",
  },
  {
    field: 'spec.volumes',
    description:
      "The volume types pods may use ('*' for all); an empty list allows no volume at all.",
  },
  { field: 'spec.hostNetwork', description: "Whether pods may use the node's network namespace." },
  { field: 'spec.hostPID', description: "Whether pods may share the node's process ID namespace." },
  { field: 'spec.hostIPC', description: "Whether pods may share the node's IPC namespace." },
  {
    field: 'spec.hostPorts',
    description: 'The host port ranges containers may bind; absent means no host port at all.',
  },
  {
    field: 'spec.seLinux',
    description: 'RunAsAny, or MustRunAs: pods get these SELinux options and may not use others.',
  },
  {
    field: 'spec.runAsUser',
    description:
      'Which user IDs containers run as: RunAsAny, MustRunAs (ranges, the first minimum is the default) or MustRunAsNonRoot.',
  },
  {
    field: 'spec.runAsGroup',
    description:
      'Which primary group IDs containers run as (MustRunAs, MayRunAs, RunAsAny); absent means no restriction.',
  },
  {
    field: 'spec.supplementalGroups',
    description:
      'Which supplemental groups pods may add (MustRunAs sets the first minimum when none is given).',
  },
  {
    field: 'spec.fsGroup',
    description:
      'Which group owns pod volumes (MustRunAs sets the first minimum when none is given).',
  },
  {
    field: 'spec.readOnlyRootFilesystem',
    description:
      "When true, every container's root filesystem must be read-only (unset ones are made so).",
  },
  {
    field: 'spec.defaultAllowPrivilegeEscalation',
    description: 'The allowPrivilegeEscalation value given to containers that do not set one.',
  },
  {
    field: 'spec.allowPrivilegeEscalation',
    description:
      'When false, containers must set allowPrivilegeEscalation to false (unset ones are made so); absent means true.',
  },
  {
    field: 'spec.allowedHostPaths',
    description:
      'The host path prefixes hostPath volumes may use, optionally read-only only; empty means any path.',
  },
  {
    field: 'spec.allowedFlexVolumes',
    description: 'The flexVolume drivers pods may use; empty means any driver.',
  },
  {
    field: 'spec.allowedCSIDrivers',
    description: 'The CSI drivers inline csi volumes may use; empty means any driver.',
  },
  {
    field: 'spec.allowedUnsafeSysctls',
    description: "Sysctls outside the safe set that pods may set (exact names, 'prefix*' or '*').",
  },
  { field: 'spec.forbiddenSysctls', description: 'Sysctls pods may not set, even safe ones.' },
  {
    field: 'spec.allowedProcMountTypes',
    description: 'The /proc mount types containers may ask for; empty means only Default.',
  },
  {
    field: 'spec.runtimeClass',
    description: 'The RuntimeClass names pods may use, and the one given to pods that set none.',
  },
  {
    field: `${A}[seccomp.security.alpha.kubernetes.io/allowedProfileNames]`,
    description:
      "Comma-separated seccomp profiles pods may use ('*' for any); without it pods may set no profile.",
  },
  {
    field: `${A}[seccomp.security.alpha.kubernetes.io/defaultProfileName]`,
    description: 'The seccomp profile written on pods that set none.',
  },
  {
    field: `${A}[apparmor.security.beta.kubernetes.io/allowedProfileNames]`,
    description: 'Comma-separated AppArmor profiles containers may use; without it anything goes.',
  },
  {
    field: `${A}[apparmor.security.beta.kubernetes.io/defaultProfileName]`,
    description: 'The AppArmor profile written for containers that set none.',
  },
]

/** What each PodSecurityPolicy field does, in the order of the API reference. */
export function describeFields(): FieldDescription[] {
  return FIELDS.map((f) => ({ ...f }))
}
