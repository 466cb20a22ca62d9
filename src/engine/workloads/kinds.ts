/**
 * Where each workload kind keeps its pod template (pod-security-standards.md §9).
 * Pod is the pod itself; the others carry a template whose `metadata` and `spec` are judged.
 */
import type { Path } from '../report'

export const TEMPLATE_PATHS: Record<string, Path> = {
  Pod: [],
  Deployment: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  Job: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
  PodTemplate: ['template'],
}

export const WORKLOAD_KINDS = Object.keys(TEMPLATE_PATHS)

/** Kinds read from the policy editor (and Namespaces from either). */
export const POLICY_KINDS = ['PodSecurityPolicy', 'NetworkPolicy', 'Namespace'] as const

export function isWorkloadKind(kind: string): boolean {
  return Object.hasOwn(TEMPLATE_PATHS, kind)
}
