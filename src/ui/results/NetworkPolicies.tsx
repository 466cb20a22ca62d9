/** The NetworkPolicies of the world: what each selects and whom its rules admit; pick one to highlight. */
import type { NetworkPolicyInfo } from '../../engine/report'
import { useAppState } from '../AppContext'
import { joinSome } from '../clip'
import { useWindow } from './bounded'
import { Badge, RevealButton } from './common'

/** Rules listed per policy; more are counted. */
const MAX_RULES = 50

export function NetworkPolicies({
  policies,
  picked,
  onPick,
}: {
  policies: NetworkPolicyInfo[]
  picked: string | null
  onPick: (id: string | null) => void
}) {
  const revealLocation = useAppState((s) => s.revealLocation)
  const [shown, more] = useWindow(policies)
  if (!policies.length) return null
  // picking a policy also shows it in its editor, without taking the focus from the list
  const pick = (p: NetworkPolicyInfo) => {
    if (picked === p.id) return onPick(null)
    onPick(p.id)
    if (p.at) revealLocation({ editor: p.at.editor, line: p.at.line, column: 1, focus: false })
  }
  return (
    <div className="netpols">
      <p className="subhead">Policies (pick one to highlight the pods it selects and admits)</p>
      <ul>
        {shown.map((p) => (
          <li key={p.id} className={picked === p.id ? 'netpol netpol-picked' : 'netpol'}>
            <button
              type="button"
              className="netpol-pick"
              aria-pressed={picked === p.id}
              onClick={() => pick(p)}
            >
              {p.id}
            </button>
            {p.at && <RevealButton at={p.at} />}
            {!p.valid && <Badge tone="bad">invalid</Badge>}
            <span className="muted">
              {' '}
              {joinSome(p.policyTypes ?? [])} · selects{' '}
              {(p.selects ?? []).length ? joinSome(p.selects) : 'no pod'}
            </span>
            <ul className="rules">
              {(p.rules ?? []).slice(0, MAX_RULES).map((r) => (
                <li key={`${r.direction}:${r.rule}`} className={r.effective ? '' : 'muted'}>
                  {r.direction} rule {r.rule + 1}: {r.direction === 'ingress' ? 'from' : 'to'}{' '}
                  {r.anyPeer ? 'anyone' : r.peers.length ? joinSome(r.peers) : 'no pod'}
                  {!r.effective && ' (has no effect)'}
                </li>
              ))}
              {(p.rules ?? []).length === 0 && <li>no rules: denies all in its directions</li>}
              {(p.rules ?? []).length > MAX_RULES && (
                <li>… and {(p.rules ?? []).length - MAX_RULES} more rules</li>
              )}
            </ul>
          </li>
        ))}
      </ul>
      {more}
    </div>
  )
}
