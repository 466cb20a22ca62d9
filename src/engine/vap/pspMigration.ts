/**
 * PodSecurityPolicy migration (issue 13): the seed lesson's PodSecurityPolicy "default"
 * (src/ui/examples, example `pod-security-policy`) next to a ValidatingAdmissionPolicy that
 * expresses the same rules, field by field. Pure data, the policy editor's text. Written for
 * podplay after the PodSecurityPolicy field semantics (spec pod-security-policy.md; Kubernetes
 * pkg/security/podsecuritypolicy/*, as src/engine/psp reproduces them) and the CEL shapes of
 * open-policy-agent/gatekeeper-library src/pod-security-policy/<control>/src.cel (allowed and
 * required-drop capabilities, volumes with `*`), rewritten for ValidatingAdmissionPolicy.
 *
 * A policy only judges: what the PodSecurityPolicy changes (defaultAddCapabilities adds CHOWN,
 * requiredDropCapabilities drops SYS_ADMIN and SYS_MODULE) has no counterpart here; a
 * MutatingAdmissionPolicy, or the pod's own text, must do it. The fields the policy leaves at
 * RunAsAny (runAsUser, fsGroup, supplementalGroups, seLinux) need no validation.
 */

import { SEED_PSP } from '../psp/seed'

export { SEED_PSP }

export const PSP_MIGRATION_POLICY_NAME = 'psp-default.podplay.example'

export const PSP_AS_VAP = `# PodSecurityPolicy "default" above, as a ValidatingAdmissionPolicy.
# Each validation names the PodSecurityPolicy field it stands for; unset fields keep their
# PodSecurityPolicy meaning (privileged, host namespaces and host ports forbidden, ...).
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: ${PSP_MIGRATION_POLICY_NAME}
spec:
  failurePolicy: Fail
  matchConstraints:
    resourceRules:
    - apiGroups: [""]
      apiVersions: ["v1"]
      operations: ["CREATE", "UPDATE"]
      resources: ["pods"]
  variables:
  - name: containers
    expression: >-
      object.spec.containers + object.spec.?initContainers.orValue([]) +
      object.spec.?ephemeralContainers.orValue([])
  - name: securityContexts
    expression: >-
      [object.spec.?securityContext.orValue({})] +
      variables.containers.map(c, c.?securityContext.orValue({}))
  # allowedCapabilities, plus defaultAddCapabilities (a default is always allowed)
  - name: allowedCapabilities
    expression: "['SYS_TIME', 'CHOWN']"
  - name: requiredDropCapabilities
    expression: "['SYS_ADMIN', 'SYS_MODULE']"
  - name: allowedVolumes
    expression: "['*']"
  - name: addedCapabilities
    expression: >-
      variables.containers.map(c, c.?securityContext.?capabilities.?add.orValue([]))
  validations:
  # privileged: unset = false
  - expression: variables.containers.all(c, c.?securityContext.?privileged != optional.of(true))
    message: "privileged: privileged containers are not allowed"
  # hostNetwork, hostPID, hostIPC: unset = false
  - expression: >-
      object.spec.?hostNetwork != optional.of(true) && object.spec.?hostPID != optional.of(true) &&
      object.spec.?hostIPC != optional.of(true)
    message: "host namespaces: hostNetwork, hostPID and hostIPC are not allowed"
  # hostPorts: unset = no host port
  - expression: variables.containers.all(c, c.?ports.orValue([]).all(p, p.?hostPort.orValue(0) == 0))
    message: "hostPorts: host ports are not allowed"
  # allowedCapabilities (+ defaultAddCapabilities)
  - expression: >-
      variables.addedCapabilities.all(add, add.all(cap, cap in variables.allowedCapabilities))
    messageExpression: >-
      'capabilities: only ' + variables.allowedCapabilities.join(', ') + ' may be added'
  # requiredDropCapabilities: may not be added (dropping them is the mutation a policy cannot do)
  - expression: >-
      variables.addedCapabilities.all(add,
      add.all(cap, !(cap in variables.requiredDropCapabilities)))
    messageExpression: >-
      'capabilities: ' + variables.requiredDropCapabilities.join(', ') + ' must not be added'
  # volumes: '*' allows every type
  - expression: >-
      '*' in variables.allowedVolumes || object.spec.?volumes.orValue([]).all(v,
      v.exists(type, type == 'name' || type in variables.allowedVolumes))
    message: "volumes: a volume type that is not allowed is used"
  # allowedProcMountTypes: unset = Default only
  - expression: >-
      variables.containers.all(c, c.?securityContext.?procMount.orValue('Default') == 'Default')
    message: "procMount: only the Default /proc mount is allowed"
  # allowedUnsafeSysctls: unset = the safe sysctls only
  - expression: >-
      object.spec.?securityContext.?sysctls.orValue([]).all(s, s.?name.orValue('') in
      ['kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.tcp_syncookies',
      'net.ipv4.ping_group_range', 'net.ipv4.ip_unprivileged_port_start'])
    message: "sysctls: unsafe sysctls are not allowed"
  # seccomp allowedProfileNames annotation: absent = no profile may be set
  - expression: variables.securityContexts.all(sc, !has(sc.seccompProfile))
    message: "seccomp: no seccomp profile may be set"
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: psp-default-binding.podplay.example
spec:
  policyName: ${PSP_MIGRATION_POLICY_NAME}
  validationActions: [Deny]
`

/** The two pods of the seed lesson: SYS_TIME (admitted by both), SYS_ADMIN (rejected by both). */
const pod = (name: string, cap: string) => `apiVersion: v1
kind: Pod
metadata: {name: ${name}}
spec:
  containers:
  - name: main
    image: alpine
    command: ["/bin/sleep", "999999"]
    securityContext:
      capabilities:
        add: [${cap}]
`

export const PSP_MIGRATION_PODS = `${pod('pod-add-settime', 'SYS_TIME')}---
${pod('pod-add-sysadmin', 'SYS_ADMIN')}`

export const PSP_MIGRATION_POLICY_TEXT = `${SEED_PSP}---
${PSP_AS_VAP}`
