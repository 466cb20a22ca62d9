/**
 * The examples menu: each is the two editors' texts plus a line saying what to look for. The seed
 * lesson's cases first (securing cluster nodes), then Pod Security Standards, PodSecurityPolicy,
 * NetworkPolicy, and ValidatingAdmissionPolicy (whose texts the engine keeps, engine/vap/examples).
 */
import { SEED_PSP, VAP_EXAMPLES } from '../../engine/vap/examples'
import { NETWORK_PODS, NETWORK_POLICY } from './network'

export interface Example {
  id: string
  title: string
  /** What the example shows, in one sentence. */
  lesson: string
  pod: string
  policy: string
}

const HOST_PID_IPC = `apiVersion: v1
kind: Pod
metadata: {name: pod-with-host-pid-and-ipc}
spec:
  hostPID: true
  hostIPC: true
  containers:
  - image: luska/kubia
    name: kubia
    ports:
    - containerPort: 8080
      hostPort: 9000
      protocol: TCP
`

const container = (securityContext: string, name = 'main') => `  containers:
  - name: ${name}
    image: alpine
    command: ["/bin/sleep", "999999"]
    securityContext:
${securityContext}`

const pod = (name: string, spec: string) => `apiVersion: v1
kind: Pod
metadata: {name: ${name}}
spec:
${spec}`

export const EXAMPLES: readonly Example[] = [
  {
    id: 'host-pid-ipc',
    title: 'Host PID and IPC namespaces, host port 9000',
    lesson: 'The pod shares the node’s process and IPC namespaces and binds port 9000 on the node.',
    pod: HOST_PID_IPC,
    policy: '',
  },
  {
    id: 'run-as-user',
    title: 'A fixed user ID (runAsUser: 405)',
    lesson: 'The container runs as user 405 (guest) instead of whatever the image says.',
    pod: pod('pod-as-user-guest', container('      runAsUser: 405\n')),
    policy: '',
  },
  {
    id: 'run-as-non-root',
    title: 'runAsNonRoot',
    lesson: 'The kubelet refuses to start the container if the image would run it as root.',
    pod: pod('pod-run-as-non-root', container('      runAsNonRoot: true\n')),
    policy: '',
  },
  {
    id: 'privileged',
    title: 'A privileged container',
    lesson: 'A privileged container gets every capability and the host’s devices.',
    pod: pod('pod-privileged', container('      privileged: true\n')),
    policy: '',
  },
  {
    id: 'capabilities',
    title: 'Capabilities added (SYS_TIME) and dropped (CHOWN)',
    lesson: 'SYS_TIME joins the default set; CHOWN leaves it.',
    pod: pod(
      'pod-add-settime-drop-chown',
      container('      capabilities:\n        add: [SYS_TIME]\n        drop: [CHOWN]\n'),
    ),
    policy: '',
  },
  {
    id: 'read-only-root',
    title: 'Read-only root filesystem',
    lesson: 'The container can write only to its volume, not to its root filesystem.',
    pod: `${pod(
      'pod-with-readonly-filesystem',
      container('      readOnlyRootFilesystem: true\n'),
    )}    volumeMounts:
    - name: my-volume
      mountPath: /volume
      readOnly: false
  volumes:
  - name: my-volume
    emptyDir: {}
`,
    policy: '',
  },
  {
    id: 'shared-volume-groups',
    title: 'fsGroup and supplementalGroups for a shared volume',
    lesson: 'Two containers run as different users but share files through group 555.',
    pod: `apiVersion: v1
kind: Pod
metadata: {name: pod-with-shared-volume-fsgroup}
spec:
  securityContext:
    fsGroup: 555
    supplementalGroups: [666, 777]
  containers:
  - name: first
    image: alpine
    command: ["/bin/sleep", "999999"]
    securityContext:
      runAsUser: 1111
    volumeMounts:
    - name: shared-volume
      mountPath: /volume
      readOnly: false
  - name: second
    image: alpine
    command: ["/bin/sleep", "999999"]
    securityContext:
      runAsUser: 2222
    volumeMounts:
    - name: shared-volume
      mountPath: /volume
      readOnly: false
  volumes:
  - name: shared-volume
    emptyDir: {}
`,
    policy: '',
  },
  {
    id: 'host-path',
    title: 'A hostPath volume, read-only',
    lesson: 'The node’s /var/log is mounted into the pod, read-only.',
    pod: `${pod('pod-with-host-path', container('      allowPrivilegeEscalation: false\n'))}    volumeMounts:
    - name: logs
      mountPath: /host/logs
      readOnly: true
  volumes:
  - name: logs
    hostPath: {path: /var/log, type: Directory}
`,
    policy: '',
  },
  {
    id: 'restricted-namespace',
    title: 'A Deployment in a restricted namespace',
    lesson: 'The namespace enforces the restricted level; the Deployment’s pods would be rejected.',
    pod: `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: team-a}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
        ports:
        - containerPort: 80
        securityContext:
          allowPrivilegeEscalation: false
`,
    policy: `apiVersion: v1
kind: Namespace
metadata:
  name: team-a
  labels:
    pod-security.kubernetes.io/enforce: restricted
    pod-security.kubernetes.io/enforce-version: latest
    pod-security.kubernetes.io/audit: restricted
    pod-security.kubernetes.io/warn: restricted
`,
  },
  {
    id: 'pod-security-policy',
    title: 'PodSecurityPolicy: one pod admitted, one rejected',
    lesson:
      'The policy allows SYS_TIME and adds CHOWN by default; a pod that adds SYS_ADMIN is rejected.',
    pod: `${pod('pod-add-settime', container('      capabilities:\n        add: [SYS_TIME]\n'))}---
${pod('pod-add-sysadmin', container('      capabilities:\n        add: [SYS_ADMIN]\n'))}`,
    policy: SEED_PSP,
  },
  {
    id: 'network',
    title: 'NetworkPolicy: namespaces x, y, z with pods a, b, c',
    lesson: 'Pod x/a accepts connections on port 80 only from namespace y.',
    pod: NETWORK_PODS,
    policy: NETWORK_POLICY,
  },
  // ValidatingAdmissionPolicy: the Pod Security Standards, a parameter, a PodSecurityPolicy migrated
  ...VAP_EXAMPLES,
]

export const STARTER_EXAMPLE: Example = EXAMPLES[0]!

export function findExample(id: string | null): Example | undefined {
  return EXAMPLES.find((e) => e.id === id)
}
