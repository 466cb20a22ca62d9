/**
 * seLinux (spec pod-security-policy.md §4.3): RunAsAny, or MustRunAs with the policy's
 * seLinuxOptions, set at pod level when unset. Checked at the pod path with the pod value, then for
 * every container with its effective value (container object over pod object, no per-field merge).
 */
import type { Path } from '../../report'
import { goQuote, invalid, required } from '../go'
import { asObj, asStr } from '../obj'
import { type ContainerCtx, containerSC, err, type PodCtx, podSC, write } from '../pod'
import type { Strategy } from '../strategy'
import type { Obj, PspError, SELinuxOptions } from '../types'

const FIELD = ['spec', 'seLinux']
const KEYS = ['level', 'role', 'type', 'user'] as const

/** SELinux level equality: same sensitivity, same categories in any order. */
export function equalLevels(expected: string, actual: string): boolean {
  if (expected === actual) return true
  const e = splitOnce(expected)
  const a = splitOnce(actual)
  if (e === null || a === null || e[0] !== a[0]) return false
  const ec = e[1].split(',').sort()
  const ac = a[1].split(',').sort()
  return ec.length === ac.length && ec.every((c, i) => c === ac[i])
}

function splitOnce(s: string): [string, string] | null {
  const i = s.indexOf(':')
  return i < 0 ? null : [s.slice(0, i), s.slice(i + 1)]
}

const generated = (ctx: PodCtx): SELinuxOptions | null =>
  ctx.psp.seLinux.rule === 'MustRunAs' ? ctx.psp.seLinux.seLinuxOptions : null

function mutatePod(ctx: PodCtx): void {
  const opts = generated(ctx)
  if (opts === null || asObj(podSC(ctx.pod).seLinuxOptions)) return
  write(ctx, ['spec', 'securityContext', 'seLinuxOptions'], { ...opts })
}

function mutateContainer(ctx: ContainerCtx): void {
  const opts = generated(ctx)
  if (opts === null || asObj(containerSC(ctx.c).seLinuxOptions)) return
  if (asObj(podSC(ctx.pod).seLinuxOptions)) return
  write(ctx, [...ctx.path, 'securityContext', 'seLinuxOptions'], { ...opts })
}

function check(ctx: PodCtx, field: string, actual: Obj | undefined, at: Path): PspError[] {
  const want = generated(ctx)
  if (want === null) return []
  if (actual === undefined) return [err(required(field, ''), at, FIELD)]
  const out: PspError[] = []
  for (const k of KEYS) {
    const a = asStr(actual[k]) ?? ''
    const e = want[k] ?? ''
    if (k === 'level' ? equalLevels(e, a) : e === a) continue
    const message = invalid(`${field}.${k}`, goQuote(a), `must be ${e}`)
    out.push(err(message, [...at, k], [...FIELD, 'seLinuxOptions', k]))
  }
  return out
}

function checkPod(ctx: PodCtx): PspError[] {
  const at: Path = ['spec', 'securityContext', 'seLinuxOptions']
  return check(ctx, 'spec.securityContext.seLinuxOptions', asObj(podSC(ctx.pod).seLinuxOptions), at)
}

function checkContainer(ctx: ContainerCtx): PspError[] {
  const own = asObj(containerSC(ctx.c).seLinuxOptions)
  const pod = asObj(podSC(ctx.pod).seLinuxOptions)
  const at: Path =
    own || !pod
      ? [...ctx.path, 'securityContext', 'seLinuxOptions']
      : ['spec', 'securityContext', 'seLinuxOptions']
  return check(ctx, `${ctx.go}.securityContext.seLinuxOptions`, own ?? pod, at)
}

export const seLinux = {
  id: 'seLinux',
  fields: [FIELD],
  mutatePod,
  mutateContainer,
  checkPod,
  checkContainer,
} satisfies Strategy
