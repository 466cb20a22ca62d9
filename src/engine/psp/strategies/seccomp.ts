/**
 * Seccomp (spec pod-security-policy.md §4.7), from the policy's annotations: without an
 * allowedProfileNames annotation no profile may be set. The default goes into the pod annotation.
 * Profiles come from the annotations and, from 1.19, from the seccompProfile fields.
 */
import type { Path } from '../../report'
import { forbidden } from '../go'
import { asObj, asStr } from '../obj'
import {
  annotationsOf,
  type ContainerCtx,
  containerSC,
  err,
  type PodCtx,
  podSC,
  write,
} from '../pod'
import type { Strategy } from '../strategy'
import type { Obj, PspError } from '../types'

export const SECCOMP_ALLOWED = 'seccomp.security.alpha.kubernetes.io/allowedProfileNames'
export const SECCOMP_DEFAULT = 'seccomp.security.alpha.kubernetes.io/defaultProfileName'
export const SECCOMP_POD = 'seccomp.security.alpha.kubernetes.io/pod'
export const SECCOMP_CONTAINER = 'container.seccomp.security.alpha.kubernetes.io/'

const POLICY_PATH: Path = ['metadata', 'annotations', SECCOMP_ALLOWED]

/** The annotation form of a seccompProfile field ('' when it has none). */
export function annotationForField(field: Obj): string {
  const type = field.type
  if (type === 'Unconfined') return 'unconfined'
  if (type === 'RuntimeDefault') return 'runtime/default'
  const local = asStr(field.localhostProfile)
  if (type === 'Localhost' && local !== undefined) return `localhost/${local}`
  return ''
}

interface Profile {
  value: string
  at: Path
}

function podProfile(ctx: PodCtx): Profile {
  const ann = asStr(annotationsOf(ctx.pod)[SECCOMP_POD]) ?? ''
  const field = asObj(podSC(ctx.pod).seccompProfile)
  const annPath: Path = ['metadata', 'annotations', SECCOMP_POD]
  if (ann === '' && field)
    return { value: annotationForField(field), at: ['spec', 'securityContext', 'seccompProfile'] }
  return { value: ann, at: annPath }
}

function containerProfile(ctx: ContainerCtx): Profile {
  const own = asObj(containerSC(ctx.c).seccompProfile)
  if (own)
    return {
      value: annotationForField(own),
      at: [...ctx.path, 'securityContext', 'seccompProfile'],
    }
  const key = SECCOMP_CONTAINER + ctx.name
  const annotations = annotationsOf(ctx.pod)
  if (key in annotations)
    return { value: asStr(annotations[key]) ?? '', at: ['metadata', 'annotations', key] }
  const field = asObj(podSC(ctx.pod).seccompProfile)
  if (field)
    return { value: annotationForField(field), at: ['spec', 'securityContext', 'seccompProfile'] }
  return {
    value: asStr(annotations[SECCOMP_POD]) ?? '',
    at: ['metadata', 'annotations', SECCOMP_POD],
  }
}

function mutatePod(ctx: PodCtx): void {
  const ann = asStr(annotationsOf(ctx.pod)[SECCOMP_POD]) ?? ''
  if (ann !== '') return
  const field = asObj(podSC(ctx.pod).seccompProfile)
  const profile = field ? annotationForField(field) : (ctx.psp.annotations[SECCOMP_DEFAULT] ?? '')
  if (profile !== '') write(ctx, ['metadata', 'annotations', SECCOMP_POD], profile)
}

function check(ctx: PodCtx, field: string, profile: Profile): PspError[] {
  const raw = ctx.psp.annotations[SECCOMP_ALLOWED]
  const entries = raw === undefined ? [] : raw.split(',')
  const any = entries.includes('*')
  const allowed = entries.filter((e) => e !== '*')
  const p = profile.value
  if (!any && allowed.length === 0 && p !== '') {
    return [err(forbidden(field, 'seccomp may not be set'), profile.at, POLICY_PATH)]
  }
  if ((allowed.length === 0 && p === '') || any || allowed.includes(p)) return []
  const detail = `${p} is not an allowed seccomp profile. Valid values are ${raw ?? ''}`
  return [err(forbidden(field, detail), profile.at, POLICY_PATH)]
}

const checkPod = (ctx: PodCtx) =>
  check(ctx, `pod.metadata.annotations[${SECCOMP_POD}]`, podProfile(ctx))

const checkContainer = (ctx: ContainerCtx) =>
  check(ctx, `pod.metadata.annotations[${SECCOMP_CONTAINER}${ctx.name}]`, containerProfile(ctx))

export const seccomp = {
  id: 'seccomp',
  fields: [
    ['metadata', 'annotations', SECCOMP_ALLOWED],
    ['metadata', 'annotations', SECCOMP_DEFAULT],
  ],
  mutatePod,
  checkPod,
  checkContainer,
} satisfies Strategy
