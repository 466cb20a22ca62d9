/**
 * The report every front end shares (worker, app, command line).
 * Contract: ../shared/spec/cli-and-report.md. Fields may be added; the documented ones keep their
 * names, types and meaning. Everything here is plain, structured-clone-safe data.
 */

/** A field path inside one YAML document: keys and sequence indexes, from the document root. */
export type Path = readonly (string | number)[]

export type EditorId = 'pod' | 'policy'
export type Severity = 'error' | 'warning' | 'info'

/** A place in an editor: 1-based line and column, plus the field path it stands for. */
export interface SourceLocation {
  editor: EditorId
  line: number
  column: number
  /** 1-based end (exclusive) of the marked text on the same line, for underlining. */
  endLine: number
  endColumn: number
  /** Dotted Kubernetes notation of the field, e.g. spec.containers[0].securityContext. */
  path: string
}

export interface Problem {
  editor: EditorId
  line: number
  column: number
  endLine?: number
  endColumn?: number
  severity: Severity
  message: string
  /** Stable id of the kind of problem, e.g. `yaml-syntax`, `wrong-type`, `not-evaluated`. */
  code: string
}

export type Runtime = 'containerd' | 'cri-o'
export type Level = 'privileged' | 'baseline' | 'restricted'

export interface HostPort {
  container: string
  containerPort: number
  hostPort: number
  protocol: string
  /** True when the API default (hostNetwork) filled the host port in. */
  defaulted?: boolean
}

export type ContainerType = 'container' | 'initContainer' | 'ephemeralContainer'

export interface EffectiveContainer {
  name: string
  type: ContainerType
  /** Index in its list (spec.containers, spec.initContainers or spec.ephemeralContainers). */
  index: number
  privileged: boolean
  /** The bounding set, sorted, without the CAP_ prefix. */
  capabilities: string[]
  added: string[]
  dropped: string[]
  /**
   * Names in add/drop, as written, that the runtime does not know once it has mapped them
   * (containerd: `CAP_` + upper case, so `CAP_CHOWN` is unknown; CRI-O keeps `cap_` names).
   * containerd (runc) ignores them; CRI-O refuses the container (`startError`).
   */
  unknownCapabilities: string[]
  /** Capability names an admitting PodSecurityPolicy added to / dropped from the container's spec. */
  addedByPolicy?: string[]
  droppedByPolicy?: string[]
  runAsUser: number | null
  runAsGroup: number | null
  runAsNonRoot: boolean | null
  readOnlyRootFilesystem: boolean
  /** False exactly when the kubelet sets no_new_privs: allowPrivilegeEscalation is explicitly false. */
  allowPrivilegeEscalation: boolean
  /**
   * Why: the explicit value, else why nothing blocks escalation (`privileged` or `sys-admin`
   * explain an unset field for such a container; `unset` otherwise).
   */
  allowPrivilegeEscalationReason:
    | 'explicit-false'
    | 'explicit-true'
    | 'unset'
    | 'privileged'
    | 'sys-admin'
  /** Where each value came from: container securityContext, pod securityContext, default, policy. */
  sources: Record<string, 'container' | 'pod' | 'default' | 'policy' | 'image'>
  /** Capabilities that a non-root user holds only in the bounding set (not effective). */
  capabilitiesBoundingOnly: boolean
  /** The seccomp profile applied (`Unconfined` for a privileged container), or null: not set. */
  seccompProfile: string | null
  /** The AppArmor profile type applied (containerd: none for a privileged container), or null. */
  appArmorProfile: string | null
  procMount: string
  volumeMounts: { name: string; mountPath: string; readOnly: boolean }[]
  /** Path of this container inside its document (for reveal / markers). */
  at?: SourceLocation
  /** The kubelet's or the runtime's message when the container would not start; null: it starts. */
  startError: string | null
  /** When starting depends on what podplay cannot see (the image's user): what is checked, how. */
  startDepends: string | null
}

export interface EffectiveVolume {
  name: string
  type: string
  hostPath?: string
  readOnly?: boolean
  /** True when the API default (no source -> emptyDir) decided the type. */
  defaulted?: boolean
}

export interface EffectiveSecurity {
  hostNetwork: boolean
  hostPID: boolean
  hostIPC: boolean
  hostUsers: boolean
  hostPorts: HostPort[]
  containers: EffectiveContainer[]
  volumes: EffectiveVolume[]
  runAsUser: number | null
  runAsGroup: number | null
  fsGroup: number | null
  supplementalGroups: number[]
  runtime: Runtime
  /** The kubelet's rejection of the whole pod (sysctls), e.g. `forbidden sysctl: ...`; null: none. */
  kubeletRejection: string | null
  /** Notes for the panel: defaults applied, warnings about what the node really does. */
  notes: string[]
}

