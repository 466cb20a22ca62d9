/**
 * API validation of a PodSecurityPolicy (upstream ValidatePodSecurityPolicy, 1.21 to 1.24), in
 * upstream order. Messages are what the API server prints, paths point into the object.
 */
import type { Path } from '../report'
import {
  child,
  duplicate,
  goCaps,
  goQuote,
  index,
  invalid,
  key,
  notSupported,
  required,
} from './go'
import { appArmorProfileError, dnsSubdomainErrors, seccompProfileErrors } from './names'
import { byCodeUnits } from './obj'
import type { IDRange, Psp, PspProblem } from './types'
import { validateSysctls } from './validateSysctls'
import { ALL_VOLUME_TYPES } from './volumeTypes'
import { goIDRanges } from './ranges'

type Push = (path: Path, message: string) => void

function validateRanges(push: Push, at: Path, field: string, ranges: IDRange[]): void {
  ranges.forEach((r, i) => {
    const f = index(`${field}.ranges`, i)
    if (r.min < 0)
      push(
        [...at, 'ranges', i, 'min'],
        invalid(`${f}.min`, String(r.min), 'min cannot be negative'),
      )
    if (r.max < 0)
      push(
        [...at, 'ranges', i, 'max'],
        invalid(`${f}.max`, String(r.max), 'max cannot be negative'),
      )
    if (r.min > r.max) {
      push(
        [...at, 'ranges', i, 'min'],
        invalid(`${f}.min`, String(r.min), 'min cannot be greater than max'),
      )
    }
  })
}

function validateRule(
  push: Push,
  psp: Psp,
  k: 'runAsUser' | 'fsGroup' | 'supplementalGroups',
  supported: string[],
): void {
  const rule = psp[k].rule
  if (!supported.includes(rule)) {
    push(['spec', k, 'rule'], notSupported(`spec.${k}.rule`, goQuote(rule), supported))
  }
  validateRanges(push, ['spec', k], `spec.${k}`, psp[k].ranges)
}

function validateRunAsGroup(push: Push, psp: Psp): void {
  const g = psp.runAsGroup
  if (g === null) return
  const at: Path = ['spec', 'runAsGroup']
  if (g.rule === 'RunAsAny') {
    if (g.ranges.length > 0)
      push(
        [...at, 'ranges'],
        invalid('spec.runAsGroup.ranges', goIDRanges(g.ranges), 'Ranges must be empty'),
      )
  } else if (g.rule === 'MustRunAs' || g.rule === 'MayRunAs') {
    if (g.ranges.length === 0)
      push(
        [...at, 'ranges'],
        invalid('spec.runAsGroup.ranges', goIDRanges(g.ranges), 'must provide at least one range'),
      )
    validateRanges(push, at, 'spec.runAsGroup', g.ranges)
  } else {
    push(
      [...at, 'rule'],
      notSupported('spec.runAsGroup.rule', goQuote(g.rule), ['MustRunAs', 'RunAsAny', 'MayRunAs']),
    )
  }
}

function validateAnnotations(push: Push, a: Record<string, string>): void {
  const at = (k: string): Path => ['metadata', 'annotations', k]
  const f = (k: string) => key('metadata.annotations', k)
  const aaDefault = 'apparmor.security.beta.kubernetes.io/defaultProfileName'
  const aaAllowed = 'apparmor.security.beta.kubernetes.io/allowedProfileNames'
  const scDefault = 'seccomp.security.alpha.kubernetes.io/defaultProfileName'
  const scAllowed = 'seccomp.security.alpha.kubernetes.io/allowedProfileNames'
  const d = a[aaDefault] ?? ''
  const dErr = d === '' ? null : appArmorProfileError(d)
  if (dErr) push(at(aaDefault), invalid(f(aaDefault), goQuote(d), dErr))
  const allowed = a[aaAllowed] ?? ''
  if (allowed !== '') {
    for (const p of allowed.split(',')) {
      const err = appArmorProfileError(p)
      if (err) push(at(aaAllowed), invalid(f(aaAllowed), goQuote(allowed), err))
    }
  }
  const sd = a[scDefault] ?? ''
  if (sd !== '')
    for (const [v, det] of seccompProfileErrors(sd))
      push(at(scDefault), invalid(f(scDefault), goQuote(v), det))
  const sa = a[scAllowed] ?? ''
  if (sa !== '') {
    for (const p of sa.split(',')) {
      if (p === '*') continue
      for (const [v, det] of seccompProfileErrors(p))
        push(at(scAllowed), invalid(f(scAllowed), goQuote(v), det))
    }
  }
}

function validateCaps(push: Push, psp: Psp): void {
  const drops = psp.requiredDropCapabilities
  if (drops.length > 0 && psp.allowedCapabilities.includes('*')) {
    push(
      ['spec', 'requiredDropCapabilities'],
      invalid(
        'requiredDropCapabilities',
        goCaps(drops),
        'must be empty when all capabilities are allowed by a wildcard',
      ),
    )
  }
  for (const k of ['defaultAddCapabilities', 'allowedCapabilities'] as const) {
    psp[k].forEach((cap, i) => {
      if (drops.includes(cap)) {
        push(
          ['spec', k, i],
          invalid(k, goQuote(cap), `capability is listed in ${k} and requiredDropCapabilities`),
        )
      }
    })
  }
}

function validateVolumeTypes(push: Push, psp: Psp): void {
  const known = [...ALL_VOLUME_TYPES, '*'].sort(byCodeUnits)
  psp.volumes.forEach((v, i) => {
    if (!known.includes(v))
      push(['spec', 'volumes', i], notSupported('spec.volumes', goQuote(v), known))
  })
}

