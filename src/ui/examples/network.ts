/**
 * The network example: three namespaces (x, y, z) with three pods (a, b, c) each, port 80. The
 * names are quoted because YAML 1.1, as Kubernetes reads it, takes a bare `y` for the boolean true.
 */

const namespaces = ['x', 'y', 'z']
const pods = ['a', 'b', 'c']

const namespace = (ns: string) => `apiVersion: v1
kind: Namespace
metadata: {name: '${ns}', labels: {ns: '${ns}'}}
`

const pod = (ns: string, name: string) => `apiVersion: v1
kind: Pod
metadata: {name: '${name}', namespace: '${ns}', labels: {pod: '${name}'}}
spec:
  securityContext: {runAsNonRoot: true, runAsUser: 1000, seccompProfile: {type: RuntimeDefault}}
  containers:
  - name: cont-80-tcp
    image: registry.k8s.io/e2e-test-images/agnhost:2.52
    securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
    ports:
    - {containerPort: 80, name: serve-80-tcp, protocol: TCP}
`

export const NETWORK_PODS = namespaces
  .flatMap((ns) => [namespace(ns), ...pods.map((p) => pod(ns, p))])
  .join('---\n')

export const NETWORK_POLICY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-from-y, namespace: 'x'}
spec:
  podSelector:
    matchLabels: {pod: 'a'}
  policyTypes: [Ingress]
  ingress:
  - from:
    - namespaceSelector:
        matchLabels: {ns: 'y'}
    ports:
    - {port: 80, protocol: TCP}
`