export interface PodSecurityViolation {
  check: string
  reason: string
  detail: string
  /** Offending keys (or where a missing field belongs), resolved to editor positions. */
  locations?: SourceLocation[]
}

export interface PodSecurityModeResult {
  mode: 'enforce' | 'audit' | 'warn'
  level: Level
  version: string
  allowed: boolean
  /** What Kubernetes does in this mode: denied, audited, warned, or nothing. */
  outcome: 'denied' | 'audited' | 'warned' | 'none'
  message: string | null
}

export interface PodSecurityReport {
  level: Level
  version: string
  allowed: boolean
  violations: PodSecurityViolation[]
  message: string | null
  /** Where the level and version came from. */
  source: 'override' | 'namespace' | 'default'
  /** The highest level the pod meets at this version. */
  highestLevel?: Level
  /** Why this level applies, in words (the namespace, its labels, or PSA's defaults). */
  sourceDetail?: string
  /** The ladder: the pod judged at privileged, baseline and restricted, at `version`. */
  levels?: Record<Level, { allowed: boolean; violations: PodSecurityViolation[] }>
  /** Enforce, audit and warn, when a Namespace sets them. */
  modes?: PodSecurityModeResult[]
}

export interface PspMutation {
  path: string
  value: unknown
}

export interface PspCandidate {
  policy: string
  usable: boolean
  allowed: boolean
  mutating: boolean
  errors: string[]
  skipped: string | null
  /** The Pod Security Standards level this policy corresponds to (the official mapping). */
  pssLevel?: Level
  /** Why it is not a stricter level: the policy field and the reason. */
  pssReasons?: { level: 'baseline' | 'restricted'; field: string; reason: string }[]
  /** Where the policy object starts. */
  at?: SourceLocation
}

/** One PodSecurityPolicy error with the pod key it concerns and the policy field that forbids it. */
export interface PspErrorDetail {
  policy: string
  message: string
  pod: SourceLocation | null
  policyField: SourceLocation | null
  /** For learners: what the policy field that forbids it does, and the two ways to fix it. */
  explanation?: string
}

/** One field the admitting policy set: its path, new value, the value before (null: absent). */
export interface PspMutationDetail {
  path: string
  value: unknown
  before: unknown
  at: SourceLocation | null
}

export interface PodSecurityPolicyReport {
  allowed: boolean
  policy: string | null
  message: string | null
  errors: string[]
  mutations: PspMutation[]
  pod: unknown
  candidates: PspCandidate[]
  errorDetails?: PspErrorDetail[]
  mutationDetails?: PspMutationDetail[]
}

/** What the API server says before admission (cluster-path.md §5, §7). */
export interface ApiServerVerdict {
  /** False when decoding or validation rejects the object: it is denied whatever admission says. */
  allowed: boolean
  /** API validation's field errors, `<path>: <body>`, in validation order. */
  errors: string[]
  /**
   * The decoding error the request stops with (strict fields, wrong types), e.g.
   * `Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "..."`.
   */
  decodeError: string | null
  /** Set when kubectl itself stops (its metadata check) and nothing reaches the server. */
  stoppedBy?: 'kubectl'
}

export interface WorkloadReport {
  kind: string
  name: string
  namespace: string
  editor: EditorId
  line: number
  effective: EffectiveSecurity
  podSecurity: PodSecurityReport | null
  podSecurityPolicy: PodSecurityPolicyReport | null
  /** Decoding and API validation: a workload the server refuses is denied (exit 1). */
  apiServer: ApiServerVerdict
}

export interface NetworkRuleRef {
  policy: string
  rule: number
}

export interface NetworkDirection {
  isolated: boolean
  isolatedBy?: string[]
  allowedBy: NetworkRuleRef[]
}

export interface NetworkConnection {
  from: string
  to: string
  port: number | string
  protocol: string
  allowed: boolean
  egress: NetworkDirection
  ingress: NetworkDirection
  flags?: string[]
  /** Why, in words, for both sides (present when the world is small enough to explain every cell). */
  explanation?: { text: string; egress: string; ingress: string }
}

/** A pod of the network view (a Pod, or the pods a workload creates). */
export interface NetworkPodInfo {
  id: string
  namespace: string
  name: string
  kind: string
  labels: Record<string, string>
  ip: string | null
  ports: { name?: string; port: number; protocol: string }[]
  at: SourceLocation
}

