/** What the node really grants the pod: host namespaces, host ports, volumes, identity, containers. */
import { memo } from 'react'
import type { EffectiveSecurity } from '../../engine/report'
import { joinSome } from '../clip'
import { Text, useWindow } from './bounded'
import { ContainerCard } from './ContainerCard'
import { Setting, withKeys } from './common'

const HOST_NAMESPACES = [
  ['hostPID', 'Host PID namespace'],
  ['hostIPC', 'Host IPC namespace'],
  ['hostNetwork', 'Host network namespace'],
] as const

/**
 * `of`: the workload's name, so that each card's regions have distinct names; `collapsed`: the
 * settings and containers start folded under one line (the kubelet's rejection stays in sight).
 */
export const EffectivePanel = memo(function EffectivePanel({
  e,
  of,
  collapsed = false,
}: {
  e: EffectiveSecurity
  of: string
  collapsed?: boolean
}) {
  const hostPaths = (e.volumes ?? []).filter((v) => v.hostPath !== undefined)
  const [notes, moreNotes] = useWindow(e.notes ?? [])
  const [containers, moreContainers] = useWindow(e.containers ?? [], 20)
  const details = (
    <>
      <div className="settings">
        {HOST_NAMESPACES.map(([term, label]) => (
          <Setting
            key={term}
            term={term}
            label={label}
            value={e[term] ? 'yes, shared with the node' : 'no'}
            tone={e[term] ? 'bad' : 'good'}
            testId={`effective.${term}`}
          />
        ))}
        <Setting
          term="hostUsers"
          label="Host user namespace"
          value={e.hostUsers ? "yes, the node's user IDs" : 'no, user IDs are remapped'}
          tone={e.hostUsers ? 'neutral' : 'good'}
          testId="effective.hostUsers"
        />
        <Setting
          term="hostPorts"
          label="Host ports"
          value={
            (e.hostPorts ?? []).length
              ? joinSome(
                  e.hostPorts.map(
                    (p) =>
                      `${p.hostPort}/${p.protocol} → ${p.container}:${p.containerPort}${p.defaulted ? ' (API default)' : ''}`,
                  ),
                )
              : 'none'
          }
          tone={(e.hostPorts ?? []).length ? 'bad' : 'good'}
          testId="effective.hostPorts"
        />
        <Setting
          term="volumes"
          label="Volumes"
          value={
            (e.volumes ?? []).length
              ? joinSome(
                  e.volumes.map(
                    (v) =>
                      `${v.name}: ${v.type}${v.hostPath !== undefined ? ` ${v.hostPath} (${v.readOnly ? 'read-only' : 'writable'})` : ''}${v.defaulted ? ' (API default)' : ''}`,
                  ),
                )
              : 'none'
          }
          tone={hostPaths.some((v) => !v.readOnly) ? 'bad' : hostPaths.length ? 'warn' : 'neutral'}
          testId="effective.volumes"
        />
        <Setting
          term="runAsUser"
          label="Pod user"
          value={e.runAsUser === null ? 'not set' : String(e.runAsUser)}
        />
        <Setting
          term="runAsGroup"
          label="Pod group"
          value={e.runAsGroup === null ? 'not set' : String(e.runAsGroup)}
        />
        <Setting
          term="fsGroup"
          label="fsGroup"
          value={e.fsGroup === null ? 'not set' : String(e.fsGroup)}
          testId="effective.fsGroup"
        />
        <Setting
          term="supplementalGroups"
          label="Supplemental groups"
          value={
            (e.supplementalGroups ?? []).length
              ? joinSome(e.supplementalGroups.map(String))
              : 'none'
          }
          testId="effective.supplementalGroups"
        />
        <Setting term="runtime" label="Runtime" value={e.runtime} />
      </div>
      {notes.length > 0 && (
        <ul className="notes" aria-label="Notes">
          {withKeys(notes, (n) => n).map(([k, n]) => (
            <li key={k}>{n}</li>
          ))}
        </ul>
      )}
      {moreNotes}
      <div className="containers">
        {withKeys(containers, (c) => `${c.type}:${c.name}`).map(([k, c]) => (
          <ContainerCard key={k} c={c} />
        ))}
      </div>
      {moreContainers}
    </>
  )
  return (
    <section className="section" aria-label={`Effective security of ${of}`}>
      <h4>Effective security</h4>
      {e.kubeletRejection && (
        <p className="note note-bad" role="note" data-testid="effective.kubeletRejection">
          The kubelet rejects this pod: <Text text={e.kubeletRejection} />
        </p>
      )}
      {collapsed ? (
        <details className="effective-details">
          <summary>
            Host namespaces, ports, volumes and {(e.containers ?? []).length} containers
          </summary>
          {details}
        </details>
      ) : (
        details
      )}
    </section>
  )
})
