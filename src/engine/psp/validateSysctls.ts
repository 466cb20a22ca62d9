/**
 * API validation of allowedUnsafeSysctls and forbiddenSysctls (upstream
 * validatePodSecurityPolicySysctls and validatePodSecurityPolicySysctlListsDoNotOverlap).
 */
import type { Path } from '../report'
import { forbidden, goQuote, index, invalid } from './go'
import { isValidSysctlPattern, SYSCTL_MAX_LENGTH, SYSCTL_PATTERN_FMT } from './names'
import type { Psp } from './types'

type Push = (path: Path, message: string) => void

function validateList(
  push: Push,
  k: 'allowedUnsafeSysctls' | 'forbiddenSysctls',
  list: string[],
): void {
  let coversAll = false
  list.forEach((s, i) => {
    const f = index(`spec.${k}`, i)
    if (s === '') push(['spec', k, i], invalid(f, goQuote(s), 'empty sysctl not allowed'))
    else if (!isValidSysctlPattern(s)) {
      push(
        ['spec', k, i],
        invalid(
          f,
          goQuote(s),
          `must have at most ${SYSCTL_MAX_LENGTH} characters and match regex ${SYSCTL_PATTERN_FMT}`,
        ),
      )
    } else if (s.startsWith('*')) coversAll = true
  })
  if (coversAll && list.length > 1) {
    push(
      ['spec', k],
      forbidden(`spec.${k}.items`, "if '*' is present, must not specify other sysctls"),
    )
  }
}

function overlap(push: Push, allowed: string[], forbiddenList: string[]): void {
  const A = 'allowedUnsafeSysctls'
  const F = 'forbiddenSysctls'
  const at = (k: string, i: number): Path => ['spec', k, i]
  const msg = (k: string, i: number, v: string, other: string) =>
    invalid(index(`spec.${k}`, i), goQuote(v), `sysctl overlaps with ${other}`)
  allowed.forEach((a, i) => {
    const aPat = a.endsWith('*')
    const aPre = aPat ? a.slice(0, -1) : ''
    forbiddenList.forEach((f, j) => {
      const fPat = f.endsWith('*')
      const fPre = fPat ? f.slice(0, -1) : ''
      if (aPat && fPat) {
        if (aPre.startsWith(fPre)) push(at(A, i), msg(A, i, a, f))
        else if (fPre.startsWith(aPre)) push(at(F, j), msg(F, j, f, a))
      } else if (aPat) {
        if (f.startsWith(aPre)) push(at(F, j), msg(F, j, f, a))
      } else if (fPat) {
        if (a.startsWith(fPre)) push(at(A, i), msg(A, i, a, f))
      } else if (a === f) push(at(A, i), msg(A, i, a, f))
    })
  })
}

export function validateSysctls(push: Push, psp: Psp): void {
  validateList(push, 'allowedUnsafeSysctls', psp.allowedUnsafeSysctls)
  validateList(push, 'forbiddenSysctls', psp.forbiddenSysctls)
  overlap(push, psp.allowedUnsafeSysctls, psp.forbiddenSysctls)
}