function validateVolumeFields(push: Push, psp: Psp): void {
  for (const [i, h] of psp.allowedHostPaths.entries()) {
    const f = index('spec.allowedHostPaths', i)
    if (h.pathPrefix === '') {
      push(['spec', 'allowedHostPaths', i, 'pathPrefix'], required(f, 'is required'))
      break
    }
    if (h.pathPrefix.split('/').includes('..')) {
      push(
        ['spec', 'allowedHostPaths', i, 'pathPrefix'],
        invalid(f, goQuote(h.pathPrefix), "must not contain '..'"),
      )
    }
  }
  psp.allowedFlexVolumes.forEach((v, i) => {
    if (v.driver === '') {
      push(
        ['spec', 'allowedFlexVolumes', i, 'driver'],
        required(
          `spec.allowedFlexVolumes.allowedFlexVolumes[${i}].driver`,
          'must specify a driver',
        ),
      )
    }
  })
  psp.allowedCSIDrivers.forEach((d, i) => {
    const f = `spec.allowedCSIDrivers.allowedCSIDriver[${i}].name`
    const at: Path = ['spec', 'allowedCSIDrivers', i, 'name']
    if (d.name === '') push(at, required(f, ''))
    if (d.name.length > 63) push(at, `${f}: Too long: may not be longer than 63`)
    for (const msg of dnsSubdomainErrors(d.name.toLowerCase()))
      push(at, invalid(f, goQuote(d.name), msg))
  })
}

function validateRuntimeClass(push: Push, psp: Psp): void {
  const rc = psp.runtimeClass
  if (rc === null) return
  const base = 'spec.runtimeClass'
  const seen = new Set<string>()
  rc.allowedRuntimeClassNames.forEach((n, i) => {
    const at: Path = ['spec', 'runtimeClass', 'allowedRuntimeClassNames', i]
    const f = index(child(base, 'allowedRuntimeClassNames'), i)
    if (n !== '*') for (const msg of dnsSubdomainErrors(n)) push(at, invalid(f, goQuote(n), msg))
    if (seen.has(n)) push(at, duplicate(f, goQuote(n)))
    seen.add(n)
  })
  const def = rc.defaultRuntimeClassName
  if (def !== null) {
    const at: Path = ['spec', 'runtimeClass', 'defaultRuntimeClassName']
    for (const msg of dnsSubdomainErrors(def))
      push(at, invalid(`${base}.defaultRuntimeClassName`, goQuote(def), msg))
    if (!seen.has(def) && !seen.has('*')) {
      push(
        at,
        required(`${base}.allowedRuntimeClassNames`, `default ${goQuote(def)} must be allowed`),
      )
    }
  }
  if (seen.has('*') && rc.allowedRuntimeClassNames.length > 1) {
    const list = `[]string{${rc.allowedRuntimeClassNames.map(goQuote).join(', ')}}`
    push(
      ['spec', 'runtimeClass', 'allowedRuntimeClassNames'],
      invalid(
        `${base}.allowedRuntimeClassNames`,
        list,
        "if '*' is present, must not specify other RuntimeClass names",
      ),
    )
  }
}

/** API validation problems of a normalised policy, in upstream order. */
export function validatePsp(psp: Psp, opts: { hasName: boolean }): PspProblem[] {
  const out: PspProblem[] = []
  const push: Push = (path, message) => out.push({ path, message, severity: 'error' })
  if (!opts.hasName)
    push(['metadata', 'name'], required('metadata.name', 'name or generateName is required'))
  else
    for (const msg of dnsSubdomainErrors(psp.name))
      push(['metadata', 'name'], invalid('metadata.name', goQuote(psp.name), msg))
  validateAnnotations(push, psp.annotations)
  validateRule(push, psp, 'runAsUser', ['MustRunAs', 'MustRunAsNonRoot', 'RunAsAny'])
  validateRunAsGroup(push, psp)
  if (!['MustRunAs', 'RunAsAny'].includes(psp.seLinux.rule)) {
    push(
      ['spec', 'seLinux', 'rule'],
      notSupported('spec.seLinux.rule', goQuote(psp.seLinux.rule), ['MustRunAs', 'RunAsAny']),
    )
  }
  validateRule(push, psp, 'supplementalGroups', ['MayRunAs', 'MustRunAs', 'RunAsAny'])
  validateRule(push, psp, 'fsGroup', ['MayRunAs', 'MustRunAs', 'RunAsAny'])
  validateVolumeTypes(push, psp)
  validateCaps(push, psp)
  if (psp.defaultAllowPrivilegeEscalation === true && !psp.allowPrivilegeEscalation) {
    push(
      ['spec', 'defaultAllowPrivilegeEscalation'],
      invalid(
        'spec.defaultAllowPrivilegeEscalation',
        'true',
        'Cannot set DefaultAllowPrivilegeEscalation to true without also setting AllowPrivilegeEscalation to true',
      ),
    )
  }
  psp.allowedProcMountTypes.forEach((t, i) => {
    if (t !== 'Default' && t !== 'Unmasked') {
      push(
        ['spec', 'allowedProcMountTypes', i],
        notSupported(index('spec.allowedProcMountTypes', i), goQuote(t), ['Default', 'Unmasked']),
      )
    }
  })
  validateVolumeFields(push, psp)
  validateSysctls(push, psp)
  validateRuntimeClass(push, psp)
  return out
}
