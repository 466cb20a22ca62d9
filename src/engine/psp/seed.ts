/**
 * The seed PodSecurityPolicy: the classic lesson's policy, shown in the app's examples, migrated to
 * a ValidatingAdmissionPolicy in engine/vap/pspMigration.ts, and judged in tests.
 */
export const SEED_PSP = `apiVersion: extensions/v1beta1
kind: PodSecurityPolicy
metadata: {name: default}
spec:
  allowedCapabilities: [SYS_TIME]
  defaultAddCapabilities: [CHOWN]
  requiredDropCapabilities: [SYS_ADMIN, SYS_MODULE]
  runAsUser: {rule: RunAsAny}
  fsGroup: {rule: RunAsAny}
  supplementalGroups: {rule: RunAsAny}
  seLinux: {rule: RunAsAny}
  volumes: ['*']
`
