/** One container's effective security: capability bounding set and identity/privilege settings. */
import { type KeyboardEvent, useState, memo } from 'react'
import type { EffectiveContainer } from '../../engine/report'
import { SECCOMP_UNSET } from '../../engine/vocabulary'
import { CAPABILITIES } from '../glossary'
import { joinSome } from '../clip'
import { Text, useWindow } from './bounded'
import { Badge, RevealButton, Setting, yesNo } from './common'

const ESCALATION_REASON: Record<string, string> = {
  'explicit-false': 'set to false',
  'explicit-true': 'set to true',
  unset: 'not set, so allowed',
  privileged: 'not set, so allowed; the container is privileged anyway',
  'sys-admin': 'not set, so allowed; the container has CAP_SYS_ADMIN anyway',
}

const SOURCE: Record<string, string> = {
  container: 'container securityContext',
  pod: 'pod securityContext',
  default: 'default',
  policy: 'set by the policy',
  image: 'the image decides',
}

const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }

/**
 * The chips are one tab stop (roving tabindex): Tab reaches the list once, the arrow keys, Home and
 * End move between its chips, Tab leaves it.
 */
function moveBetweenChips(e: KeyboardEvent<HTMLButtonElement>, index: number, count: number) {
  const to =
    e.key === 'Home' ? 0 : e.key === 'End' ? count - 1 : index + (STEP[e.key] ?? Number.NaN)
  if (Number.isNaN(to) || to < 0 || to >= count) return null
  e.preventDefault()
  const chips = e.currentTarget.closest('ul')?.querySelectorAll<HTMLButtonElement>('button.chip')
  chips?.[to]?.focus()
  return to
}

function Capabilities({ c }: { c: EffectiveContainer }) {
  const [picked, setPicked] = useState<string | null>(null)
  const [current, setCurrent] = useState(0)
  const added = new Set(c.added ?? [])
  const byPolicy = new Set(c.addedByPolicy ?? [])
  const droppedByPolicy = new Set(c.droppedByPolicy ?? [])
  const shown = [...(c.capabilities ?? []), ...(c.dropped ?? []).filter((d) => d !== 'ALL')]
  const dropped = new Set(c.dropped ?? [])
  const [chips, moreChips] = useWindow([...new Set(shown)])
  return (
    <div className="capabilities">
      {/* a non-root user's: the workload's notes say what that means, once for all containers */}
      <p className="caps-title" title="The capability bounding set">
        Capabilities: {c.capabilities?.length ?? 0}
        {c.privileged ? ' (privileged: all of them)' : ''}
        {c.capabilitiesBoundingOnly ? ' — bounding set only' : ''}
        {(c.dropped ?? []).includes('ALL') ? ' — ALL dropped' : ''}
      </p>
      <ul className="chips" aria-label={`Capabilities of ${c.name} (arrow keys move between them)`}>
        {chips.map((cap, i) => {
          const isDropped = dropped.has(cap) && !(c.capabilities ?? []).includes(cap)
          const kind = isDropped
            ? droppedByPolicy.has(cap)
              ? 'dropped by the policy'
              : 'dropped'
            : byPolicy.has(cap)
              ? 'added by the policy'
              : added.has(cap)
                ? 'added'
                : 'default'
          const css = kind.startsWith('dropped')
            ? 'dropped'
            : kind.startsWith('added')
              ? 'added'
              : 'default'
          const policyMark = kind.endsWith('by the policy') ? ' chip-policy' : ''
          return (
            <li key={`${kind}-${cap}`}>
              <button
                type="button"
                className={`chip chip-${css}${policyMark}`}
                title={`${cap} (${kind}): ${CAPABILITIES[cap] ?? 'not a Linux capability'}`}
                aria-pressed={picked === cap}
                aria-label={`${cap} (${kind})`}
                tabIndex={i === Math.min(current, chips.length - 1) ? 0 : -1}
                onClick={() => {
                  setCurrent(i)
                  setPicked(picked === cap ? null : cap)
                }}
                onKeyDown={(e) => {
                  const to = moveBetweenChips(e, i, chips.length)
                  if (to !== null) setCurrent(to)
                }}
              >
                {css === 'added' ? '+' : css === 'dropped' ? '−' : ''}
                {cap}
              </button>
            </li>
          )
        })}
      </ul>
      {moreChips}
      {picked && (
        <p className="explanation" role="note">
          <strong>{picked}</strong>: {CAPABILITIES[picked] ?? 'not a Linux capability.'}
        </p>
      )}
      {(c.unknownCapabilities ?? []).length > 0 && (
        <p className="note">
          Unknown to the runtime (containerd ignores them, CRI-O refuses the container):{' '}
          {joinSome(c.unknownCapabilities)}
        </p>
      )}
    </div>
  )
}

