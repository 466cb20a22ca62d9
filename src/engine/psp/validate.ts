/**
 * API validation of a PodSecurityPolicy (upstream ValidatePodSecurityPolicy, 1.21 to 1.24), in
 * upstream order. Messages are what the API server prints, paths point into the object.
 */
import type { Path } from '../report'
import { goCaps, goQuote, index, invalid, notSupported, required } from './go'
import { dnsSubdomainErrors } from './names'
import { byCodeUnits } from './obj'
import type { IDRange, Psp, PspProblem } from './types'
import { validateAnnotations, validateRuntimeClass } from './validateMeta'
import { validateSysctls } from './validateSysctls'
import { ALL_VOLUME_TYPES } from './volumeTypes'
import { goIDRanges } from './ranges'

/**
 * The rules each strategy accepts, in the order the API server lists them in its `Unsupported
 * value` error (policy/v1beta1 types.go; pkg/apis/policy/validation).
 */
export const PSP_RULES = {
  runAsUser: ['MustRunAs', 'MustRunAsNonRoot', 'RunAsAny'],
  runAsGroup: ['MustRunAs', 'RunAsAny', 'MayRunAs'],
  seLinux: ['MustRunAs', 'RunAsAny'],
  supplementalGroups: ['MayRunAs', 'MustRunAs', 'RunAsAny'],
  fsGroup: ['MayRunAs', 'MustRunAs', 'RunAsAny'],
} as const satisfies Record<string, readonly string[]>

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
  supported: readonly string[],
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
      notSupported('spec.runAsGroup.rule', goQuote(g.rule), PSP_RULES.runAsGroup),
    )
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
  validateRule(push, psp, 'runAsUser', PSP_RULES.runAsUser)
  validateRunAsGroup(push, psp)
  if (!(PSP_RULES.seLinux as readonly string[]).includes(psp.seLinux.rule)) {
    push(
      ['spec', 'seLinux', 'rule'],
      notSupported('spec.seLinux.rule', goQuote(psp.seLinux.rule), PSP_RULES.seLinux),
    )
  }
  validateRule(push, psp, 'supplementalGroups', PSP_RULES.supplementalGroups)
  validateRule(push, psp, 'fsGroup', PSP_RULES.fsGroup)
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
