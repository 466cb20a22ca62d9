/** Input problems (YAML errors, wrong types, kinds not evaluated), each revealing its line. */
import { memo } from 'react'
import type { Problem } from '../../engine/report'
import { PROBLEMS_PAGE } from '../../worker/view'
import { useAppState } from '../AppContext'
import { Text } from './bounded'
import { RevealButton, withKeys } from './common'

const ICON = { error: '✖', warning: '▲', info: 'ℹ' } as const

/** `problems`: the first ones (the worker sends a page at a time); `count`: how many there are. */
export const ProblemsList = memo(function ProblemsList({
  problems,
  count,
}: {
  problems: readonly Problem[]
  count: number
}) {
  const showMore = useAppState((s) => s.showMoreProblems)
  if (!count) return null
  const rest = count - problems.length
  return (
    <section className="card problems" aria-label="Problems">
      <h3>
        Problems <span className="muted">{count}</span>
      </h3>
      <ul>
        {withKeys(problems, (p) => `${p.editor}:${p.line}:${p.column}:${p.message}`).map(
          ([k, p]) => (
            <li key={k} className={`problem problem-${p.severity}`}>
              <span className="icon" aria-hidden="true">
                {ICON[p.severity] ?? '•'}
              </span>
              <span className="sr-only">{p.severity}</span>
              <RevealButton
                at={{
                  editor: p.editor,
                  line: p.line,
                  column: p.column,
                  ...(p.endLine !== undefined ? { endLine: p.endLine } : {}),
                  ...(p.endColumn !== undefined ? { endColumn: p.endColumn } : {}),
                }}
              />
              <span className="problem-message">
                <Text text={p.message} />
              </span>
            </li>
          ),
        )}
      </ul>
      {rest > 0 && (
        <button type="button" className="show-more" onClick={showMore}>
          Show {Math.min(PROBLEMS_PAGE, rest).toLocaleString('en-US')} more (of{' '}
          {rest.toLocaleString('en-US')} not shown)
        </button>
      )}
    </section>
  )
})