export const ContainerCard = memo(function ContainerCard({ c }: { c: EffectiveContainer }) {
  const src = (k: string) => (c.sources?.[k] ? ` (${SOURCE[c.sources[k]] ?? c.sources[k]})` : '')
  const id = (v: number | null, k: string) =>
    v === null ? `image default${src(k)}` : `${v}${src(k)}`
  return (
    <article className="container-card" aria-label={`Container ${c.name}`}>
      <header className="container-head">
        <h5>
          <Text text={c.name} /> <span className="muted">{c.type}</span>
        </h5>
        {c.privileged && <Badge tone="bad">privileged</Badge>}
        {c.at && <RevealButton at={c.at} />}
      </header>
      {c.startError && (
        <p className="note note-bad" role="note" data-testid={`container.${c.name}.startError`}>
          Does not start: <Text text={c.startError} />
        </p>
      )}
      {c.startDepends && (
        <p className="note" data-testid={`container.${c.name}.startDepends`}>
          <Text text={c.startDepends} />
        </p>
      )}
      <Capabilities c={c} />
      <div className="settings">
        <Setting
          term="runAsUser"
          label="User"
          value={id(c.runAsUser, 'runAsUser')}
          tone={c.runAsUser === 0 ? 'bad' : 'neutral'}
          testId={`container.${c.name}.runAsUser`}
        />
        <Setting term="runAsGroup" label="Group" value={id(c.runAsGroup, 'runAsGroup')} />
        <Setting
          term="runAsNonRoot"
          label="runAsNonRoot"
          value={c.runAsNonRoot === null ? 'not set' : yesNo(c.runAsNonRoot)}
          tone={c.runAsNonRoot ? 'good' : 'neutral'}
          testId={`container.${c.name}.runAsNonRoot`}
        />
        <Setting
          term="allowPrivilegeEscalation"
          label="Privilege escalation"
          value={`${c.allowPrivilegeEscalation ? 'allowed' : 'blocked'} (${ESCALATION_REASON[c.allowPrivilegeEscalationReason] ?? c.allowPrivilegeEscalationReason})`}
          tone={c.allowPrivilegeEscalation ? 'warn' : 'good'}
          testId={`container.${c.name}.allowPrivilegeEscalation`}
        />
        <Setting
          term="readOnlyRootFilesystem"
          label="Root filesystem"
          value={c.readOnlyRootFilesystem ? 'read-only' : 'writable'}
          tone={c.readOnlyRootFilesystem ? 'good' : 'neutral'}
          testId={`container.${c.name}.readOnlyRootFilesystem`}
        />
        <Setting
          term="privileged"
          label="Privileged"
          value={yesNo(c.privileged)}
          tone={c.privileged ? 'bad' : 'good'}
          testId={`container.${c.name}.privileged`}
        />
        <Setting
          term="seccompProfile"
          label="Seccomp"
          value={c.seccompProfile ?? SECCOMP_UNSET.value}
          tone={c.seccompProfile === null || c.seccompProfile === 'Unconfined' ? 'warn' : 'neutral'}
          note={c.seccompProfile === null ? SECCOMP_UNSET.explanation : undefined}
          testId={`container.${c.name}.seccompProfile`}
        />
        {c.appArmorProfile !== undefined && (
          <Setting
            term="appArmorProfile"
            label="AppArmor"
            value={c.appArmorProfile ?? 'not set (the runtime default)'}
          />
        )}
        <Setting term="procMount" label="procMount" value={c.procMount ?? 'Default'} />
        {(c.volumeMounts ?? []).length > 0 && (
          <Setting
            term="volumes"
            label="Mounts"
            value={joinSome(
              c.volumeMounts.map((m) => `${m.name} → ${m.mountPath}${m.readOnly ? ' (ro)' : ''}`),
            )}
          />
        )}
      </div>
    </article>
  )
})
