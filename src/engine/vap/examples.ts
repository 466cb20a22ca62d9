/**
 * ValidatingAdmissionPolicy examples for the app to list (issue 13): pure data, the one engine
 * module the app imports for its examples menu (biome.json allows it). Written for podplay after
 * DOC (kubernetes/website validating-admission-policy.md, replica limits with a ConfigMap param)
 * and BLOG (2024-04-24-validating-admission-policy-ga, the four pod-security validations).
 * BLOG compares optionals (`c.?runAsNonRoot == optional.of(true)`), as these do: the JS CEL
 * implementation lacks optional equality, which cel/optional.ts adds.
 * The Pod Security Standards as policies (pssPolicies.ts) and the PodSecurityPolicy migration
 * (pspMigration.ts) use optional equality, which env.ts adds to the implementation.
 */
import { PSP_MIGRATION_PODS, PSP_MIGRATION_POLICY_TEXT } from './pspMigration'
import { pssPolicyText } from './pssPolicies'

/** The seed lesson's PodSecurityPolicy, for the app's own example of it (one copy of the text). */
export { SEED_PSP } from './pspMigration'

export interface VapExample {
  id: string
  title: string
  /** What the example shows, in one sentence. */
  lesson: string
  pod: string
  policy: string
}

const REPLICA_LIMIT_POLICY = `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: replicalimit-policy.example.com
spec:
  failurePolicy: Fail
  paramKind:
    apiVersion: v1
    kind: ConfigMap
  matchConstraints:
    resourceRules:
    - apiGroups: ["apps"]
      apiVersions: ["v1"]
      operations: ["CREATE", "UPDATE"]
      resources: ["deployments"]
  validations:
  - expression: "object.spec.replicas <= int(params.data.maxReplicas)"
    messageExpression: "'object.spec.replicas must be no greater than ' + params.data.maxReplicas"
    reason: Invalid
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: replicalimit-binding.example.com
spec:
  policyName: replicalimit-policy.example.com
  validationActions: [Deny]
  paramRef:
    name: replica-limits
    parameterNotFoundAction: Deny
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: replica-limits
  namespace: default
data:
  maxReplicas: "3"
`

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 5
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: web
        image: nginx:1.27
`

const POD_SECURITY_POLICY = `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: pod-security.policy.example.com
spec:
  failurePolicy: Fail
  matchConstraints:
    resourceRules:
    - apiGroups: ["apps"]
      apiVersions: ["v1"]
      operations: ["CREATE", "UPDATE"]
      resources: ["deployments"]
  variables:
  - name: containers
    expression: "object.spec.template.spec.containers"
  - name: securityContexts
    expression: "variables.containers.map(c, c.?securityContext)"
  validations:
  - expression: "variables.securityContexts.all(c, c.?runAsNonRoot == optional.of(true))"
    message: "all containers must set runAsNonRoot to true"
  - expression: "variables.securityContexts.all(c, c.?readOnlyRootFilesystem == optional.of(true))"
    message: "all containers must set readOnlyRootFilesystem to true"
  - expression: "variables.securityContexts.all(c, c.?allowPrivilegeEscalation != optional.of(true))"
    message: "all containers must NOT set allowPrivilegeEscalation to true"
  - expression: "variables.securityContexts.all(c, c.?privileged != optional.of(true))"
    message: "all containers must NOT set privileged to true"
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: pod-security.policy-binding.example.com
spec:
  policyName: pod-security.policy.example.com
  validationActions: [Warn]
`

/** A pod with nothing set: baseline allows it, restricted does not. */
const PLAIN_POD = `apiVersion: v1
kind: Pod
metadata: {name: plain}
spec:
  containers:
  - name: main
    image: nginx:1.27
`

const PSS_BASELINE_PODS = `apiVersion: v1
kind: Pod
metadata: {name: host-network}
spec:
  hostNetwork: true
  containers:
  - name: main
    image: nginx:1.27
    securityContext:
      privileged: true
---
${PLAIN_POD}`

const PSS_RESTRICTED_PODS = `${PLAIN_POD}---
apiVersion: v1
kind: Pod
metadata: {name: hardened}
spec:
  securityContext:
    runAsNonRoot: true
    runAsUser: 101
    seccompProfile: {type: RuntimeDefault}
  containers:
  - name: main
    image: nginxinc/nginx-unprivileged:1.27
    securityContext:
      allowPrivilegeEscalation: false
      capabilities:
        drop: [ALL]
`

export const VAP_EXAMPLES: readonly VapExample[] = [
  {
    id: 'vap-replica-limit',
    title: 'Replica limit with a ConfigMap parameter',
    lesson:
      'The binding reads the limit from a ConfigMap, so a Deployment of 5 replicas is denied.',
    pod: DEPLOYMENT,
    policy: REPLICA_LIMIT_POLICY,
  },
  {
    id: 'vap-pod-security-blog',
    title: 'Pod security checks as in the GA blog post (Warn)',
    lesson: 'Under Warn the Deployment is created, and each failed check becomes a warning.',
    pod: DEPLOYMENT,
    policy: POD_SECURITY_POLICY,
  },
  {
    id: 'vap-pss-baseline',
    title: 'Pod Security Standards baseline as a ValidatingAdmissionPolicy',
    lesson:
      'One CEL validation per baseline control denies the pod on the host network, as Pod Security Admission would.',
    pod: PSS_BASELINE_PODS,
    policy: pssPolicyText('baseline'),
  },
  {
    id: 'vap-pss-restricted',
    title: 'Pod Security Standards restricted as ValidatingAdmissionPolicies',
    lesson:
      'Restricted is the baseline policy plus a second one; a plain pod fails it, a hardened pod passes both.',
    pod: PSS_RESTRICTED_PODS,
    policy: pssPolicyText('restricted'),
  },
  {
    id: 'vap-psp-migration',
    title: 'PSP migration: the seed policy’s rules as a ValidatingAdmissionPolicy',
    lesson:
      'The policy admits the SYS_TIME pod and rejects the SYS_ADMIN pod as the PodSecurityPolicy does, but cannot add or drop capabilities for you.',
    pod: PSP_MIGRATION_PODS,
    policy: PSP_MIGRATION_POLICY_TEXT,
  },
]
