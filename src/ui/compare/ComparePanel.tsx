/**
 * Compare mode (issue 11): what the change does to security, leading the panel. One line per
 * change, riskiest first (the worker sends them sorted): which way it moves privilege in words and
 * colour (more privilege in the warning colour), what it is about, what changed, the workload; a
 * click reveals the line on the after side (the before side for what the change removes). The
 * network section lists the connections the change opens or closes (`CompareConnections`).
 */
import { memo } from 'react'
import type { CompareChange, CompareView } from '../../worker/compare'
import { useAppState } from '../AppContext'
import { clip, MAX_LABEL } from '../clip'
import { useWindow } from '../results/bounded'
import { compareHead, DIRECTION_WORDS, topicOf } from './topics'
import './compare.css'

const PAGE = 100

const errorsWords = (n: number) => `${n.toLocaleString('en-US')} input error${n === 1 ? '' : 's'}`

function ChangeLine({ change: c }: { change: CompareChange }) {
  const revealLocation = useAppState((s) => s.revealLocation)
  const topic = topicOf(c.field)
  const after = c.at?.after
  const before = c.at?.before
  const where = after ?? before
  const content = (
    <>
      <span className="compare-dir">{DIRECTION_WORDS[c.direction]}</span>
      <span className="compare-topic">
        {topic.label}
        {topic.detail && <span className="compare-detail"> {clip(topic.detail, MAX_LABEL)}</span>}
      </span>
      <span className="compare-words">{clip(c.words)}</span>
      {c.workload !== 'network' && <span className="compare-workload">{clip(c.workload)}</span>}
    </>
  )
  return (
    <li className={`compare-change compare-${c.direction}`} data-direction={c.direction}>
      {where ? (
        <button
          type="button"
          className="compare-reveal"
          title={`Show line ${where.line} ${after ? 'after' : 'before'} the change`}
          onClick={() =>
            revealLocation({
              editor: where.editor,
              line: where.line,
              column: 1,
              ...(!after && where.editor === 'pod' && { before: true }),
            })
          }
        >
          {content}
        </button>
      ) : (
        <div className="compare-reveal">{content}</div>
      )}
    </li>
  )
}

function ChangeList({ changes, label }: { changes: readonly CompareChange[]; label: string }) {
  const [shown, more] = useWindow(changes, PAGE)
  return (
    <>
      <ol className="compare-list" aria-label={label}>
        {shown.map((c, i) => (
          // changes have no id; their order is the worker's and stable for one comparison
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <ChangeLine key={i} change={c} />
        ))}
      </ol>
      {more}
    </>
  )
}

export const ComparePanel = memo(function ComparePanel({
  compare,
}: {
  compare: CompareView | null
}) {
  return (
    <section className="card compare" aria-label="What this change does">
      <h3>What this change does</h3>
      {!compare ? (
        <p className="muted">Comparing…</p>
      ) : compare.changes.length === 0 ? (
        <p className="compare-none">No change in security</p>
      ) : (
        <>
          <p className="compare-head">{compareHead(compare.changes.map((c) => c.direction))}</p>
          <ChangeList changes={compare.changes} label="Changes, riskiest first" />
        </>
      )}
      {compare && compare.beforeErrors > 0 && (
        <p className="note">
          The before side has {errorsWords(compare.beforeErrors)}: what it cannot read is left out
          of the comparison.
        </p>
      )}
      {compare && compare.afterErrors > 0 && (
        <p className="note" data-testid="compare.afterErrors">
          The after side has {errorsWords(compare.afterErrors)}: what it cannot read is left out of
          the comparison, and a workload it hides reads as removed. Fix the errors before trusting
          the changes above.
        </p>
      )}
    </section>
  )
})

/** In the network section, while comparing: the connections the change opens or closes. */
export function CompareConnections() {
  const compare = useAppState((s) => s.compare)
  const comparing = useAppState((s) => s.before !== null)
  if (!comparing || !compare) return null
  const network = compare.changes.filter((c) => c.workload === 'network')
  return (
    <div className="compare-network">
      <h4>Connections this change opens or closes</h4>
      {network.length === 0 ? (
        <p className="muted">The change opens or closes no connection.</p>
      ) : (
        <ChangeList changes={network} label="Connections opened or closed" />
      )}
    </div>
  )
}
