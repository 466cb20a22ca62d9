/**
 * The values a field accepts where they are a closed set, for value completion: booleans, the
 * API's enumerations (core/v1 types.go: SeccompProfileType, AppArmorProfileType, ProcMountType,
 * PullPolicy, RestartPolicy, ContainerRestartPolicy, Protocol), the capability names the engine
 * knows (and `ALL`), the PodSecurityPolicy strategies' rules, volume types and proc mount types,
 * and a Namespace's Pod Security labels (levels, versions). Each list is the one the engine
 * validates or evaluates with, imported from where it lives, never a copy.
 */
import { ALL_CAPABILITIES } from '../effective/capabilities'
import { PSP_RULES } from '../psp/validate'
import { ALL_VOLUME_TYPES } from '../psp/volumeTypes'
import { LABEL_PREFIX, MODES } from '../pss/namespace'
import { PROFILE_TYPES } from '../validation/seccompProfile'
import { PROTOCOLS } from '../validation/ports'
import { PROC_MOUNT_TYPES } from '../validation/procMount'
import { LEVELS, NEWEST_VERSION, VERSIONS } from '../vocabulary'
import { PSP_VALUE_DOCS } from './docs.psp'
import type { FieldType } from './tree'

/** Where a value is typed: the field of a struct (or an item of its list, a map entry's value). */
export interface ValueSlot {
  /** The document's kind. */
  kind: string
  /** The struct holding the field (Go name), and the field. */
  owner: string
  field: string
  /** The field's type. */
  type: FieldType
  /** True for an item of a list field. */
  item: boolean
  /** For a map field: the entry's key (a label's name). */
  entry: string | null
}

export interface ValueProposal {
  value: string
  /** What the value does, in podplay's words (empty when there is nothing to add). */
  doc: string
}

/** core/v1 PullPolicy (PullAlways, PullNever, PullIfNotPresent). */
const PULL_POLICY: Record<string, string> = {
  Always: 'Pull the image every time the container starts (the default for :latest or no tag).',
  IfNotPresent: 'Pull only when the node does not have the image (the default for other tags).',
  Never: 'Never pull: the image must already be on the node.',
}

/** core/v1 RestartPolicy of a pod. */
const POD_RESTART: Record<string, string> = {
  Always: 'Restart containers whenever they exit (the default; Deployments require it).',
  OnFailure: 'Restart containers that exit with a non-zero code.',
  Never: 'Never restart containers.',
}

/** core/v1 ContainerRestartPolicy: Always makes an init container a sidecar. */
const CONTAINER_RESTART: Record<string, string> = {
  Always:
    "An init container with Always is a sidecar: it keeps running beside the pod's containers.",
  OnFailure: "Overrides the pod's policy for this container (ContainerRestartRules feature).",
  Never: "Overrides the pod's policy for this container (ContainerRestartRules feature).",
}

/** Seccomp and AppArmor profile types (the same three names for both). */
const PROFILE: Record<string, string> = {
  RuntimeDefault: "The container runtime's default profile: the common hardened choice.",
  Localhost: 'A profile loaded on the node, named by localhostProfile (which must then be set).',
  Unconfined: 'No profile: nothing is filtered.',
}

const PROC_MOUNT: Record<string, string> = {
  Default: "The runtime's usual /proc, with its sensitive paths masked and read-only.",
  Unmasked: '/proc without masks (needs hostUsers: false).',
}

const PROTOCOL: Record<string, string> = {
  TCP: 'TCP (the default).',
  UDP: 'UDP.',
  SCTP: 'SCTP.',
}

const LEVEL_DOC = 'A Pod Security Standards level.'

const withDocs = (values: readonly string[], docs: Record<string, string> = {}): ValueProposal[] =>
  values.map((value) => ({ value, doc: Object.hasOwn(docs, value) ? docs[value]! : '' }))

const CAPABILITIES: readonly string[] = ['ALL', ...ALL_CAPABILITIES]
const CAPABILITY_DOCS: Record<string, string> = { ALL: 'Every capability.' }

