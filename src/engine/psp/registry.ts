/**
 * The explicit registry: every strategy, and the order in which the plugin applies defaults
 * (spec pod-security-policy.md §5) and reports errors (§6.1). No discovery, no import side effects.
 */
import type { ContainerCheck, ContainerMutation, PodCheck, PodMutation, Strategy } from './strategy'
import { allowPrivilegeEscalation } from './strategies/allowPrivilegeEscalation'
import { appArmor } from './strategies/appArmor'
import { capabilities } from './strategies/capabilities'
import { fsGroup } from './strategies/fsGroup'
import { hostNamespaces } from './strategies/hostNamespaces'
import { hostPorts } from './strategies/hostPorts'
import { privileged } from './strategies/privileged'
import { procMount } from './strategies/procMount'
import { readOnlyRootFilesystem } from './strategies/readOnlyRootFilesystem'
import { runAsGroup } from './strategies/runAsGroup'
import { runAsUser } from './strategies/runAsUser'
import { runtimeClass } from './strategies/runtimeClass'
import { seccomp } from './strategies/seccomp'
import { seLinux } from './strategies/seLinux'
import { supplementalGroups } from './strategies/supplementalGroups'
import { sysctls } from './strategies/sysctls'
import { volumes } from './strategies/volumes'

/** Every strategy, alphabetically (one file each in strategies/). */
export const STRATEGIES: readonly Strategy[] = [
  allowPrivilegeEscalation,
  appArmor,
  capabilities,
  fsGroup,
  hostNamespaces,
  hostPorts,
  privileged,
  procMount,
  readOnlyRootFilesystem,
  runAsGroup,
  runAsUser,
  runtimeClass,
  seccomp,
  seLinux,
  supplementalGroups,
  sysctls,
  volumes,
]

interface Step<F> {
  strategy: string
  run: F
}

/** §5, steps 1 to 5: pod-level defaults. */
export const POD_MUTATIONS: readonly Step<PodMutation>[] = [
  { strategy: 'supplementalGroups', run: supplementalGroups.mutatePod },
  { strategy: 'fsGroup', run: fsGroup.mutatePod },
  { strategy: 'seLinux', run: seLinux.mutatePod },
  { strategy: 'seccomp', run: seccomp.mutatePod },
  { strategy: 'runtimeClass', run: runtimeClass.mutatePod },
]

/** §5, steps 6 to 14: per container (init, regular, ephemeral). */
export const CONTAINER_MUTATIONS: readonly Step<ContainerMutation>[] = [
  { strategy: 'runAsUser', run: runAsUser.mutateContainer },
  { strategy: 'runAsGroup', run: runAsGroup.mutateContainer },
  { strategy: 'seLinux', run: seLinux.mutateContainer },
  { strategy: 'appArmor', run: appArmor.mutateContainer },
  { strategy: 'runAsUser', run: runAsUser.mutateNonRoot },
  { strategy: 'capabilities', run: capabilities.mutateContainer },
  { strategy: 'readOnlyRootFilesystem', run: readOnlyRootFilesystem.mutateContainer },
  { strategy: 'allowPrivilegeEscalation', run: allowPrivilegeEscalation.mutateDefault },
  { strategy: 'allowPrivilegeEscalation', run: allowPrivilegeEscalation.mutateContainer },
]

/** §6.1, items 1 to 10: pod-level checks. */
export const POD_CHECKS: readonly Step<PodCheck>[] = [
  { strategy: 'fsGroup', run: fsGroup.checkPod },
  { strategy: 'supplementalGroups', run: supplementalGroups.checkPod },
  { strategy: 'seccomp', run: seccomp.checkPod },
  { strategy: 'seLinux', run: seLinux.checkPod },
  { strategy: 'hostNamespaces', run: hostNamespaces.checkHostNetwork },
  { strategy: 'hostNamespaces', run: hostNamespaces.checkHostPID },
  { strategy: 'hostNamespaces', run: hostNamespaces.checkHostIPC },
  { strategy: 'sysctls', run: sysctls.checkPod },
  { strategy: 'volumes', run: volumes.checkPod },
  { strategy: 'runtimeClass', run: runtimeClass.checkPod },
]

/** §6.1, item 11: per container (init, regular, ephemeral). */
export const CONTAINER_CHECKS: readonly Step<ContainerCheck>[] = [
  { strategy: 'runAsUser', run: runAsUser.checkContainer },
  { strategy: 'runAsGroup', run: runAsGroup.checkContainer },
  { strategy: 'seLinux', run: seLinux.checkContainer },
  { strategy: 'appArmor', run: appArmor.checkContainer },
  { strategy: 'seccomp', run: seccomp.checkContainer },
  { strategy: 'privileged', run: privileged.checkContainer },
  { strategy: 'procMount', run: procMount.checkContainer },
  { strategy: 'capabilities', run: capabilities.checkContainer },
  { strategy: 'hostPorts', run: hostPorts.checkContainer },
  { strategy: 'readOnlyRootFilesystem', run: readOnlyRootFilesystem.checkContainer },
  { strategy: 'allowPrivilegeEscalation', run: allowPrivilegeEscalation.checkContainer },
]
