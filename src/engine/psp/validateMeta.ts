/**
 * API validation of the PodSecurityPolicy profile annotations (AppArmor, seccomp) and of the
 * runtimeClass strategy (upstream ValidatePodSecurityPolicySpecificAnnotations and
 * validateRuntimeClassStrategy).
 */
import type { Path } from '../report'
import { child, duplicate, goQuote, index, invalid, key, required } from './go'
import { appArmorProfileError, dnsSubdomainErrors, seccompProfileErrors } from './names'
import type { Psp } from './types'

type Push = (path: Path, message: string) => void

export function validateAnnotations(push: Push, a: Record<string, string>): void {
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

export function validateRuntimeClass(push: Push, psp: Psp): void {
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
