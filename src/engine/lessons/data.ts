/**
 * The lessons, following the classic lesson the examples come from (Kubernetes in Action, chapter
 * 13, "Securing cluster nodes and the network"): host namespaces and ports, users, privileged and
 * capabilities, the root filesystem, groups, PodSecurityPolicy, then Pod Security Standards and
 * NetworkPolicy. Every step's start fails its goal and its solution meets it (lessons.test.ts).
 */
import * as g from './goals'
import type { Lesson } from './types'

const pod = (name: string, spec: string, meta = '') => `apiVersion: v1
kind: Pod
metadata: {name: ${name}${meta}}
spec:
${spec}`

const alpine = (securityContext = '', name = 'main') => `  - name: ${name}
    image: alpine
    command: ["/bin/sleep", "999999"]
${securityContext === '' ? '' : `    securityContext:\n${securityContext}`}`

const namespace = (name: string, level?: string) =>
  level === undefined
    ? `apiVersion: v1
kind: Namespace
metadata:
  name: ${name}
`
    : `apiVersion: v1
kind: Namespace
metadata:
  name: ${name}
  labels:
    pod-security.kubernetes.io/enforce: ${level}
`

const KUBIA = `  containers:
  - image: luska/kubia
    name: kubia
    ports:
    - containerPort: 8080
`

const psp = (name: string, extra: string) => `apiVersion: policy/v1beta1
kind: PodSecurityPolicy
metadata: {name: ${name}}
spec:
${extra}  runAsUser: {rule: RunAsAny}
  fsGroup: {rule: RunAsAny}
  supplementalGroups: {rule: RunAsAny}
  seLinux: {rule: RunAsAny}
  volumes: ['*']
`

const RESTRICTED_SC = `      allowPrivilegeEscalation: false
      runAsNonRoot: true
      runAsUser: 1000
      seccompProfile: {type: RuntimeDefault}
`

// NetworkPolicy world: namespaces x and y, pods a and b in x, b in y, and a DNS server.
const netNamespace = (ns: string) => `apiVersion: v1
kind: Namespace
metadata: {name: '${ns}', labels: {ns: '${ns}'}}
`
const netPod = (
  ns: string,
  name: string,
  port = '{containerPort: 80, protocol: TCP}',
) => `apiVersion: v1
kind: Pod
metadata: {name: '${name}', namespace: '${ns}', labels: {pod: '${name}'}}
spec:
  containers:
  - name: server
    image: registry.k8s.io/e2e-test-images/agnhost:2.52
    ports:
    - ${port}
`
const NET_PODS = [
  netNamespace('x'),
  netNamespace('y'),
  netNamespace('kube-system'),
  netPod('x', 'a'),
  netPod('x', 'b'),
  netPod('y', 'b'),
  netPod('kube-system', 'dns', '{containerPort: 53, protocol: UDP}'),
].join('---\n')

const netpol = (name: string, spec: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: ${name}, namespace: 'x'}
spec:
${spec}`

/** The ingress policy of x/a, with its rules (none: x/a accepts nothing). */
const allowA = (ingress = '') =>
  netpol(
    'allow-a',
    `  podSelector: {matchLabels: {pod: 'a'}}\n  policyTypes: [Ingress]\n${ingress === '' ? '' : `  ingress:\n  - from:\n    - ${ingress}\n`}`,
  )

/** The Deployment of the restricted step: its pod securityContext and its container's. */
const web = (podSc: string, containerSc: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: team-a}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
${podSc}      containers:
      - name: nginx
        image: nginx:1.27
${containerSc}`

