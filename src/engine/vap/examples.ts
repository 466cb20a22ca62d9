/**
 * ValidatingAdmissionPolicy examples for the app to list (issue 13). Written for podplay after
 * DOC (kubernetes/website validating-admission-policy.md, replica limits with a ConfigMap param)
 * and BLOG (2024-04-24-validating-admission-policy-ga, the four pod-security validations).
 * BLOG compares optionals (`c.?runAsNonRoot == optional.of(true)`); the JS CEL implementation does
 * not type-check optional equality, so these use `.orValue(false)`, which means the same.
 * Still to add: the full Pod Security Standards (baseline, restricted) and the PodSecurityPolicy
 * migration.
 */

export interface VapExample {
  id: string
  title: string
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
  - expression: "variables.securityContexts.all(c, c.?runAsNonRoot.orValue(false))"
    message: "all containers must set runAsNonRoot to true"
  - expression: "variables.securityContexts.all(c, c.?readOnlyRootFilesystem.orValue(false))"
    message: "all containers must set readOnlyRootFilesystem to true"
  - expression: "variables.securityContexts.all(c, !c.?allowPrivilegeEscalation.orValue(false))"
    message: "all containers must NOT set allowPrivilegeEscalation to true"
  - expression: "variables.securityContexts.all(c, !c.?privileged.orValue(false))"
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

export const VAP_EXAMPLES: readonly VapExample[] = [
  {
    id: 'vap-replica-limit',
    title: 'Replica limit with a ConfigMap parameter',
    pod: DEPLOYMENT,
    policy: REPLICA_LIMIT_POLICY,
  },
  {
    id: 'vap-pod-security-blog',
    title: 'Pod security checks as in the GA blog post (Warn)',
    pod: DEPLOYMENT,
    policy: POD_SECURITY_POLICY,
  },
]
