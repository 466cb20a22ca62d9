/**
 * Fields the API gained after the release the generated tree comes from (fields.generated.ts,
 * release-1.36), up to podplay's baseline, Kubernetes 1.37 (../shared/spec/cluster-path.md). Each
 * entry names its source; keep this list short and drop an entry once the generated tree has it
 * (a test fails when the generated tree already carries one of these fields).
 */

export const AFTER_STRUCTS: Record<string, Record<string, string>> = {
  // KEP-5474 "writable cgroups for unprivileged containers": core/v1 types.go
  // `SecurityContext.CgroupOptions *CgroupOptions`, `CgroupOptions.MountMode *CgroupMountMode`
  // (a string type: ReadOnly, ReadWrite). Used by the Kubernetes docs' security-context-7.yaml.
  SecurityContext: { cgroupOptions: 'CgroupOptions' },
  CgroupOptions: { mountMode: 'string' },
}