export const LESSONS: readonly Lesson[] = [
  {
    id: 'host',
    title: 'The node’s namespaces and ports',
    summary: 'What a pod sees of the node when it shares its PID, IPC and network namespaces.',
    steps: [
      {
        id: 'host/pid-ipc',
        title: 'Host PID, host IPC and a host port',
        text: 'This pod shares the node’s process and IPC namespaces, so it sees every process on the node and can talk to them over shared memory, and it binds port 9000 on the node. The namespace enforces the baseline level of the Pod Security Standards, which forbids all three.',
        start: {
          pod: pod(
            'pod-with-host-pid-and-ipc',
            `  hostPID: true\n  hostIPC: true\n${KUBIA}      hostPort: 9000\n`,
          ),
          policy: namespace('default', 'baseline'),
        },
        goal: {
          text: 'Get the pod admitted by the baseline namespace, still serving on container port 8080.',
          requirements: [
            g.admitted('pod-with-host-pid-and-ipc'),
            g.hostNamespace('pod-with-host-pid-and-ipc', 'hostPID', false),
            g.hostNamespace('pod-with-host-pid-and-ipc', 'hostIPC', false),
            g.hostPorts('pod-with-host-pid-and-ipc', []),
          ],
        },
        hints: [
          'The panel lists one violation per field: hostNamespaces and hostPorts.',
          'Remove hostPID and hostIPC (or set them to false), and the hostPort line; expose the pod with a Service instead.',
        ],
        solution: {
          pod: pod('pod-with-host-pid-and-ipc', KUBIA),
          policy: namespace('default', 'baseline'),
        },
      },
      {
        id: 'host/network',
        title: 'The node’s network namespace',
        text: 'With hostNetwork the pod uses the node’s network interfaces: every container port becomes a port on the node (the API server fills in hostPort). A host port alone binds one port on the node while the pod keeps its own network namespace.',
        start: {
          pod: pod('pod-with-host-network', `  hostNetwork: true\n${KUBIA}`),
          policy: '',
        },
        goal: {
          text: 'Keep the pod reachable on the node’s port 9000, but in a network namespace of its own.',
          requirements: [
            g.admitted('pod-with-host-network'),
            g.hostNamespace('pod-with-host-network', 'hostNetwork', false),
            g.hostPorts('pod-with-host-network', [9000]),
          ],
        },
        hints: [
          'With hostNetwork the host port is the container port, 8080.',
          'Remove hostNetwork and give the container port a hostPort: 9000.',
        ],
        solution: {
          pod: pod('pod-with-host-network', `${KUBIA}      hostPort: 9000\n`),
          policy: '',
        },
      },
    ],
  },
  {
    id: 'users',
    title: 'Who the container runs as',
    summary: 'runAsUser picks the user; runAsNonRoot makes the kubelet refuse root.',
    steps: [
      {
        id: 'users/run-as-user',
        title: 'A fixed user ID',
        text: 'Without runAsUser, the image decides the user, and many images run as root. securityContext.runAsUser sets the user ID the container’s processes get.',
        start: {
          pod: pod('pod-as-user-guest', `  containers:\n${alpine()}`),
          policy: namespace('default', 'baseline'),
        },
        goal: {
          text: 'Make the pod run as user 405 (guest) and stay admitted.',
          requirements: [
            g.admitted('pod-as-user-guest'),
            g.runsAsUser('pod-as-user-guest', 'main', 405),
          ],
        },
        hints: ['Add a securityContext to the container.', 'Set securityContext.runAsUser: 405.'],
        solution: {
          pod: pod('pod-as-user-guest', `  containers:\n${alpine('      runAsUser: 405\n')}`),
          policy: namespace('default', 'baseline'),
        },
      },
      {
        id: 'users/run-as-non-root',
        title: 'runAsNonRoot',
        text: 'runAsNonRoot: true does not pick a user: it makes the kubelet refuse to start a container whose user is 0. With runAsUser: 0 the container would not start at all.',
        start: {
          pod: pod('pod-run-as-non-root', `  containers:\n${alpine('      runAsUser: 0\n')}`),
          policy: '',
        },
        goal: {
          text: 'Require a non-root user and make the container start.',
          requirements: [
            g.admitted('pod-run-as-non-root'),
            g.requiresNonRoot('pod-run-as-non-root', 'main'),
          ],
        },
        hints: [
          'Add runAsNonRoot: true first and read the start error.',
          'Change runAsUser to a user other than 0, such as 405.',
        ],
        solution: {
          pod: pod(
            'pod-run-as-non-root',
            `  containers:\n${alpine('      runAsUser: 405\n      runAsNonRoot: true\n')}`,
          ),
          policy: '',
        },
      },
    ],
  },
  {
    id: 'privileges',
    title: 'Privileged containers and capabilities',
    summary: 'Give a container the one kernel privilege it needs instead of all of them.',
    steps: [
      {
        id: 'privileges/privileged',
        title: 'A privileged container',
        text: 'A privileged container gets all 41 capabilities, the node’s devices and no seccomp profile. Setting the clock needs only one capability: SYS_TIME.',
        start: {
          pod: pod('pod-privileged', `  containers:\n${alpine('      privileged: true\n')}`),
          policy: '',
        },
        goal: {
          text: 'Let the container set the clock without being privileged.',
          requirements: [
            g.admitted('pod-privileged'),
            g.notPrivileged('pod-privileged', 'main'),
            g.hasCapability('pod-privileged', 'main', 'SYS_TIME'),
          ],
        },
        hints: [
          'Remove privileged: true and look at the capabilities the container keeps.',
          'Add SYS_TIME under securityContext.capabilities.add.',
        ],
        solution: {
          pod: pod(
            'pod-privileged',
            `  containers:\n${alpine('      capabilities:\n        add: [SYS_TIME]\n')}`,
          ),
          policy: '',
        },
      },
      {
        id: 'privileges/add-drop',
        title: 'Adding and dropping capabilities',
        text: 'Every container starts with the runtime’s default capabilities (containerd gives 14). capabilities.add adds to them, capabilities.drop takes away.',
        start: {
          pod: pod('pod-add-settime-drop-chown', `  containers:\n${alpine()}`),
          policy: '',
        },
        goal: {
          text: 'Give the container SYS_TIME and take CHOWN away.',
          requirements: [
            g.admitted('pod-add-settime-drop-chown'),
            g.hasCapability('pod-add-settime-drop-chown', 'main', 'SYS_TIME'),
            g.lacksCapability('pod-add-settime-drop-chown', 'main', 'CHOWN'),
          ],
        },
        hints: ['Use securityContext.capabilities with add and drop lists.'],
        solution: {
          pod: pod(
            'pod-add-settime-drop-chown',
            `  containers:\n${alpine('      capabilities:\n        add: [SYS_TIME]\n        drop: [CHOWN]\n')}`,
          ),
          policy: '',
        },
      },
      {
        id: 'privileges/drop-all',
        title: 'Drop them all',
        text: 'The restricted level asks every container to drop ALL capabilities and allows adding back only NET_BIND_SERVICE, to listen on a port below 1024 as a non-root user.',
        start: {
          pod: pod(
            'web',
            `  containers:\n${alpine('      capabilities:\n        add: [NET_ADMIN]\n')}`,
          ),
          policy: namespace('default', 'restricted'),
        },
        goal: {
          text: 'Get the pod admitted by the restricted namespace, with NET_BIND_SERVICE as its only capability.',
          requirements: [
            g.admitted('web'),
            g.exactCapabilities('web', 'main', ['NET_BIND_SERVICE']),
          ],
        },
        hints: [
          'Replace NET_ADMIN with NET_BIND_SERVICE and drop ALL.',
          'Restricted also asks for allowPrivilegeEscalation: false, a non-root user and a RuntimeDefault seccomp profile.',
        ],
        solution: {
          pod: pod(
            'web',
            `  containers:\n${alpine(`${RESTRICTED_SC}      capabilities:\n        drop: [ALL]\n        add: [NET_BIND_SERVICE]\n`)}`,
          ),
          policy: namespace('default', 'restricted'),
        },
      },
    ],
  },
  {
    id: 'filesystem',
    title: 'Files: the root filesystem and shared volumes',
    summary: 'Write only where you mean to, and share files between users through groups.',
    steps: [
      {
        id: 'filesystem/read-only-root',
        title: 'A read-only root filesystem',
        text: 'readOnlyRootFilesystem stops a process from changing the container’s own files (an attacker could otherwise replace binaries). Data then goes to a volume.',
        start: {
          pod: pod('pod-with-readonly-filesystem', `  containers:\n${alpine()}`),
          policy: '',
        },
        goal: {
          text: 'Make the root filesystem read-only and give the container a writable volume at /volume.',
          requirements: [
            g.admitted('pod-with-readonly-filesystem'),
            g.readOnlyRoot('pod-with-readonly-filesystem', 'main'),
            g.writableMount('pod-with-readonly-filesystem', 'main', '/volume'),
          ],
        },
        hints: [
          'Set securityContext.readOnlyRootFilesystem: true.',
          'Add an emptyDir volume and mount it at /volume.',
        ],
        solution: {
          pod: pod(
            'pod-with-readonly-filesystem',
            `  containers:\n${alpine('      readOnlyRootFilesystem: true\n')}    volumeMounts:\n    - {name: my-volume, mountPath: /volume}\n  volumes:\n  - name: my-volume\n    emptyDir: {}\n`,
          ),
          policy: '',
        },
      },
      {
        id: 'filesystem/groups',
        title: 'fsGroup and supplemental groups',
        text: 'Two containers run as different users (1111 and 2222) and share a volume. fsGroup gives the volume’s files a group both users are in; supplementalGroups adds more groups to every process.',
        start: {
          pod: pod(
            'pod-with-shared-volume-fsgroup',
            `  containers:\n${alpine('      runAsUser: 1111\n', 'first')}${alpine('      runAsUser: 2222\n', 'second')}`,
          ),
          policy: '',
        },
        goal: {
          text: 'Make the volume’s files belong to group 555 and add group 666 to both containers.',
          requirements: [
            g.admitted('pod-with-shared-volume-fsgroup'),
            g.fsGroup('pod-with-shared-volume-fsgroup', 555),
            g.supplementalGroup('pod-with-shared-volume-fsgroup', 666),
          ],
        },
        hints: ['Both go in the pod’s securityContext (spec.securityContext), not a container’s.'],
        solution: {
          pod: pod(
            'pod-with-shared-volume-fsgroup',
            `  securityContext:\n    fsGroup: 555\n    supplementalGroups: [666, 777]\n  containers:\n${alpine('      runAsUser: 1111\n', 'first')}${alpine('      runAsUser: 2222\n', 'second')}`,
          ),
          policy: '',
        },
      },
    ],
  },
  {
    id: 'psp',
    title: 'PodSecurityPolicy',
    summary:
      'How the PodSecurityPolicy admission plugin (Kubernetes 1.21 to 1.24) allowed, changed and chose.',
    steps: [
      {
        id: 'psp/allowed-capabilities',
        title: 'Allowed capabilities',
        text: 'A pod may add only the capabilities a policy lists in allowedCapabilities. This pod adds SYS_TIME; the policy allows none.',
        start: {
          pod: pod(
            'pod-add-settime',
            `  containers:\n${alpine('      capabilities:\n        add: [SYS_TIME]\n')}`,
          ),
          policy: psp('default', '  allowedCapabilities: []\n'),
        },
        goal: {
          text: 'Change the policy so that it admits the pod with SYS_TIME.',
          requirements: [
            g.admittedByPolicy('pod-add-settime', 'default'),
            g.hasCapability('pod-add-settime', 'main', 'SYS_TIME'),
          ],
        },
        hints: ['Edit the policy, not the pod: list SYS_TIME in spec.allowedCapabilities.'],
        solution: {
          pod: pod(
            'pod-add-settime',
            `  containers:\n${alpine('      capabilities:\n        add: [SYS_TIME]\n')}`,
          ),
          policy: psp('default', '  allowedCapabilities: [SYS_TIME]\n'),
        },
      },
      {
        id: 'psp/default-and-required-drop',
        title: 'Default and required-drop capabilities',
        text: 'A policy can change the pod as it admits it: defaultAddCapabilities are added to every container, requiredDropCapabilities are dropped from every container.',
        start: {
          pod: pod('pod-plain', `  containers:\n${alpine()}`),
          policy: psp('default', ''),
        },
        goal: {
          text: 'Make the policy add CHOWN and drop SYS_ADMIN and SYS_MODULE in every container it admits.',
          requirements: [
            g.admittedByPolicy('pod-plain', 'default'),
            g.policyAddsAndDrops('pod-plain', 'main', ['CHOWN'], ['SYS_ADMIN', 'SYS_MODULE']),
          ],
        },
        hints: [
          'Both are lists in the policy’s spec.',
          'defaultAddCapabilities: [CHOWN] and requiredDropCapabilities: [SYS_ADMIN, SYS_MODULE].',
        ],
        solution: {
          pod: pod('pod-plain', `  containers:\n${alpine()}`),
          policy: psp(
            'default',
            '  defaultAddCapabilities: [CHOWN]\n  requiredDropCapabilities: [SYS_ADMIN, SYS_MODULE]\n',
          ),
        },
      },
      {
        id: 'psp/user-rules',
        title: 'User rules',
        text: 'runAsUser: MustRunAs with ranges both checks the pod’s user and fills it in when the pod sets none (the first ID of the first range). This policy asks for users 2 to 10; the pod asks for 405.',
        start: {
          pod: pod('pod-as-user-guest', `  containers:\n${alpine('      runAsUser: 405\n')}`),
          policy: psp('default', '').replace(
            '  runAsUser: {rule: RunAsAny}',
            '  runAsUser:\n    rule: MustRunAs\n    ranges: [{min: 2, max: 10}]',
          ),
        },
        goal: {
          text: 'Keep the policy and get the pod admitted, running as a user the policy picks.',
          requirements: [
            g.admittedByPolicy('pod-as-user-guest', 'default'),
            g.runsAsUserIn('pod-as-user-guest', 'main', 2, 10),
          ],
        },
        hints: ['Remove runAsUser from the pod and see what the policy sets.'],
        solution: {
          pod: pod('pod-as-user-guest', `  containers:\n${alpine()}`),
          policy: psp('default', '').replace(
            '  runAsUser: {rule: RunAsAny}',
            '  runAsUser:\n    rule: MustRunAs\n    ranges: [{min: 2, max: 10}]',
          ),
        },
      },
      {
        id: 'psp/volumes',
        title: 'Volume types',
        text: 'spec.volumes lists the volume types a pod may use. This policy allows emptyDir, configMap, secret and persistentVolumeClaim, and the pod mounts the node’s /var/data.',
        start: {
          pod: pod(
            'pod-with-data',
            `  containers:\n${alpine()}    volumeMounts:\n    - {name: data, mountPath: /data}\n  volumes:\n  - name: data\n    hostPath: {path: /var/data}\n`,
          ),
          policy: psp('default', '').replace(
            "  volumes: ['*']",
            '  volumes: [emptyDir, configMap, secret, persistentVolumeClaim]',
          ),
        },
        goal: {
          text: 'Get the pod admitted with a volume at /data that is not the node’s.',
          requirements: [
            g.admittedByPolicy('pod-with-data', 'default'),
            g.noHostPath('pod-with-data'),
            g.writableMount('pod-with-data', 'main', '/data'),
          ],
        },
        hints: ['Replace the hostPath source with emptyDir: {}.'],
        solution: {
          pod: pod(
            'pod-with-data',
            `  containers:\n${alpine()}    volumeMounts:\n    - {name: data, mountPath: /data}\n  volumes:\n  - name: data\n    emptyDir: {}\n`,
          ),
          policy: psp('default', '').replace(
            "  volumes: ['*']",
            '  volumes: [emptyDir, configMap, secret, persistentVolumeClaim]',
          ),
        },
      },
      {
        id: 'psp/choice',
        title: 'How a policy is chosen',
        text: 'When several policies may be used, the plugin prefers one that admits the pod without changing it, and among those the first by name; only when every policy would change the pod does it take the first by name that admits it. Here "permissive" admits the pod as it is, so it wins over "restricted", which would set its user and drop its capabilities.',
        start: {
          pod: pod('pod-plain', `  containers:\n${alpine()}`),
          policy: `${psp('permissive', '')}---\n${psp(
            'restricted',
            '  requiredDropCapabilities: [ALL]\n',
          ).replace(
            '  runAsUser: {rule: RunAsAny}',
            '  runAsUser:\n    rule: MustRunAs\n    ranges: [{min: 1000, max: 2000}]',
          )}`,
        },
        goal: {
          text: 'Make "restricted" the policy that admits the pod, without removing either policy.',
          requirements: [g.admittedByPolicy('pod-plain', 'restricted')],
        },
        hints: [
          'First make the pod what "restricted" would make it (runAsUser: 1000 and drop: [ALL] in the container): then both policies admit it unchanged and the names decide.',
          'Then rename "permissive" so that it sorts after "restricted", such as z-permissive.',
        ],
        solution: {
          pod: pod(
            'pod-plain',
            `  containers:\n${alpine('      runAsUser: 1000\n      capabilities:\n        drop: [ALL]\n')}`,
          ),
          policy: `${psp('z-permissive', '')}---\n${psp(
            'restricted',
            '  requiredDropCapabilities: [ALL]\n',
          ).replace(
            '  runAsUser: {rule: RunAsAny}',
            '  runAsUser:\n    rule: MustRunAs\n    ranges: [{min: 1000, max: 2000}]',
          )}`,
        },
      },
    ],
  },
  {
    id: 'pss',
    title: 'Pod Security Standards',
    summary: 'Three levels, chosen per namespace with labels, enforced by Pod Security Admission.',
    steps: [
      {
        id: 'pss/labels',
        title: 'Namespace labels choose the level',
        text: 'Without labels a namespace enforces privileged: everything is admitted. The label pod-security.kubernetes.io/enforce sets the level, and pod-security.kubernetes.io/enforce-version the version of the standard.',
        start: {
          pod: pod(
            'app',
            `  containers:\n${alpine('      privileged: true\n')}`,
            ', namespace: team-a',
          ),
          policy: namespace('team-a'),
        },
        goal: {
          text: 'Make namespace team-a enforce baseline, with the pod still admitted.',
          requirements: [g.enforcedLevel('app', 'baseline'), g.admitted('app')],
        },
        hints: [
          'Add the label pod-security.kubernetes.io/enforce: baseline to the Namespace.',
          'Baseline forbids privileged containers: remove privileged: true.',
        ],
        solution: {
          pod: pod('app', `  containers:\n${alpine()}`, ', namespace: team-a'),
          policy: namespace('team-a', 'baseline'),
        },
      },
      {
        id: 'pss/restricted',
        title: 'The restricted level',
        text: 'Restricted asks for what a hardened pod does: no privilege escalation, all capabilities dropped, a non-root user and the runtime’s default seccomp profile. The Deployment’s pods would be rejected as it is.',
        start: {
          pod: web('', ''),
          policy: namespace('team-a', 'restricted'),
        },
        goal: {
          text: 'Make the Deployment’s pods meet restricted.',
          requirements: [g.admitted('web')],
        },
        hints: [
          'The panel lists four violations; the quick fixes in the editor make each change.',
          'Set allowPrivilegeEscalation: false and capabilities.drop: [ALL] in the container, runAsNonRoot: true and seccompProfile.type: RuntimeDefault in the pod.',
        ],
        solution: {
          pod: web(
            '      securityContext:\n        runAsNonRoot: true\n        runAsUser: 101\n        seccompProfile: {type: RuntimeDefault}\n',
            '        securityContext:\n          allowPrivilegeEscalation: false\n          capabilities: {drop: [ALL]}\n',
          ),
          policy: namespace('team-a', 'restricted'),
        },
      },
    ],
  },
  {
    id: 'network',
    title: 'NetworkPolicy',
    summary: 'Who may talk to whom: isolation by default deny, then allow what is needed.',
    steps: [
      {
        id: 'network/default-deny',
        title: 'Default deny',
        text: 'Without a NetworkPolicy every pod accepts every connection. A policy that selects a pod isolates it in the directions it names; with no rules, nothing is allowed.',
        start: { pod: NET_PODS, policy: '' },
        goal: {
          text: 'Deny every connection into the pods of namespace x.',
          requirements: [
            g.connection('x/b', 'x/a', 80, 'TCP', false),
            g.connection('y/b', 'x/a', 80, 'TCP', false),
            g.connection('x/a', 'x/b', 80, 'TCP', false),
          ],
        },
        hints: [
          'An empty podSelector ({}) selects every pod of the policy’s namespace.',
          'policyTypes: [Ingress] with no ingress rules.',
        ],
        solution: {
          pod: NET_PODS,
          policy: netpol('default-deny', '  podSelector: {}\n  policyTypes: [Ingress]\n'),
        },
      },
      {
        id: 'network/from-namespace',
        title: 'From another namespace',
        text: 'An ingress rule’s namespaceSelector admits connections from every pod of the namespaces it matches.',
        start: {
          pod: NET_PODS,
          policy: allowA(),
        },
        goal: {
          text: 'Let x/a accept connections on port 80 from namespace y only.',
          requirements: [
            g.connection('y/b', 'x/a', 80, 'TCP', true),
            g.connection('x/b', 'x/a', 80, 'TCP', false),
          ],
        },
        hints: ["Add ingress: [{from: [{namespaceSelector: {matchLabels: {ns: 'y'}}}]}]."],
        solution: {
          pod: NET_PODS,
          policy: allowA("namespaceSelector: {matchLabels: {ns: 'y'}}"),
        },
      },
      {
        id: 'network/from-pod',
        title: 'From one pod',
        text: 'A podSelector alone in a peer matches pods of the policy’s own namespace; together with a namespaceSelector in the same peer, pods of the matched namespaces (AND).',
        start: {
          pod: NET_PODS,
          policy: allowA(),
        },
        goal: {
          text: 'Let x/a accept connections only from x/b.',
          requirements: [
            g.connection('x/b', 'x/a', 80, 'TCP', true),
            g.connection('y/b', 'x/a', 80, 'TCP', false),
          ],
        },
        hints: ["ingress: [{from: [{podSelector: {matchLabels: {pod: 'b'}}}]}]."],
        solution: {
          pod: NET_PODS,
          policy: allowA("podSelector: {matchLabels: {pod: 'b'}}"),
        },
      },
      {
        id: 'network/egress-dns',
        title: 'Egress, and DNS',
        text: 'Egress policies limit what a pod may reach. Once a pod is isolated for egress it cannot even look names up, unless DNS (port 53 over UDP to kube-system) is allowed too.',
        start: {
          pod: NET_PODS,
          policy: netpol(
            'egress-a',
            "  podSelector: {matchLabels: {pod: 'a'}}\n  policyTypes: [Egress]\n",
          ),
        },
        goal: {
          text: 'Let x/a reach y/b on port 80 and DNS in kube-system, and nothing else.',
          requirements: [
            g.connection('x/a', 'y/b', 80, 'TCP', true),
            g.connection('x/a', 'kube-system/dns', 53, 'UDP', true),
            g.connection('x/a', 'x/b', 80, 'TCP', false),
          ],
        },
        hints: [
          'Two egress rules: one to namespace y on 80/TCP, one to namespace kube-system on 53/UDP.',
          'Every namespace has the label kubernetes.io/metadata.name.',
        ],
        solution: {
          pod: NET_PODS,
          policy: netpol(
            'egress-a',
            "  podSelector: {matchLabels: {pod: 'a'}}\n  policyTypes: [Egress]\n  egress:\n  - to: [{namespaceSelector: {matchLabels: {ns: 'y'}}}]\n    ports: [{port: 80, protocol: TCP}]\n  - to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}}]\n    ports: [{port: 53, protocol: UDP}]\n",
          ),
        },
      },
    ],
  },
]

/** Every step of every lesson, in order. */
export const LESSON_STEPS = LESSONS.flatMap((l) => l.steps)

export function findStep(id: string): (typeof LESSON_STEPS)[number] | undefined {
  return LESSON_STEPS.find((s) => s.id === id)
}
