/**
 * The plugin's build step (upstream `StrategyFactory.CreateStrategies`): a valid policy that cannot
 * be turned into strategies is skipped silently by the plugin (spec pod-security-policy.md §2).
 */
import type { Psp } from './types'

/** Why the plugin cannot build this (valid) policy, or null when it can. */
export function cannotBuild(psp: Psp): string | null {
  const errs: string[] = []
  if (psp.runAsUser.rule === 'MustRunAs' && psp.runAsUser.ranges.length === 0) {
    errs.push('MustRunAs requires at least one range')
  }
  if (psp.seLinux.rule === 'MustRunAs' && psp.seLinux.seLinuxOptions === null) {
    errs.push('MustRunAs requires SELinuxOptions')
  }
  for (const g of [psp.fsGroup, psp.supplementalGroups]) {
    if ((g.rule === 'MustRunAs' || g.rule === 'MayRunAs') && g.ranges.length === 0) {
      errs.push(`ranges must be supplied for ${g.rule}`)
    }
  }
  if (errs.length === 0) return null
  // Go's errors.NewAggregate: one error as is, several as `[a, b]`.
  return errs.length === 1 ? (errs[0] as string) : `[${errs.join(', ')}]`
}
