/** One workload: its name and verdicts, then effective security, Pod Security Standards and PSP. */
import type { WorkloadReport } from '../../engine/report'
import { Text } from './bounded'
import { ApiServerSection } from './ApiServerSection'
import { Badge, RevealButton } from './common'
import { nodeRefuses } from './verdict'
import { EffectivePanel } from './EffectivePanel'
import { PspSection } from './PspSection'
import { PssSection } from './PssSection'

export function WorkloadCard({ w }: { w: WorkloadReport }) {
  const name = `${w.namespace}/${w.name}`
  const title = `${w.kind} ${name}`
  return (
    <article className="card" aria-label={title}>
      <header className="card-head">
        <h3>
          <span className="kind">{w.kind}</span> <Text text={w.namespace} />/<Text text={w.name} />
        </h3>
        <div className="verdicts">
          {w.apiServer && !w.apiServer.allowed && <Badge tone="bad">API: rejected</Badge>}
          {nodeRefuses(w) && <Badge tone="bad">node: does not start</Badge>}
          {w.podSecurity && (
            <Badge tone={w.podSecurity.allowed ? 'good' : 'bad'}>
              PSS {w.podSecurity.level}: {w.podSecurity.allowed ? 'allowed' : 'denied'}
            </Badge>
          )}
          {w.podSecurityPolicy && (
            <Badge tone={w.podSecurityPolicy.allowed ? 'good' : 'bad'}>
              PSP: {w.podSecurityPolicy.allowed ? 'admitted' : 'rejected'}
            </Badge>
          )}
          <RevealButton at={{ editor: w.editor, line: w.line }} />
        </div>
      </header>
      {w.apiServer && <ApiServerSection api={w.apiServer} of={name} />}
      {w.effective && <EffectivePanel e={w.effective} of={name} />}
      {w.podSecurity && <PssSection pss={w.podSecurity} kind={w.kind} of={name} />}
      {w.podSecurityPolicy && <PspSection psp={w.podSecurityPolicy} of={name} />}
    </article>
  )
}
