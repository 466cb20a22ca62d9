/**
 * The seccompProfile field logic shared by seccompProfile_baseline (v1.19+) and
 * seccompProfile_restricted.
 */
import type { Path } from '../report'
import { joinQuote, setters, sortedSet } from './format'
import type { Obj } from './pod'
import { containersOf, objAt, POD_SC, podSecurityContext, strAt } from './pod'

export interface SeccompFindings {
  /** The pod-level profile is set to a bad type. */
  pod: boolean
  /** The pod-level profile is set to a good type. */
  podValid: boolean
  /** Containers whose own profile has a bad type. */
  badContainers: string[]
  /** Containers without their own profile (and their type paths). */
  unset: { name: string; path: Path }[]
  types: string[]
  /** Paths of the explicitly bad types. */
  paths: Path[]
}

/** 'unset', 'valid', or the bad type of a securityContext's seccompProfile. */
function profileType(sc: Obj | undefined): { set: false } | { set: true; bad: string | null } {
  const profile = objAt(sc, 'seccompProfile')
  if (profile === undefined) return { set: false }
  const type = strAt(profile, 'type') ?? ''
  return { set: true, bad: type === 'RuntimeDefault' || type === 'Localhost' ? null : type }
}

export function badSeccompFields(pod: unknown): SeccompFindings {
  const f: SeccompFindings = {
    pod: false,
    podValid: false,
    badContainers: [],
    unset: [],
    types: [],
    paths: [],
  }
  const p = profileType(podSecurityContext(pod))
  if (p.set && p.bad !== null) {
    f.pod = true
    f.types.push(p.bad)
    f.paths.push([...POD_SC, 'seccompProfile', 'type'])
  } else if (p.set) {
    f.podValid = true
  }
  for (const c of containersOf(pod)) {
    const t = profileType(c.sc)
    const at: Path = [...c.path, 'securityContext', 'seccompProfile', 'type']
    if (!t.set) {
      f.unset.push({ name: c.name, path: at })
    } else if (t.bad !== null) {
      f.badContainers.push(c.name)
      f.types.push(t.bad)
      f.paths.push(at)
    }
  }
  return f
}

/** `{setters} must not set securityContext.seccompProfile.type to {types}`. */
export function seccompDetail(f: SeccompFindings): string {
  return `${setters(f.pod, f.badContainers).join(' and ')} must not set securityContext.seccompProfile.type to ${joinQuote(sortedSet(f.types))}`
}
