/**
 * The Pod Security Standards (baseline and restricted, the rules of the latest version, v1.37) as
 * ValidatingAdmissionPolicies: pure data, the policy editor's text. Written for podplay from the
 * standard (kubernetes/website content/en/docs/concepts/security/pod-security-standards.md, and
 * podplay's own checks in src/engine/pss/checks, which follow kubernetes/pod-security-admission
 * policy/check_*.go), in the shapes the published policies use: the GA blog post's optional
 * field selections and variables (kubernetes/website
 * content/en/blog/_posts/2024-04-24-validating-admission-policy-ga/index.md) and one validation per
 * control as in kyverno/policies pod-security-cel/{baseline,restricted}/<control>/<control>.yaml.
 * No text was copied. No kubernetes.io page publishes the whole standard as policies (spec
 * validating-admission-policy.md §15).
 *
 * Where a policy differs from Pod Security Admission, on purpose:
 * - Restricted is the baseline policy plus the restricted policy, both bound. PSA instead replaces
 *   some baseline checks at restricted (capabilities, seccomp, procMount, hostPath), and its
 *   restricted capabilities and seccomp checks exempt Windows pods (`spec.os.name: windows`), so a
 *   Windows pod adding SYS_ADMIN or setting seccomp Unconfined passes PSA restricted but is denied
 *   by the baseline policy here.
 * - Only the latest rules: no per-version behaviour (older sysctl lists, SELinux types, the
 *   seccomp and AppArmor annotations of early versions, checks that did not exist yet).
 * - Messages say which control failed, not PSA's per-container detail.
 */

/** Where the pod is in each kind the policies match: the Pod, a template, a CronJob's template. */
const VARIABLES = `  variables:
  - name: pod
    expression: >-
      object.kind == 'Pod' ? object :
      object.kind == 'CronJob' ? object.spec.jobTemplate.spec.template :
      object.spec.template
  - name: spec
    expression: variables.pod.spec
  - name: podSecurityContext
    expression: variables.spec.?securityContext.orValue({})
  - name: containers
    expression: >-
      variables.spec.containers +
      variables.spec.?initContainers.orValue([]) +
      variables.spec.?ephemeralContainers.orValue([])
  - name: securityContexts
    expression: >-
      [variables.podSecurityContext] +
      variables.containers.map(c, c.?securityContext.orValue({}))
  - name: userNamespace
    expression: variables.spec.?hostUsers == optional.of(false)
  - name: windows
    expression: variables.spec.?os.?name == optional.of('windows')
`

const MATCH = `  failurePolicy: Fail
  matchConstraints:
    resourceRules:
    - apiGroups: [""]
      apiVersions: ["v1"]
      operations: ["CREATE", "UPDATE"]
      resources: ["pods"]
    - apiGroups: ["apps"]
      apiVersions: ["v1"]
      operations: ["CREATE", "UPDATE"]
      resources: ["deployments", "replicasets", "statefulsets", "daemonsets"]
    - apiGroups: ["batch"]
      apiVersions: ["v1"]
      operations: ["CREATE", "UPDATE"]
      resources: ["jobs", "cronjobs"]
`

export const PSS_BASELINE_POLICY_NAME = 'pss-baseline.podplay.example'
export const PSS_RESTRICTED_POLICY_NAME = 'pss-restricted.podplay.example'

