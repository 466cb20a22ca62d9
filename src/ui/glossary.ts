/**
 * One sentence for every Linux capability, host namespace, security setting and Pod Security
 * check the panel shows, so a learner never needs another tab.
 */
import { CHECK_EXPLANATIONS } from '../engine/vocabulary'

/** All 41 Linux capabilities (0 to 40), without the CAP_ prefix. */
export const CAPABILITIES: Record<string, string> = {
  CHOWN: 'Changes the owner and group of any file, whatever its current owner.',
  DAC_OVERRIDE: 'Bypasses file read, write and execute permission checks.',
  DAC_READ_SEARCH: 'Bypasses read permission checks on files and search checks on directories.',
  FOWNER: 'Bypasses the checks that require the process to own a file (chmod, utime and similar).',
  FSETID: 'Keeps the set-user-ID and set-group-ID bits when a file is modified.',
  KILL: 'Sends signals to processes owned by other users.',
  SETGID: 'Changes its group IDs to any group, including in user namespace mappings.',
  SETUID: 'Changes its user ID to any user, including root.',
  SETPCAP:
    'Adds capabilities from its bounding set to its inheritable set and drops bounding-set capabilities.',
  LINUX_IMMUTABLE: 'Sets the immutable and append-only flags on files.',
  NET_BIND_SERVICE: 'Binds to privileged ports below 1024.',
  NET_BROADCAST: 'Makes socket broadcasts and listens to multicasts.',
  NET_ADMIN: 'Administers the network: interfaces, routing tables, firewall rules and more.',
  NET_RAW: 'Opens raw and packet sockets, which allows crafting any packet (and spoofing).',
  IPC_LOCK: 'Locks memory so that it cannot be swapped out.',
  IPC_OWNER: 'Bypasses permission checks on System V IPC objects.',
  SYS_MODULE: 'Loads and unloads kernel modules.',
  SYS_RAWIO: 'Performs raw I/O on ports and devices, such as /dev/mem.',
  SYS_CHROOT: 'Changes the root directory with chroot.',
  SYS_PTRACE: 'Traces and inspects any process with ptrace.',
  SYS_PACCT: 'Turns process accounting on and off.',
  SYS_ADMIN:
    'Allows a range of administrative operations (mount, sethostname, namespaces and many more).',
  SYS_BOOT: 'Reboots the machine and loads a new kernel.',
  SYS_NICE: 'Raises process priority and changes the scheduling of other processes.',
  SYS_RESOURCE: 'Overrides resource limits and disk quotas.',
  SYS_TIME: 'Sets the system clock (and the hardware real-time clock).',
  SYS_TTY_CONFIG: 'Configures terminals with vhangup.',
  MKNOD: 'Creates special device files with mknod.',
  LEASE: 'Takes file leases on files it does not own.',
  AUDIT_WRITE: 'Writes records to the kernel audit log.',
  AUDIT_CONTROL: 'Enables and disables kernel auditing and changes its rules.',
  SETFCAP: 'Sets file capabilities on executables.',
  MAC_OVERRIDE: 'Overrides mandatory access control (used by Smack).',
  MAC_ADMIN: 'Configures mandatory access control (Smack, AppArmor policy changes).',
  SYSLOG: 'Performs privileged syslog operations and reads kernel addresses.',
  WAKE_ALARM: 'Sets timers that wake the system from suspend.',
  BLOCK_SUSPEND: 'Prevents the system from suspending.',
  AUDIT_READ: 'Reads the kernel audit log through a multicast netlink socket.',
  PERFMON: 'Uses performance monitoring and observability (perf_events).',
  BPF: 'Loads BPF programs and creates BPF maps.',
  CHECKPOINT_RESTORE: 'Checkpoints and restores processes (for example, choosing PIDs).',
}

/** Host namespaces and the other settings of the effective-security panel. */
export const SETTINGS: Record<string, string> = {
  hostPID:
    'Sharing the host PID namespace lets the container see and signal every process on the node.',
  hostIPC:
    "Sharing the host IPC namespace lets the container read and write the node's shared memory and message queues.",
  hostNetwork:
    "Sharing the host network namespace gives the container the node's network interfaces, so it can listen on the node's addresses and sniff its traffic.",
  hostUsers:
    'Without a user namespace of its own, root in the container is root on the node (user IDs are not remapped).',
  hostPorts:
    "A host port binds a port on the node's own IP address and forwards it to the container.",
  privileged:
    'A privileged container gets every capability and all host devices, and runs without most isolation.',
  capabilities:
    "The capability bounding set: the runtime's default set, plus what is added, minus what is dropped.",
  boundingOnly:
    'A non-root user holds these capabilities only as a bounding set: they are not effective unless a file capability or setuid binary grants them.',
  runAsUser:
    'The user ID the container process runs as; when unset, the image decides (often root).',
  runAsGroup: 'The primary group ID of the container process; when unset, the image decides.',
  runAsNonRoot:
    'When true, the kubelet refuses to start the container if it would run as user ID 0.',
  allowPrivilegeEscalation:
    'Whether a process may gain more privileges than its parent (setuid binaries, file capabilities); false sets the no_new_privs flag.',
  readOnlyRootFilesystem:
    "When true, the container's root filesystem is mounted read-only, so it can write only to volumes.",
  fsGroup:
    'Volumes that support ownership management are made group-owned by this group ID, and the container processes join it.',
  supplementalGroups:
    'Extra group IDs every container process gets, so that containers running as different users can share files.',
  seccompProfile: 'The seccomp filter that restricts which system calls the container may make.',
  procMount:
    "Default masks sensitive paths in /proc; Unmasked exposes the host's /proc paths to the container.",
  hostPath: "A hostPath volume mounts a file or directory of the node's filesystem into the pod.",
  volumes: 'The volumes the pod defines, with their type and, for hostPath, the node path.',
  runtime:
    'The container runtime decides the default capability set: containerd (like Docker) grants 14, CRI-O grants 9.',
  sysctls:
    'Kernel parameters set for the pod; only a safe, namespaced subset is allowed by default.',
}

/** The three Pod Security Standards levels and the three admission modes. */
export const LEVELS_AND_MODES: Record<string, string> = {
  privileged: 'Privileged: unrestricted, for trusted system and infrastructure workloads.',
  baseline:
    'Baseline: prevents known privilege escalations while allowing the default pod configuration.',
  restricted: 'Restricted: heavily restricted, following current pod hardening best practices.',
  enforce: 'Enforce: pods that violate the level are rejected.',
  audit: 'Audit: violations are recorded in the audit log, but the pod is admitted.',
  warn: 'Warn: violations are returned to the user as warnings, but the pod is admitted.',
}

/** What each Pod Security Admission check protects against. */
/** Every Pod Security Standards check, in the words of its own file (engine/pss/checks). */
export const PSS_CHECKS: Readonly<Record<string, string>> = CHECK_EXPLANATIONS

/** The sentence for a term, looked up in every table (capabilities with or without CAP_). */
export function explain(term: string): string | undefined {
  const cap = term.toUpperCase().replace(/^CAP_/, '')
  return (
    SETTINGS[term] ?? LEVELS_AND_MODES[term] ?? PSS_CHECKS[term] ?? CAPABILITIES[cap] ?? undefined
  )
}

/** The sentence for a word hovered in an editor: exact-case settings, levels and capabilities. */
export function hoverExplanation(word: string): string | undefined {
  if (/^(CAP_)?[A-Z][A-Z_]+$/.test(word)) return CAPABILITIES[word.replace(/^CAP_/, '')]
  return SETTINGS[word] ?? LEVELS_AND_MODES[word]
}
