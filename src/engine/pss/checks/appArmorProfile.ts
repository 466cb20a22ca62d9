/**
 * appArmorProfile (baseline, v1.0): overriding or disabling the default AppArmor profile.
 *
 * Restricted fields:
 * - spec.securityContext.appArmorProfile.type
 * - spec.{initContainers,containers,ephemeralContainers}[*].securityContext.appArmorProfile.type
 * - metadata.annotations['container.apparmor.security.beta.kubernetes.io/*'] (every such key,
 *   whether or not a container of that name exists)
 * Allowed values: appArmorProfile unset, or type RuntimeDefault or Localhost (a profile without a
 * type is forbidden); annotation "", runtime/default or localhost/*.
 *
 * Upstream: kubernetes/pod-security-admission policy/check_appArmorProfile.go.
 */
import type { Path } from '../../report'
import { byteCompare, goQuote, joinQuote, pluralize, setters, sortedSet } from '../format'
import type { Obj } from '../pod'
import { annotationsOf, containersOf, objAt, POD_SC, podSecurityContext, strAt } from '../pod'
import { ALLOWED, type CheckResult, forbid, type PssCheck } from '../types'

const ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/'

/** The bad type of a securityContext's appArmorProfile, or undefined when fine or unset. */
function badType(sc: Obj | undefined): string | undefined {
  const profile = objAt(sc, 'appArmorProfile')
  if (profile === undefined) return undefined
  const type = strAt(profile, 'type') ?? ''
  return type === 'RuntimeDefault' || type === 'Localhost' ? undefined : type
}

function allowedAnnotation(value: string): boolean {
  return value === '' || value === 'runtime/default' || value.startsWith('localhost/')
}

function appArmorProfile_1_0(pod: unknown): CheckResult {
  const paths: Path[] = []
  const badTypes: string[] = []
  const podType = badType(podSecurityContext(pod))
  if (podType !== undefined) {
    badTypes.push(podType)
    paths.push([...POD_SC, 'appArmorProfile', 'type'])
  }
  const names: string[] = []
  for (const c of containersOf(pod)) {
    const t = badType(c.sc)
    if (t === undefined) continue
    names.push(c.name)
    badTypes.push(t)
    paths.push([...c.path, 'securityContext', 'appArmorProfile', 'type'])
  }
  const bad: { text: string; key: string }[] = []
  const annotations = annotationsOf(pod)
  if (annotations !== undefined) {
    for (const key of Object.keys(annotations)) {
      const value = annotations[key]
      if (!key.startsWith(ANNOTATION_PREFIX) || typeof value !== 'string') continue
      if (!allowedAnnotation(value)) bad.push({ text: `${key}=${goQuote(value)}`, key })
    }
    bad.sort((a, b) => byteCompare(a.text, b.text))
    for (const b of bad) paths.push(['metadata', 'annotations', b.key])
  }
  const badAnnotations = bad.map((b) => b.text)
  if (paths.length === 0) return ALLOWED
  const who = setters(podType !== undefined, names)
  if (badAnnotations.length > 0) {
    who.push(pluralize('annotation', 'annotations', badAnnotations.length))
  }
  const values = [...sortedSet(badTypes), ...badAnnotations]
  return forbid(
    pluralize('forbidden AppArmor profile', 'forbidden AppArmor profiles', values.length),
    `${who.join(' and ')} must not set AppArmor profile type to ${joinQuote(values)}`,
    paths,
  )
}

export const appArmorProfile: PssCheck = {
  id: 'appArmorProfile',
  level: 'baseline',
  title: 'AppArmor profile',
  protects:
    'The runtime’s default AppArmor profile blocks dangerous file and mount operations; running Unconfined removes that layer of confinement.',
  remediation:
    'Set appArmorProfile.type to RuntimeDefault or Localhost (or leave it unset), and AppArmor annotations to runtime/default or localhost/<profile>.',
  versions: [{ since: 'v1.0', evaluate: appArmorProfile_1_0 }],
}
