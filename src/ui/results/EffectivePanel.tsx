/** What the node really grants the pod: host namespaces, host ports, volumes, identity, containers. */
import type { EffectiveSecurity } from '../../engine/report'
import { ContainerCard } from './ContainerCard'
import { Setting } from './common'

const HOST_NAMESPACES = [
  ['hostPID', 'Host PID namespace'],
  ['hostIPC', 'Host IPC namespace'],
  ['hostNetwork', 'Host network namespace'],
] as const

/** `of`: the workload's name, so that each card's regions have distinct names. */
export function EffectivePanel({ e, of }: { e: EffectiveSecurity; of: string }) {
  const hostPaths = (e.volumes ?? []).filter((v) => v.hostPath !== undefined)
  return (
    <section className="section" aria-label={`Effective security of ${of}`}>
      <h4>Effective security</h4>
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
              ? e.hostPorts
                  .map(
                    (p) =>
                      `${p.hostPort}/${p.protocol} → ${p.container}:${p.containerPort}${p.defaulted ? ' (API default)' : ''}`,
                  )
                  .join(', ')
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
              ? e.volumes
                  .map(
                    (v) =>
                      `${v.name}: ${v.type}${v.hostPath !== undefined ? ` ${v.hostPath} (${v.readOnly ? 'read-only' : 'writable'})` : ''}${v.defaulted ? ' (API default)' : ''}`,
                  )
                  .join(', ')
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
          value={(e.supplementalGroups ?? []).length ? e.supplementalGroups.join(', ') : 'none'}
          testId="effective.supplementalGroups"
        />
        <Setting term="runtime" label="Runtime" value={e.runtime} />
      </div>
      {(e.notes ?? []).length > 0 && (
        <ul className="notes" aria-label="Notes">
          {e.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <div className="containers">
        {(e.containers ?? []).map((c) => (
          <ContainerCard key={`${c.type}:${c.name}`} c={c} />
        ))}
      </div>
    </section>
  )
}