export interface NetworkPolicyInfo {
  id: string
  /** Pods the policy selects (isolates in its directions). */
  selects: string[]
  policyTypes: string[]
  rules: {
    direction: 'ingress' | 'egress'
    rule: number
    peers: string[]
    anyPeer: boolean
    effective: boolean
    /** Where the rule stands (spec.ingress[i] / spec.egress[i]). */
    at?: SourceLocation
    /** The rule's ports as written (`80/TCP`, `http/TCP`, `8000-8080/TCP`); empty: every port. */
    ports?: string[]
  }[]
  valid: boolean
  at: SourceLocation | null
  /** Where spec.podSelector stands; absent when the policy has none. */
  selectorAt?: SourceLocation
}

export interface NetworkReport {
  connections: NetworkConnection[]
  /** Added for the views: the pods, namespaces and policies of the world. */
  pods?: NetworkPodInfo[]
  namespaces?: { name: string; labels: Record<string, string> }[]
  policies?: NetworkPolicyInfo[]
  /** The probes tested, `PORT/PROTOCOL`; empty when each destination's declared ports were used. */
  probes?: string[]
  /** Set when there were too many connections to explain each one in the report. */
  explanationsOmitted?: boolean
}

export interface Report {
  version: 1
  problems: Problem[]
  workloads: WorkloadReport[]
  network: NetworkReport | null
  /** ValidatingAdmissionPolicy: one entry per (object, binding) that matched (turn 2). */
  admissionPolicies?: AdmissionPolicyResult[]
  /** Why a binding did not match an object, per (object, binding). */
  admissionPoliciesNotMatched?: AdmissionPolicyNotMatched[]
  /**
   * Objects a ValidatingAdmissionPolicyBinding's `paramRef` names (its policy reads them as
   * `params`): they play a part, so they are not among the objects not judged.
   */
  admissionPolicyParams?: AdmissionPolicyParam[]
}

// --- ValidatingAdmissionPolicy (cli-and-report.md "ValidatingAdmissionPolicy (turn 2)") ---

export interface AdmissionPolicyObject {
  kind: string
  namespace: string
  name: string
  editor: EditorId
  line: number
  /** Where the object stands: its `kind` key, or for the pod a template creates, the template. */
  at?: SourceLocation
  /** Set for the pod a workload's template creates (judged as a `Pod`): `Deployment/web`. */
  templateOf?: string
}

export interface AdmissionPolicyFailure {
  expression: string
  message: string
  /** Absent for an error decision. */
  reason?: string
  /** The expression's text in the policy editor (from its first character to its last). */
  at?: SourceLocation
}

export interface AdmissionPolicyResult {
  object: AdmissionPolicyObject
  policy: string
  binding: string
  actions: ('Deny' | 'Warn' | 'Audit')[]
  /** False when a denial is kept (a failure under Deny, or a configuration error under Fail). */
  allowed: boolean
  /** The API server's denial for Deny, the `Warning: ` line kubectl prints for Warn; else null. */
  message: string | null
  failures: AdmissionPolicyFailure[]
  /** The policy's failurePolicy: `Fail` makes an expression error a failure, `Ignore` drops it. */
  failurePolicy?: 'Fail' | 'Ignore'
  /** Expression errors that failurePolicy `Ignore` dropped (the object is admitted despite them). */
  ignored?: AdmissionPolicyFailure[]
  warnings?: string[]
  /** Audit annotations: the failure annotation and the policy's auditAnnotations. */
  audit?: Record<string, string>
  /** Each variable the evaluation used, with its value or error. */
  variables?: { name: string; value?: unknown; error?: string }[]
  /** Parameter objects used (`namespace/name`). */
  params?: string[]
  /** Set when matchConditions left nothing to judge. */
  skipped?: string
}

/** An object some binding's `paramRef` names, by name or selector (vap/paramRefs.ts). */
export interface AdmissionPolicyParam extends Omit<AdmissionPolicyObject, 'templateOf'> {
  /** The bindings that name it, each with its policy, in document order. */
  bindings: { binding: string; policy: string }[]
  /** False when being a parameter is its only part (a ConfigMap); true for a Namespace, a Pod. */
  judged: boolean
}

export interface AdmissionPolicyNotMatched {
  object: AdmissionPolicyObject
  policy: string
  binding: string
  reason: string
}

/** What the engine is asked: the two editors' texts and the options around them. */
export interface EngineOptions {
  /** Pod Security Standards level to enforce for every workload (overrides namespace labels). */
  level?: Level
  /** Pod Security Standards version, `latest` or `v1.N` (overrides namespace labels). */
  version?: string
  runtime?: Runtime
  /** Extra `PORT/PROTOCOL` probes for NetworkPolicy (e.g. `80/TCP`). */
  probes?: string[]
  /** PodSecurityPolicies the pod's service account may `use`; null or absent = all. */
  pspUsable?: string[] | null
}

export interface EngineInput {
  pod: string
  policy: string
  options?: EngineOptions
}