/** The strategy structs of a PodSecurityPolicy, by Go name, and their rules. */
const PSP_STRATEGIES: Record<string, readonly string[]> = {
  RunAsUserStrategyOptions: PSP_RULES.runAsUser,
  RunAsGroupStrategyOptions: PSP_RULES.runAsGroup,
  SELinuxStrategyOptions: PSP_RULES.seLinux,
  SupplementalGroupsStrategyOptions: PSP_RULES.supplementalGroups,
  FSGroupStrategyOptions: PSP_RULES.fsGroup,
}

/** A list of the PodSecurityPolicy spec: its items' values. */
function pspItems(field: string): ValueProposal[] {
  switch (field) {
    case 'allowedCapabilities':
      return [
        { value: '*', doc: PSP_VALUE_DOCS.anyCapability! },
        ...withDocs(CAPABILITIES, CAPABILITY_DOCS),
      ]
    case 'defaultAddCapabilities':
    case 'requiredDropCapabilities':
      return withDocs(CAPABILITIES, { ALL: PSP_VALUE_DOCS.literalAll! })
    case 'volumes':
      return [{ value: '*', doc: PSP_VALUE_DOCS.anyVolume! }, ...withDocs(ALL_VOLUME_TYPES)]
    case 'allowedProcMountTypes':
      return withDocs(PROC_MOUNT_TYPES, PROC_MOUNT)
    default:
      return []
  }
}

/** The label value proposals of a Namespace's `pod-security.kubernetes.io/<mode>[-version]`. */
function podSecurityLabel(label: string): ValueProposal[] {
  if (!label.startsWith(LABEL_PREFIX)) return []
  const rest = label.slice(LABEL_PREFIX.length)
  for (const mode of MODES) {
    if (rest === mode) return LEVELS.map((value) => ({ value, doc: LEVEL_DOC }))
    if (rest === `${mode}-version`)
      return VERSIONS.map((value) => ({
        value,
        doc: value === 'latest' ? `The newest version podplay knows (${NEWEST_VERSION}).` : '',
      }))
  }
  return []
}

/** The closed set of values for a slot, or [] where the API takes any value of its type. */
export function valuesFor(slot: ValueSlot): ValueProposal[] {
  const { owner, field, item, type } = slot
  if (type.kind === 'bool') return withDocs(['true', 'false'])
  if (slot.entry !== null)
    return slot.kind === 'Namespace' && owner === 'ObjectMeta' && field === 'labels'
      ? podSecurityLabel(slot.entry)
      : []
  if (item) {
    if (owner === 'Capabilities') return withDocs(CAPABILITIES, CAPABILITY_DOCS)
    if (owner === 'PodSecurityPolicySpec') return pspItems(field)
    return []
  }
  if (type.kind !== 'string') return []
  if (field === 'rule' && Object.hasOwn(PSP_STRATEGIES, owner))
    return withDocs(PSP_STRATEGIES[owner]!, PSP_VALUE_DOCS)
  switch (`${owner}.${field}`) {
    case 'SeccompProfile.type':
    case 'AppArmorProfile.type':
      return withDocs(PROFILE_TYPES, PROFILE)
    case 'SecurityContext.procMount':
      return withDocs(PROC_MOUNT_TYPES, PROC_MOUNT)
    case 'Container.imagePullPolicy':
    case 'EphemeralContainer.imagePullPolicy':
      return withDocs(Object.keys(PULL_POLICY), PULL_POLICY)
    case 'PodSpec.restartPolicy':
      return withDocs(Object.keys(POD_RESTART), POD_RESTART)
    case 'Container.restartPolicy':
      return withDocs(Object.keys(CONTAINER_RESTART), CONTAINER_RESTART)
    case 'ContainerPort.protocol':
    case 'NetworkPolicyPort.protocol':
      return withDocs(PROTOCOLS, PROTOCOL)
    default:
      return []
  }
}
