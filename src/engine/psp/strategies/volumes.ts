/**
 * Volumes (spec pod-security-policy.md §4.5): each pod volume's type must be listed (or `*`); then
 * hostPath prefixes (allowedHostPaths, with read-only mounts), flexVolume drivers and inline CSI
 * drivers. An empty `volumes` list allows no volume at all.
 */
import type { Path } from '../../report'
import { goQuote, invalid } from '../go'
import { asObj, asStr } from '../obj'
import { containersOf, err, type PodCtx, specOf } from '../pod'
import type { Strategy } from '../strategy'
import type { Psp, PspError } from '../types'
import { volumeType } from '../volumeTypes'

/** Upstream hasPathPrefix: whole path segments, one trailing slash ignored on each side. */
export function hasPathPrefix(path: string, prefix: string): boolean {
  const s = path.endsWith('/') ? path.slice(0, -1) : path
  const p = prefix.endsWith('/') ? prefix.slice(0, -1) : prefix
  return s.startsWith(p) && (s.length === p.length || s[p.length] === '/')
}

/** Whether a host path is allowed, and which read-only entry (if any) constrains it. */
export function allowsHostPath(
  psp: Psp,
  path: string,
): { allowed: boolean; readOnlyEntry: number } {
  if (psp.allowedHostPaths.length === 0) return { allowed: true, readOnlyEntry: -1 }
  let allowed = false
  let readOnlyEntry = -1
  for (const [i, h] of psp.allowedHostPaths.entries()) {
    if (!hasPathPrefix(path, h.pathPrefix)) continue
    if (!h.readOnly) return { allowed: true, readOnlyEntry: -1 }
    allowed = true
    readOnlyEntry = i
  }
  return { allowed, readOnlyEntry }
}

function readOnlyMounts(ctx: PodCtx, volume: string, entry: number): PspError[] {
  const out: PspError[] = []
  for (const c of containersOf(ctx)) {
    const mounts = Array.isArray(c.c.volumeMounts) ? c.c.volumeMounts : []
    mounts.forEach((m, j) => {
      const mount = asObj(m)
      if (!mount || (asStr(mount.name) ?? '') !== volume || mount.readOnly === true) return
      const at: Path = [...c.path, 'volumeMounts', j, 'readOnly']
      const message = invalid(`${c.go}.volumeMounts[${j}].readOnly`, 'false', 'must be read-only')
      out.push(err(message, at, ['spec', 'allowedHostPaths', entry, 'readOnly']))
    })
  }
  return out
}

function checkVolume(ctx: PodCtx, v: Record<string, unknown>, i: number): PspError[] {
  const { psp } = ctx
  const { type, source } = volumeType(v)
  const at: Path = ['spec', 'volumes', i]
  if (!psp.volumes.includes('*') && !psp.volumes.includes(type)) {
    const message = invalid(
      `spec.volumes[${i}]`,
      goQuote(type),
      `${type} volumes are not allowed to be used`,
    )
    return [err(message, [...at, source], ['spec', 'volumes'])]
  }
  const src = asObj(v[source]) ?? {}
  if (type === 'hostPath') {
    const path = asStr(src.path) ?? ''
    const { allowed, readOnlyEntry } = allowsHostPath(psp, path)
    if (!allowed) {
      const message = invalid(
        `spec.volumes[${i}].hostPath.pathPrefix`,
        goQuote(path),
        'is not allowed to be used',
      )
      return [err(message, [...at, 'hostPath', 'path'], ['spec', 'allowedHostPaths'])]
    }
    return readOnlyEntry < 0 ? [] : readOnlyMounts(ctx, asStr(v.name) ?? '', readOnlyEntry)
  }
  if (type === 'flexVolume' && psp.allowedFlexVolumes.length > 0) {
    const driver = asStr(src.driver) ?? ''
    if (psp.allowedFlexVolumes.some((f) => f.driver === driver)) return []
    const message = invalid(
      `spec.volumes[${i}].driver`,
      goQuote(driver),
      'Flexvolume driver is not allowed to be used',
    )
    return [err(message, [...at, 'flexVolume', 'driver'], ['spec', 'allowedFlexVolumes'])]
  }
  if (type === 'csi' && psp.allowedCSIDrivers.length > 0) {
    const driver = asStr(src.driver) ?? ''
    if (psp.allowedCSIDrivers.some((d) => d.name === driver)) return []
    const message = invalid(
      `spec.volumes[${i}].csi.driver`,
      goQuote(driver),
      'Inline CSI driver is not allowed to be used',
    )
    return [err(message, [...at, 'csi', 'driver'], ['spec', 'allowedCSIDrivers'])]
  }
  return []
}

function checkPod(ctx: PodCtx): PspError[] {
  const list = specOf(ctx.pod).volumes
  if (!Array.isArray(list)) return []
  return list.flatMap((v, i) => {
    const volume = asObj(v)
    return volume ? checkVolume(ctx, volume, i) : []
  })
}

export const volumes = {
  id: 'volumes',
  fields: [
    ['spec', 'volumes'],
    ['spec', 'allowedHostPaths'],
    ['spec', 'allowedFlexVolumes'],
    ['spec', 'allowedCSIDrivers'],
  ],
  checkPod,
} satisfies Strategy
