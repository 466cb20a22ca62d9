/**
 * One workload: its name and verdicts (from its light row; the ValidatingAdmissionPolicy badge
 * leads to its entries of that section), then, when open, the verdicts and
 * violations first (API server, Pod Security Standards with the warn and audit modes, PSP), and
 * what it gets on the node below (collapsed when it has many containers). With many workloads the
 * cards start closed and open on demand; a pick in the summary table opens one and scrolls to it.
 * Alike workloads (alike.ts) share one card that names them all.
 */
import { useEffect, useRef } from 'react'
import type { WorkloadReport } from '../../engine/report'
import type { WorkloadRow } from '../../worker/view'
import { useAppState } from '../AppContext'
import { ApiServerSection } from './ApiServerSection'
import { Text } from './bounded'
import { Badge, RevealButton } from './common'
import { LeastPrivilege } from '../fixes/QuickFixes'
import { EffectivePanel } from './EffectivePanel'
import { PspSection } from './PspSection'
import { PssSection } from './PssSection'
import { VapBadge } from './vap/VapBadge'

/** Past this many containers, what the workload gets on the node starts collapsed. */
export const MANY_CONTAINERS = 2

export function WorkloadCard({
  row,
  w,
  collapsible = false,
  members = [row],
}: {
  row: WorkloadRow
  /** The whole report of the workload when its card is open (sent by the worker). */
  w: WorkloadReport | undefined
  /** Many workloads: the card opens and closes. */
  collapsible?: boolean
  /** The alike workloads this card stands for (alike.ts), the row's own first. */
  members?: readonly WorkloadRow[]
}) {
  const open = useAppState((s) => !collapsible || s.openCards.includes(row.key))
  const toggle = useAppState((s) => s.toggleCard)
  const focusSeq = useAppState((s) =>
    s.focusedCard && members.some((m) => m.key === s.focusedCard?.key) ? s.focusedCard.seq : 0,
  )
  const ref = useRef<HTMLElement>(null)
  useEffect(() => {
    if (focusSeq) ref.current?.scrollIntoView({ block: 'start' })
  }, [focusSeq])
  const many = members.length > 1
  const names = members.map((m) => m.name).join(', ')
  const name = many ? `${row.namespace}/ ${names}` : `${row.namespace}/${row.name}`
  const title = many
    ? `${members.length} ${row.kind}s in ${row.namespace}: ${names}`
    : `${row.kind} ${name}`
  return (
    <article
      ref={ref}
      className={collapsible && !open ? 'card card-closed' : 'card'}
      aria-label={title}
    >
      <header className="card-head">
        {many ? (
          <h3>
            <span className="kind">
              {members.length} {row.kind}s
            </span>{' '}
            <Text text={row.namespace} />/{' '}
            {members.map((m, i) => (
              <span key={m.key}>
                {i > 0 && ', '}
                <Text text={m.name} />
              </span>
            ))}
          </h3>
        ) : (
          <h3>
            <span className="kind">{row.kind}</span> <Text text={row.namespace} />/
            <Text text={row.name} />
          </h3>
        )}
        <div className="verdicts">
          {row.apiRejected && <Badge tone="bad">API: rejected</Badge>}
          {row.nodeRefuses && <Badge tone="bad">node: does not start</Badge>}
          {row.pss && (
            <Badge tone={row.pss.allowed ? 'good' : 'bad'}>
              PSS {row.pss.level}: {row.pss.allowed ? 'allowed' : 'denied'}
            </Badge>
          )}
          {row.psp !== null && (
            <Badge tone={row.psp ? 'good' : 'bad'}>PSP: {row.psp ? 'admitted' : 'rejected'}</Badge>
          )}
          {row.vap && <VapBadge vap={row.vap} />}
          {members.map((m) => (
            <RevealButton key={m.key} at={{ editor: m.editor, line: m.line }} />
          ))}
          {collapsible && (
            <button type="button" aria-expanded={open} onClick={() => toggle(row.key)}>
              {open ? 'Close' : 'Open'}
            </button>
          )}
        </div>
      </header>
      {open && !w && <p className="muted">Loading…</p>}
      {open && w && (
        <>
          {many && (
            <p className="meta">
              Alike but for their names: what follows is said of each of them (lines of{' '}
              <Text text={row.name} />
              ).
            </p>
          )}
          {w.apiServer && <ApiServerSection api={w.apiServer} of={name} />}
          {w.podSecurity && (
            <PssSection
              pss={w.podSecurity}
              kind={w.kind}
              of={name}
              fixKey={row.editor === 'pod' ? row.key : undefined}
            />
          )}
          {w.podSecurityPolicy && <PspSection psp={w.podSecurityPolicy} of={name} />}
          {w.effective && (
            <EffectivePanel
              e={w.effective}
              of={name}
              collapsed={(w.effective.containers ?? []).length > MANY_CONTAINERS}
            />
          )}
          {row.editor === 'pod' && <LeastPrivilege rowKey={row.key} of={name} />}
        </>
      )}
    </article>
  )
}
