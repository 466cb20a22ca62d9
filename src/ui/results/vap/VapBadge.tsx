/**
 * A workload's ValidatingAdmissionPolicy outcome beside its other verdicts (the worker computes
 * it: worker/view.ts `AdmissionBadge`): `VAP: denied by <policy>`, `VAP: 2 warnings`, `VAP: audited
 * by <policy>` or `VAP: passes`. A button: it brings the workload's entries of the
 * ValidatingAdmissionPolicy section into view and marks them.
 */
import type { AdmissionBadge } from '../../../worker/view'
import { useAppState } from '../../AppContext'
import { clip, MAX_LABEL } from '../../clip'
import type { Tone } from '../common'
import './vap-badge.css'

const TONE: Record<AdmissionBadge['verdict'], Tone> = {
  denied: 'bad',
  warned: 'warn',
  audited: 'warn',
  passes: 'good',
}

/** What each outcome means, for the badge's title. */
const MEANING: Record<AdmissionBadge['verdict'], string> = {
  denied: 'a binding with Deny fails it: the API server refuses the request',
  warned: 'a binding with Warn fails it: kubectl prints a warning and the request goes through',
  audited: 'a binding with Audit fails it: the audit event records it and the request goes through',
  passes: 'every binding that matches it passes',
}

export function VapBadge({ vap }: { vap: AdmissionBadge }) {
  const focusAdmission = useAppState((s) => s.focusAdmission)
  const text = clip(vap.text, MAX_LABEL)
  return (
    <button
      type="button"
      className={`badge badge-${TONE[vap.verdict]} vap-badge`}
      data-testid="card.vap"
      aria-label={`${text}: show its ValidatingAdmissionPolicy entries`}
      title={`ValidatingAdmissionPolicy: ${MEANING[vap.verdict]}. Show the entries.`}
      onClick={() => focusAdmission(vap.results)}
    >
      {text}
    </button>
  )
}