/** The baseline level: every control of the standard's baseline table, latest rules. */
export const PSS_BASELINE_POLICY = `# Pod Security Standards, baseline (rules of v1.37), as a ValidatingAdmissionPolicy.
# Written for podplay from the standard (kubernetes.io/docs/concepts/security/pod-security-standards)
# in the style of the GA blog post and kyverno/policies pod-security-cel/baseline.
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: ${PSS_BASELINE_POLICY_NAME}
spec:
${MATCH}${VARIABLES}  validations:
  - expression: >-
      variables.spec.?hostNetwork != optional.of(true) &&
      variables.spec.?hostPID != optional.of(true) &&
      variables.spec.?hostIPC != optional.of(true)
    message: "host namespaces: hostNetwork, hostPID and hostIPC must not be true"
  - expression: variables.containers.all(c, c.?securityContext.?privileged != optional.of(true))
    message: "privileged: containers must not set securityContext.privileged=true"
  - expression: >-
      variables.containers.all(c, c.?securityContext.?capabilities.?add.orValue([]).all(cap,
      cap in ['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD',
      'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT']))
    message: "capabilities: containers may add only the default capabilities (AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT)"
  - expression: variables.spec.?volumes.orValue([]).all(v, !has(v.hostPath))
    message: "hostPath volumes are forbidden"
  - expression: variables.containers.all(c, c.?ports.orValue([]).all(p, p.?hostPort.orValue(0) == 0))
    message: "hostPort: containers must not set ports[*].hostPort"
  - expression: >-
      variables.securityContexts.all(sc, !has(sc.appArmorProfile) ||
      sc.appArmorProfile.?type.orValue('') in ['RuntimeDefault', 'Localhost']) &&
      variables.pod.?metadata.?annotations.orValue({}).all(k,
      !k.startsWith('container.apparmor.security.beta.kubernetes.io/') ||
      variables.pod.metadata.annotations[k] in ['', 'runtime/default'] ||
      variables.pod.metadata.annotations[k].startsWith('localhost/'))
    message: "AppArmor: the profile type must be RuntimeDefault or Localhost (annotations runtime/default or localhost/*)"
  - expression: >-
      variables.securityContexts.all(sc, !has(sc.seLinuxOptions) ||
      (sc.seLinuxOptions.?type.orValue('') in
      ['', 'container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t'] &&
      sc.seLinuxOptions.?user.orValue('') == '' && sc.seLinuxOptions.?role.orValue('') == ''))
    message: "seLinuxOptions: type must be a container type, user and role must not be set"
  - expression: >-
      variables.userNamespace ||
      variables.containers.all(c, c.?securityContext.?procMount.orValue('Default') == 'Default')
    message: "procMount: containers must use the Default /proc mount (Unmasked needs hostUsers: false)"
  - expression: >-
      variables.securityContexts.all(sc, !has(sc.seccompProfile) ||
      sc.seccompProfile.?type.orValue('') in ['RuntimeDefault', 'Localhost'])
    message: "seccompProfile: the type must not be Unconfined"
  - expression: >-
      variables.podSecurityContext.?sysctls.orValue([]).all(s, s.?name.orValue('') in
      ['kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.ip_local_reserved_ports',
      'net.ipv4.tcp_syncookies', 'net.ipv4.ping_group_range', 'net.ipv4.ip_unprivileged_port_start',
      'net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl',
      'net.ipv4.tcp_keepalive_probes', 'net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem',
      'net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat'])
    message: "sysctls: only the safe sysctls are allowed"
  - expression: >-
      variables.securityContexts.all(sc, sc.?windowsOptions.?hostProcess != optional.of(true))
    message: "hostProcess: Windows HostProcess containers are forbidden"
  - expression: >-
      variables.containers.all(c, [c.?livenessProbe, c.?readinessProbe, c.?startupProbe,
      c.?lifecycle.?postStart, c.?lifecycle.?preStop].all(h,
      h.?httpGet.?host.orValue('') == '' && h.?tcpSocket.?host.orValue('') == ''))
    message: "probe or lifecycle host: probes and lifecycle hooks must not set host"
`

/** The controls restricted adds to baseline (bind it together with the baseline policy). */
export const PSS_RESTRICTED_POLICY = `# Pod Security Standards, restricted (rules of v1.37): what restricted adds to baseline.
# Bind it together with ${PSS_BASELINE_POLICY_NAME}.
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: ${PSS_RESTRICTED_POLICY_NAME}
spec:
${MATCH}${VARIABLES}  validations:
  - expression: >-
      variables.spec.?volumes.orValue([]).all(v, ['configMap', 'csi', 'downwardAPI', 'emptyDir',
      'ephemeral', 'image', 'persistentVolumeClaim', 'projected', 'secret'].exists(t, t in v))
    message: "restricted volume types: only configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected and secret volumes are allowed"
  - expression: >-
      variables.windows ||
      variables.containers.all(c, c.?securityContext.?allowPrivilegeEscalation == optional.of(false))
    message: "allowPrivilegeEscalation != false: containers must set securityContext.allowPrivilegeEscalation=false"
  - expression: >-
      variables.userNamespace ||
      (variables.podSecurityContext.?runAsNonRoot != optional.of(false) &&
      variables.containers.all(c, c.?securityContext.?runAsNonRoot.orValue(
      variables.podSecurityContext.?runAsNonRoot.orValue(false)) == true))
    message: "runAsNonRoot != true: the pod or every container must set securityContext.runAsNonRoot=true"
  - expression: >-
      variables.userNamespace ||
      variables.securityContexts.all(sc, sc.?runAsUser != optional.of(0))
    message: "runAsUser=0: the pod and containers must not set runAsUser=0"
  - expression: >-
      variables.windows ||
      (variables.securityContexts.all(sc, !has(sc.seccompProfile) ||
      sc.seccompProfile.?type.orValue('') in ['RuntimeDefault', 'Localhost']) &&
      (has(variables.podSecurityContext.seccompProfile) ||
      variables.containers.all(c, c.?securityContext.?seccompProfile.hasValue())))
    message: "seccompProfile: the pod or every container must set seccompProfile.type to RuntimeDefault or Localhost"
  - expression: >-
      variables.windows ||
      variables.containers.all(c,
      'ALL' in c.?securityContext.?capabilities.?drop.orValue([]) &&
      c.?securityContext.?capabilities.?add.orValue([]).all(cap, cap == 'NET_BIND_SERVICE'))
    message: "unrestricted capabilities: containers must drop ALL and may add only NET_BIND_SERVICE"
  - expression: >-
      variables.containers.all(c, c.?securityContext.?procMount.orValue('Default') == 'Default')
    message: "procMount: containers must use the Default /proc mount, even with hostUsers: false"
`

const binding = (policy: string) => `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: ${policy.replace('.podplay.example', '-binding.podplay.example')}
spec:
  policyName: ${policy}
  validationActions: [Deny]
`

/** The policy editor text for a level: the policies and a Deny binding for each. */
export function pssPolicyText(level: 'baseline' | 'restricted'): string {
  const parts = [PSS_BASELINE_POLICY, binding(PSS_BASELINE_POLICY_NAME)]
  if (level === 'restricted') parts.push(PSS_RESTRICTED_POLICY, binding(PSS_RESTRICTED_POLICY_NAME))
  return parts.join('---\n')
}
