/**
 * AppArmor (spec pod-security-policy.md §4.8), from the policy's annotations: without an
 * allowedProfileNames annotation anything goes. The default profile is added per container as the
 * `container.apparmor.security.beta.kubernetes.io/<name>` pod annotation.
 */
import type { Path } from '../../report'
import { forbidden, goQuote } from '../go'
import { asStr } from '../obj'
import { annotationsOf, type ContainerCtx, err, write } from '../pod'
import type { Strategy } from '../strategy'
import type { PspError } from '../types'

export const APPARMOR_ALLOWED = 'apparmor.security.beta.kubernetes.io/allowedProfileNames'
export const APPARMOR_DEFAULT = 'apparmor.security.beta.kubernetes.io/defaultProfileName'
export const APPARMOR_CONTAINER = 'container.apparmor.security.beta.kubernetes.io/'

const POLICY_PATH: Path = ['metadata', 'annotations', APPARMOR_ALLOWED]

function mutateContainer(ctx: ContainerCtx): void {
  const key = APPARMOR_CONTAINER + ctx.name
  if ((asStr(annotationsOf(ctx.pod)[key]) ?? '') !== '') return
  const def = ctx.psp.annotations[APPARMOR_DEFAULT] ?? ''
  if (def !== '') write(ctx, ['metadata', 'annotations', key], def)
}

function checkContainer(ctx: ContainerCtx): PspError[] {
  const raw = ctx.psp.annotations[APPARMOR_ALLOWED]
  if (raw === undefined) return []
  const allowed = raw.split(',')
  const key = APPARMOR_CONTAINER + ctx.name
  const field = `pod.metadata.annotations[${key}]`
  const at: Path = ['metadata', 'annotations', key]
  const profile = asStr(annotationsOf(ctx.pod)[key]) ?? ''
  if (profile === '') {
    return allowed.length > 0
      ? [err(forbidden(field, 'AppArmor profile must be set'), at, POLICY_PATH)]
      : []
  }
  if (allowed.includes(profile)) return []
  const detail = `${profile} is not an allowed profile. Allowed values: ${goQuote(raw)}`
  return [err(forbidden(field, detail), at, POLICY_PATH)]
}

export const appArmor = {
  id: 'appArmor',
  fields: [
    ['metadata', 'annotations', APPARMOR_ALLOWED],
    ['metadata', 'annotations', APPARMOR_DEFAULT],
  ],
  mutateContainer,
  checkContainer,
} satisfies Strategy
